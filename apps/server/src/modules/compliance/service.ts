import { asc } from 'drizzle-orm';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import type { Actor, AuditService } from '../audit/service';
import { compareLocalDates, type LocalDate } from '../calendar/rules';
import {
  type ConfigurableRule,
  type ParameterChange,
  type ParameterSettings,
  type ParameterValues,
  parameterError,
  parameterValues,
  type Rulebook,
  settingsOn,
} from './rules';
import { ruleParameterChanges } from './schema';

export type ChangeRow = typeof ruleParameterChanges.$inferSelect;

/** What an administrator asks: a new value (or null: back to the default), from a date, with a reason. */
export interface ParameterChangeRequest {
  value: number | null;
  /** Today when absent; never a past day, which would rewrite what was in force. */
  effectiveFrom?: LocalDate;
  reason?: string;
  /** One court only (its own practice); absent: every court. */
  courtId?: string;
}

/** 规则参数: the configurable numbers of the rulebook, as administrators change them (dated, audited). */
export class ComplianceService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rulebook: Rulebook,
  ) {}

  today(): LocalDate {
    return shanghaiDateOf(this.clock.now());
  }

  private async changes(db: Db): Promise<ChangeRow[]> {
    return db.select().from(ruleParameterChanges).orderBy(asc(ruleParameterChanges.id));
  }

  /**
   * The values in force today, by rule: a few rows, read where a warning or a presenter needs them.
   * With a court: the platform's values with that court's own over them.
   */
  async settings(db: Db = this.database.db, courtId: string | null = null): Promise<ParameterSettings> {
    return settingsOn((await this.changes(db)).map(asChange), this.today(), courtId);
  }

  /** One rule's values in force: its defaults with the administrators' values over them. */
  async values(
    ruleId: string,
    db: Db = this.database.db,
    courtId: string | null = null,
  ): Promise<ParameterValues> {
    return parameterValues(this.configurable(ruleId), await this.settings(db, courtId));
  }

  /** The configurable rules with each parameter's bounds, value in force and history of changes. */
  async list() {
    const changes = await this.changes(this.database.db);
    // The platform's values; a court's own changes are in the history with their court.
    const settings = settingsOn(changes.map(asChange), this.today());
    return this.rulebook.configurable().map((rule) => {
      const values = parameterValues(rule, settings);
      return {
        rule,
        parameters: (rule.parameters ?? []).map((parameter) => ({
          parameter,
          value: values[parameter.name] ?? parameter.default,
          history: changes
            .filter((change) => change.ruleId === rule.id && change.name === parameter.name)
            .reverse(),
        })),
      };
    });
  }

  /** Records one change of a parameter; the audit entry holds the change and the values in force. */
  async change(actor: Actor, ruleId: string, name: string, request: ParameterChangeRequest) {
    const rule = this.configurable(ruleId);
    const parameter = rule.parameters?.find((candidate) => candidate.name === name);
    if (!parameter) throw notFound(RECORDS.ruleParameter);
    if (request.value !== null) {
      const problem = parameterError(parameter, request.value);
      if (problem) throw invalid('value', problem);
    }
    const today = this.today();
    const effectiveFrom = request.effectiveFrom ?? today;
    if (compareLocalDates(effectiveFrom, today) < 0) {
      throw invalid('effectiveFrom', {
        zh: `生效日期不能早于今天（${today}）`,
        en: `must be today (${today}) or later`,
      });
    }
    const courtId = request.courtId ?? null;
    return this.database.transaction(async (tx) => {
      if (courtId !== null) {
        const { rows } = await tx.sql.executeSql('select 1 from courts where id = $1', [courtId]);
        if (rows.length === 0) throw invalid('courtId', { zh: '没有这个法院', en: 'no such court' });
      }
      const before = parameterValues(rule, await this.settings(tx.db, courtId));
      const [row] = await tx.db
        .insert(ruleParameterChanges)
        .values({
          ruleId,
          name,
          value: request.value,
          effectiveFrom,
          reason: request.reason ?? '',
          changedAt: this.clock.now(),
          changedBy: actor.name,
          courtId,
        })
        .returning();
      const after = parameterValues(rule, await this.settings(tx.db, courtId));
      await this.audit.append(tx, {
        actor,
        courtId,
        action: request.value === null ? 'rule.parameter.reset' : 'rule.parameter.set',
        subject: `rule:${ruleId}:${name}`,
        before,
        after: {
          ...after,
          change: { value: request.value, effectiveFrom, reason: request.reason ?? '', courtId },
        },
      });
      return { values: after, change: row as ChangeRow };
    });
  }

  private configurable(ruleId: string): ConfigurableRule {
    const rule = this.rulebook.configurable().find((candidate) => candidate.id === ruleId);
    if (!rule) throw notFound(RECORDS.configurableRule);
    return rule;
  }
}

function asChange(row: ChangeRow): ParameterChange {
  return {
    ruleId: row.ruleId,
    name: row.name,
    value: row.value,
    effectiveFrom: row.effectiveFrom,
    seq: row.id,
    courtId: row.courtId,
  };
}
