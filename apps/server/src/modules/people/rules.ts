/**
 * 公众账户: who may open one. Pure: the identity checks are the cases module's (GB 11643, GB 32100).
 */
import type { Text } from '../../platform/i18n';
import { checkCreditCode, checkIdentityNumber, normalizeIdentityNumber } from '../cases/identity';

/** A mainland mobile number: 11 digits starting with 1. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const CODE_TTL_MS = 10 * 60_000;
export const CODE_ATTEMPTS = 5;
export const SESSION_TTL_MS = 12 * 3_600_000;

/** The account kind an identifier makes: a resident identity number → person, a credit code → organisation. */
export function identityOf(
  idNumber: string,
  today: string,
): { ok: true; kind: 'person' | 'organisation'; idNumber: string } | { ok: false; reason: Text } {
  const value = normalizeIdentityNumber(idNumber.trim());
  if (/^\d{17}[\dX]$/.test(value)) {
    const check = checkIdentityNumber(value, today);
    return check.ok ? { ok: true, kind: 'person', idNumber: value } : check;
  }
  const code = checkCreditCode(value);
  return code.ok ? { ok: true, kind: 'organisation', idNumber: value } : code;
}

/** A phone shown to others: `138****5678`. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}
