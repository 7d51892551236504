import { ConfigProvider, Segmented } from 'antd';
import { type Locale, useI18n } from '../i18n/I18nProvider';

const options: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en-US' },
];

/** Light on the red header and the login band. */
const onDark = {
  components: {
    Segmented: {
      trackBg: 'rgba(255, 255, 255, 0.16)',
      itemColor: 'rgba(255, 255, 255, 0.85)',
      itemHoverColor: '#fff',
      itemHoverBg: 'rgba(255, 255, 255, 0.12)',
      itemSelectedBg: '#fff',
      itemSelectedColor: '#8c0b18',
    },
  },
};

export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale } = useI18n();
  return (
    <ConfigProvider theme={onDark}>
      <Segmented size="small" className={className} options={options} value={locale} onChange={setLocale} />
    </ConfigProvider>
  );
}
