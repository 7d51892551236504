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
import { AppError } from '../../platform/errors';
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
      throw new AppError(
        'signature',
        code ? `Unknown institution ${code}` : VERIFY_FAILURE_TEXT.missing_headers,
      );
    }
    const failure = verify(institution.key, { method: 'POST', path, body: raw }, headers, new ReplayGuard());
    if (failure) throw new AppError('signature', VERIFY_FAILURE_TEXT[failure]);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new AppError('validation', 'the body is not JSON', {
        errors: [{ path: '', message: 'not JSON' }],
      });
    }
    const parsed = statementPushSchema.safeParse(json);
    if (!parsed.success) {
      const errors = parsed.error.issues
        .slice(0, 20)
        .map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new AppError('validation', `${errors[0]?.path}: ${errors[0]?.message}`, { errors });
    }
    if (parsed.data.institutionCode !== institution.code) {
      throw new AppError(
        'validation',
        `institutionCode: is not the signing institution ${institution.code}`,
        {
          errors: [{ path: 'institutionCode', message: 'not the signer' }],
        },
      );
    }
    return { institution, push: parsed.data, nonce: String(headers['x-assist-nonce']) };
  }
}
