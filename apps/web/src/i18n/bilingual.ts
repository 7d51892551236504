import { useI18n } from './I18nProvider';

/** Chinese first, English second: for texts of one page that need no shared dictionary entry. */
export function useBilingual(): (zh: string, en: string) => string {
  const { locale } = useI18n();
  return (zh, en) => (locale === 'en-US' ? en : zh);
}
