/**
 * Errors that leave the server as RFC 9457 problems. Every module throws these string-coded errors;
 * this file is the one exhaustive place that maps them to HTTP (Twenty's convention). Messages are
 * bilingual `Text` (or plain strings not yet translated) and rendered in the request's language.
 */
import { type Lang, render, type Text } from './i18n';

export type ProblemCode =
  | 'validation'
  | 'unauthenticated'
  | 'signature'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'rule_violation'
  | 'unprocessable'
  | 'payload_too_large'
  | 'rate_limited';

export interface FieldError {
  path: string;
  message: string | Text;
}

/** A legal refusal names the rule and the clause it comes from, each in both languages. */
export interface RuleViolation {
  ruleId: string;
  clause: Text;
  message: Text;
}

const problemStatus: Record<ProblemCode, { status: number; title: Text }> = {
  validation: { status: 400, title: { zh: '请求有误', en: 'Invalid request' } },
  unauthenticated: { status: 401, title: { zh: '未登录', en: 'Not signed in' } },
  signature: { status: 401, title: { zh: '签名无效', en: 'Signature refused' } },
  forbidden: { status: 403, title: { zh: '无权操作', en: 'Forbidden' } },
  csrf: { status: 403, title: { zh: '缺少或错误的 CSRF 令牌', en: 'Missing or wrong CSRF token' } },
  not_found: { status: 404, title: { zh: '未找到', en: 'Not found' } },
  conflict: { status: 409, title: { zh: '冲突', en: 'Conflict' } },
  rule_violation: { status: 409, title: { zh: '依规则不予办理', en: 'Refused by rule' } },
  unprocessable: { status: 422, title: { zh: '无法处理的请求', en: 'Unprocessable request' } },
  payload_too_large: { status: 413, title: { zh: '请求体过大', en: 'Payload too large' } },
  rate_limited: { status: 429, title: { zh: '请求过于频繁', en: 'Too many requests' } },
};

export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly text: string | Text,
    readonly extra: { errors?: FieldError[]; violations?: RuleViolation[]; retryAfterSeconds?: number } = {},
  ) {
    super(render(text, 'en'));
    this.name = 'AppError';
  }

  get status(): number {
    return problemStatus[this.code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (permission: string) =>
  new AppError('forbidden', { zh: `缺少权限：${permission}`, en: `Missing permission: ${permission}` });
export const invalid = (path: string, message: string | Text) =>
  new AppError(
    'validation',
    typeof message === 'string'
      ? `${path}: ${message}`
      : { zh: `${path}：${message.zh}`, en: `${path}: ${message.en}` },
    { errors: [{ path, message }] },
  );
export const conflict = (message: string | Text) => new AppError('conflict', message);

/** The problem as it leaves the server: every text rendered in one language. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
  violations?: { ruleId: string; clause: string; message: string }[];
}

export function toProblem(error: AppError, lang: Lang, instance?: string): Problem {
  const { status, title } = problemStatus[error.code];
  const { errors, violations } = error.extra;
  return {
    type: `urn:zhixing:problem:${error.code}`,
    title: title[lang],
    status,
    detail: render(error.text, lang),
    ...(instance ? { instance } : {}),
    ...(errors ? { errors: errors.map((e) => ({ path: e.path, message: render(e.message, lang) })) } : {}),
    ...(violations
      ? {
          violations: violations.map((v) => ({
            ruleId: v.ruleId,
            clause: v.clause[lang],
            message: v.message[lang],
          })),
        }
      : {}),
  };
}

/** A refusal by rules: 409 listing every violated rule, the detail their messages joined. */
export function ruleViolation(violations: RuleViolation[]): AppError {
  const join = (lang: Lang) =>
    lang === 'zh'
      ? violations.map((v) => `${v.message.zh}（${v.ruleId}，${v.clause.zh}）`).join('；')
      : violations.map((v) => `${v.message.en} (${v.ruleId}, ${v.clause.en})`).join('; ');
  return new AppError('rule_violation', { zh: join('zh'), en: join('en') }, { violations });
}
