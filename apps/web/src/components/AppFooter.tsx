import { Layout } from 'antd';
import { useHealth } from '../api/system';
import { useI18n } from '../i18n/I18nProvider';
import styles from './AppFooter.module.css';

/** The version line under every page, the sign-in page's too (kept apart from the layout's chunk). */
export function AppFooter() {
  const { t } = useI18n();
  const health = useHealth();
  return (
    <Layout.Footer className={styles.footer}>
      {t('footer.text', { version: health.data?.version ?? '—' })}
    </Layout.Footer>
  );
}
