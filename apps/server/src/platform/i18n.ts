/** Bilingual messages (the coordinator's i18n foundation, I18N.md): Chinese first, English second. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

/** The request's language: English only when the client prefers it; Chinese by default. */
export function langOf(acceptLanguage: string | undefined): Lang {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export function render(text: Text | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
