import { TeamOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../components/ComingSoon';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function PartyHome() {
  const { t } = useI18n();
  return (
    <Page title={t('nav.party')} subtitle={t('party.subtitle')}>
      <ComingSoon
        icon={<TeamOutlined />}
        title={t('party.title')}
        description={t('party.description')}
        features={[t('party.feature1'), t('party.feature2'), t('party.feature3')]}
      />
    </Page>
  );
}
