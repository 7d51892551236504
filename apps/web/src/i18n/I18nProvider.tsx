import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setRequestLanguage } from '../api/client';
import { theme } from '../theme';
import { enUS } from './en-US';
import { type MessageKey, zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';

const STORAGE_KEY = 'zhixing.locale';
const dictionaries = { 'zh-CN': zhCN, 'en-US': enUS } satisfies Record<Locale, Record<MessageKey, string>>;
const antdLocales = { 'zh-CN': zhCNAntd, 'en-US': enUSAntd };
const dayjsLocales = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** Chinese unless the user chose English before: the courts work in Chinese. */
function storedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(storedLocale);
  // dayjs and the API client are global; set before children render so that dates format, and the
  // server answers, in the chosen language at once.
  dayjs.locale(dayjsLocales[locale]);
  setRequestLanguage(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[locale];
    const t: Translate = (key, values) =>
      dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
