import { Segmented } from 'antd';
import { type Locale, useI18n } from '../i18n/I18nProvider';

const options: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en-US' },
];

export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale } = useI18n();
  return <Segmented size="small" className={className} options={options} value={locale} onChange={setLocale} />;
}
