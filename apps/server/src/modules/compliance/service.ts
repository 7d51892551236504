import { asc } from 'drizzle-orm';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import type { Actor, AuditService } from '../audit/service';
import { compareLocalDates, type LocalDate } from '../calendar/rules';
import {
  type ParameterChange,
  type ParameterSettings,
  type ParameterValues,
  parameterError,
  parameterValues,
  type Rulebook,
  settingsOn,
  type WarningRule,
} from './rules';
import { ruleParameterChanges } from './schema';

export type ChangeRow = typeof ruleParameterChanges.$inferSelect;

/** What an administrator asks: a new value (or null: back to the default), from a date, with a reason. */
export interface ParameterChangeRequest {
  value: number | null;
  /** Today when absent; never a past day, which would rewrite what was in force. */
  effectiveFrom?: LocalDate;
  reason?: string;
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

  /** The values in force today, by rule: a few rows, read where a warning or a presenter needs them. */
  async settings(db: Db = this.database.db): Promise<ParameterSettings> {
    return settingsOn((await this.changes(db)).map(asChange), this.today());
  }

  /** One rule's values in force: its defaults with the administrators' values over them. */
  async values(ruleId: string, db: Db = this.database.db): Promise<ParameterValues> {
    return parameterValues(this.configurable(ruleId), await this.settings(db));
  }

  /** The configurable rules with each parameter's bounds, value in force and history of changes. */
  async list() {
    const changes = await this.changes(this.database.db);
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
    if (!parameter) throw notFound('Rule parameter');
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
    return this.database.transaction(async (tx) => {
      const before = parameterValues(rule, await this.settings(tx.db));
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
        })
        .returning();
      const after = parameterValues(rule, await this.settings(tx.db));
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: request.value === null ? 'rule.parameter.reset' : 'rule.parameter.set',
        subject: `rule:${ruleId}:${name}`,
        before,
        after: { ...after, change: { value: request.value, effectiveFrom, reason: request.reason ?? '' } },
      });
      return { values: after, change: row as ChangeRow };
    });
  }

  private configurable(ruleId: string): WarningRule {
    const rule = this.rulebook.configurable().find((candidate) => candidate.id === ruleId);
    if (!rule) throw notFound('Configurable rule');
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
  };
}
