/**
 * What institutions send signed (the assist protocol's callbacks, a bank's statement pushes): the raw
 * body is verified by its caller, then parsed here with the platform's input limits, which a raw body
 * did not pass through, and the route's schema.
 */
import type { ZodType } from 'zod';
import { AppError, invalid, validationError, zodIssueText } from './errors';
import { inputProblem } from './input';

/** A body the institution's signature does not carry: the protocol's reason, in both languages. */
export function signatureRefused(reason: string): AppError {
  return new AppError('signature', { zh: `签名校验未通过：${reason}`, en: reason });
}

/** The signed body as the schema reads it, or a 400 naming the field. */
export function parseSignedBody<T>(raw: Buffer, schema: ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw invalid('body', { zh: '不是 JSON', en: 'is not JSON' });
  }
  const hostile = inputProblem(json, 'body');
  if (hostile) throw invalid(hostile.path, hostile.message);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.join('.') || 'body',
        message: zodIssueText(issue),
      })),
    );
  }
  return parsed.data;
}
