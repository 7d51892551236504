/**
 * Bilingual text. Whatever a user reads — a refusal, a warning, a node's name — is written in both
 * languages, Chinese first, and rendered at the edge in the language the request asks for.
 */

export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

/**
 * The language of an `Accept-Language` header: English when English is preferred over Chinese,
 * Chinese otherwise (the platform's users are Chinese courts, so Chinese is the default).
 */
export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of acceptLanguage.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : null;
    if (lang === null) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'zh';
}

/** The text in one language; a plain string (text no user reads in two languages yet) as it is. */
export function render(text: Text | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Both languages of a text built the same way in each: `both((l) => …)`. */
export function both(build: (lang: Lang) => string): Text {
  return { zh: build('zh'), en: build('en') };
}

/** An amount of fen (分) as people read it: `¥21,422.65`. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}
