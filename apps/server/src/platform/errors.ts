/**
 * Errors that leave the server as RFC 9457 problems. Every module throws these string-coded errors;
 * this file is the one exhaustive place that maps them to HTTP (Twenty's convention).
 */
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
  message: string;
}

/** A legal refusal names the rule and the clause it comes from. */
export interface RuleViolation {
  ruleId: string;
  clause: string;
  message: string;
}

const problemStatus: Record<ProblemCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  signature: { status: 401, title: 'Signature refused' },
  forbidden: { status: 403, title: 'Forbidden' },
  csrf: { status: 403, title: 'Missing or wrong CSRF token' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  rule_violation: { status: 409, title: 'Refused by rule' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  rate_limited: { status: 429, title: 'Too many requests' },
};

export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly extra: { errors?: FieldError[]; violations?: RuleViolation[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return problemStatus[this.code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (permission: string) =>
  new AppError('forbidden', `Missing permission: ${permission}`);
export const invalid = (path: string, message: string) =>
  new AppError('validation', `${path}: ${message}`, { errors: [{ path, message }] });
export const conflict = (message: string) => new AppError('conflict', message);

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  violations?: RuleViolation[];
}

export function toProblem(error: AppError, instance?: string): Problem {
  const { status, title } = problemStatus[error.code];
  return {
    type: `urn:zhixing:problem:${error.code}`,
    title,
    status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
    ...(error.extra.violations ? { violations: error.extra.violations } : {}),
  };
}
