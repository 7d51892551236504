/**
 * A small JSON client for the same-origin API: cookie session, CSRF header on writes, RFC 9457 problems.
 * The typed client generated from the OpenAPI document (./http.ts) shares its token, language and
 * errors; this untyped `api` stays for modules not yet converted to it.
 */

export interface FieldError {
  path: string;
  message: string;
}

export interface RuleViolation {
  ruleId: string;
  clause: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  violations?: RuleViolation[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Status 0 marks a request that never got an answer (offline, server down). */
export const NETWORK_STATUS = 0;

let csrfToken: string | null = null;

/** The token from login or /api/auth/me; every write carries it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let language = 'zh-CN';

/** The language the user chose: the server writes refusals and errors in it (Accept-Language). */
export function setRequestLanguage(locale: string): void {
  language = locale;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).title === 'string'
  );
}

/** The headers every request carries: the user's language, and on a write the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
  };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** The error a failed answer becomes: its problem as sent, or one made from the status. */
export function problemError(response: Response, payload: unknown): ApiError {
  return new ApiError(
    isProblem(payload)
      ? payload
      : {
          type: 'about:blank',
          title: response.statusText,
          status: response.status,
          detail: `HTTP ${response.status}`,
        },
  );
}

/** A request that never got an answer. */
export function networkError(error: unknown): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError({ type: 'about:blank', title: 'Network error', status: NETWORK_STATUS, detail });
}

async function request(
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<unknown> {
  const headers: Record<string, string> = { ...requestHeaders(method), ...extraHeaders };
  // A file is sent as itself (the server judges its type from its bytes); anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw networkError(error);
  }
  if (response.status === 204) return undefined;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload;
  throw problemError(response, payload);
}

/** Responses are trusted to match the server's OpenAPI schema; nothing re-validates them here. */
export const api = {
  get: <T>(path: string) => request('GET', path) as Promise<T>,
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request('POST', path, body, headers) as Promise<T>,
  put: <T>(path: string, body: unknown) => request('PUT', path, body) as Promise<T>,
  patch: <T>(path: string, body: unknown) => request('PATCH', path, body) as Promise<T>,
};

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
