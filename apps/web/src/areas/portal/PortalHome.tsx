import { GlobalOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../components/ComingSoon';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function PortalHome() {
  const { t } = useI18n();
  return (
    <Page title={t('nav.portal')} subtitle={t('portal.subtitle')}>
      <ComingSoon
        icon={<GlobalOutlined />}
        title={t('portal.title')}
        description={t('portal.description')}
        features={[t('portal.feature1'), t('portal.feature2'), t('portal.feature3')]}
      />
    </Page>
  );
}
