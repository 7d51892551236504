/**
 * The platform's link to the court's escrow bank: statement lines arrive signed (verified here with
 * the bank's key from the institution registry), payout instructions leave signed. The bank is the
 * registered institution `ESCROW_BANK_CODE` (中国工商银行, as cases/account.ts names the escrow bank).
 */
import {
  BANK_PATHS,
  claimedInstitution,
  ESCROW_BANK_CODE,
  type PayoutAnswer,
  type PayoutInstruction,
  payoutAnswerSchema,
  ReplayGuard,
  type StatementAnswer,
  type StatementLine,
  type StatementPush,
  statementAnswerSchema,
  statementPushSchema,
  VERIFY_FAILURE_TEXT,
  verify,
} from '@zhixing/assist-protocol';
import type { Db } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { parseSignedBody, signatureRefused } from '../../platform/signed';
import { postSigned } from '../inquiry/gateway';

export type { StatementLine };

export interface BankInstitution {
  id: string;
  code: string;
  endpoint: string;
  key: string;
  timeoutMs: number;
}

export type InstitutionLookup = (db: Db, code: string) => Promise<BankInstitution | undefined>;

export class BankLink {
  constructor(
    private readonly db: Db,
    private readonly lookup: InstitutionLookup,
    private readonly bankCode: string = ESCROW_BANK_CODE,
  ) {}

  /**
   * Sends one payout instruction. The answer, or null when none came (network, timeout, 5xx): the
   * instruction stays executing and is sent again — the bank carries one instruction id out once.
   */
  async pay(instruction: PayoutInstruction): Promise<PayoutAnswer | null> {
    const bank = await this.lookup(this.db, this.bankCode);
    if (!bank) return null;
    const outcome = await postSigned(
      bank,
      BANK_PATHS.payouts,
      JSON.stringify(instruction),
      payoutAnswerSchema,
    );
    return outcome.ok ? outcome.value : null;
  }

  /** The escrow account's lines after `since`, as the bank lists them; null when it did not answer. */
  async statement(since: number): Promise<StatementAnswer | null> {
    const bank = await this.lookup(this.db, this.bankCode);
    if (!bank) return null;
    const outcome = await postSigned(
      bank,
      BANK_PATHS.statement,
      JSON.stringify({ since }),
      statementAnswerSchema,
    );
    return outcome.ok ? outcome.value : null;
  }

  get code(): string {
    return this.bankCode;
  }

  /** A pushed statement, its signature and freshness checked; the nonce is the caller's (per node). */
  async verifyPush(
    raw: Buffer,
    headers: Record<string, string | string[] | undefined>,
    path: string,
  ): Promise<{ institution: BankInstitution; push: StatementPush; nonce: string }> {
    const code = claimedInstitution(headers);
    const institution = code ? await this.lookup(this.db, code) : undefined;
    if (!code || !institution) {
      throw signatureRefused(code ? `Unknown institution ${code}` : VERIFY_FAILURE_TEXT.missing_headers);
    }
    const failure = verify(institution.key, { method: 'POST', path, body: raw }, headers, new ReplayGuard());
    if (failure) throw signatureRefused(VERIFY_FAILURE_TEXT[failure]);
    const push = parseSignedBody(raw, statementPushSchema);
    if (push.institutionCode !== institution.code) {
      throw invalid('institutionCode', {
        zh: `不是签名单位${institution.code}`,
        en: `is not the signing institution ${institution.code}`,
      });
    }
    return { institution, push, nonce: String(headers['x-assist-nonce']) };
  }
}
