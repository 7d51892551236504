import { DashboardOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../components/ComingSoon';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function CommandCentre() {
  const { t } = useI18n();
  return (
    <Page title={t('nav.command')} subtitle={t('command.subtitle')}>
      <ComingSoon
        icon={<DashboardOutlined />}
        title={t('command.title')}
        description={t('command.description')}
        features={[t('command.feature1'), t('command.feature2'), t('command.feature3')]}
      />
    </Page>
  );
}
