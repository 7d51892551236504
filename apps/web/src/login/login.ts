/**
 * The sign-in page's script (login.html holds its markup): plain DOM, no React, no Ant Design, a few KiB.
 * It switches the language (shared with the app through localStorage), checks the fields, posts to
 * /api/auth/login and then loads the app where the user was going. A session that is already open goes
 * straight on.
 */
import './login.css';
import { type LoginKey, loginEn, loginZh } from './text';

type Locale = 'zh-CN' | 'en-US';

/** The key the app's I18nProvider keeps the chosen language under. */
const STORAGE_KEY = 'zhixing.locale';
const dictionaries: Record<Locale, Record<LoginKey, string>> = { 'zh-CN': loginZh, 'en-US': loginEn };

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let locale = storedLocale();
let version = '—';
/** The refusal shown, kept as keys and server text so that a language switch can redraw it. */
let refusal: { title: LoginKey; detail: string } | null = null;

const t = (key: LoginKey) => dictionaries[locale][key];
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = byId<HTMLFormElement>('form');
const username = byId<HTMLInputElement>('username');
const password = byId<HTMLInputElement>('password');
const submit = byId<HTMLButtonElement>('submit');
const reveal = byId<HTMLButtonElement>('reveal');
const alertBox = byId<HTMLDivElement>('alert');

/** Where to go once signed in: back where the app asked for a sign-in (?from=), else the app's landing. */
function destination(): string {
  const from = new URLSearchParams(window.location.search).get('from');
  // Only a path of this site (not //elsewhere), never back to the sign-in page itself.
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

function render(): void {
  document.documentElement.lang = locale;
  document.title = t('login.title');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = t(element.dataset.text as LoginKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = t(element.dataset.label as LoginKey);
    element.setAttribute('aria-label', text);
    if (element instanceof HTMLInputElement) element.placeholder = text;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  if (submit.disabled) submit.textContent = t('login.submitting');
  byId('footer').textContent = t('footer.text').replace('{version}', version);
  alertBox.hidden = !refusal;
  if (refusal) {
    const title = t(refusal.title);
    byId('alert-title').textContent = title;
    byId('alert-detail').textContent = refusal.detail !== title ? refusal.detail : '';
  }
}

function setLocale(next: Locale): void {
  locale = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
  render();
}

/** A field left empty says so beneath itself, as the app's forms do; true when both are filled. */
function checkFields(): boolean {
  let first: HTMLInputElement | null = null;
  for (const input of [username, password]) {
    const empty = input.value.trim() === '';
    input.closest('.field')?.classList.toggle('invalid', empty);
    input.setAttribute('aria-invalid', String(empty));
    byId(`${input.id}-error`).hidden = !empty;
    if (empty) first ??= input;
  }
  first?.focus();
  return first === null;
}

function headers(): Record<string, string> {
  return {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': locale,
    'Content-Type': 'application/json',
  };
}

/** The server's problem (RFC 9457) in the chosen language: its detail says why, and when to retry. */
async function refusalOf(response: Response): Promise<{ title: LoginKey; detail: string }> {
  const problem = (await response.json().catch(() => null)) as { detail?: string; title?: string } | null;
  const detail = problem?.detail || problem?.title || `HTTP ${response.status}`;
  if (response.status === 401) return { title: 'login.wrongCredentials', detail };
  if (response.status === 429) return { title: 'login.rateLimited', detail };
  return { title: 'login.failed', detail };
}

async function signIn(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  if (submit.disabled || !checkFields()) return;
  submit.disabled = true;
  submit.setAttribute('aria-busy', 'true');
  render();
  try {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers(),
      body: JSON.stringify({ username: username.value.trim(), password: password.value }),
    });
    if (response.ok) {
      // The session cookie is set; the app reads the session (and its CSRF token) when it starts.
      window.location.assign(destination());
      return;
    }
    refusal = await refusalOf(response);
  } catch {
    refusal = { title: 'login.failed', detail: t('login.network') };
  }
  submit.disabled = false;
  submit.removeAttribute('aria-busy');
  render();
  password.select();
}

form.addEventListener('submit', (event) => void signIn(event));
for (const input of [username, password]) {
  input.addEventListener('input', () => {
    if (input.value.trim() === '') return;
    input.closest('.field')?.classList.remove('invalid');
    input.setAttribute('aria-invalid', 'false');
    byId(`${input.id}-error`).hidden = true;
  });
}
reveal.addEventListener('click', () => {
  const shown = password.type === 'password';
  password.type = shown ? 'text' : 'password';
  reveal.setAttribute('aria-pressed', String(shown));
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
  button.addEventListener('click', () => setLocale(button.dataset.locale as Locale));
}

if (locale !== 'zh-CN') render();

// After first paint: an open session goes on at once; the footer names the running version.
void fetch('/api/auth/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
  .then((response) => (response.ok ? response.json() : null))
  .then((session: { signedIn?: boolean } | null) => {
    if (session?.signedIn) window.location.replace(destination());
  })
  .catch(() => undefined);
void fetch('/api/health', { headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((health: { version?: string } | null) => {
    if (health?.version) {
      version = health.version;
      render();
    }
  })
  .catch(() => undefined);
