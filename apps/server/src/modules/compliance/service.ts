import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import type { Actor, AuditService } from '../audit/service';
import {
  type ParameterSettings,
  type ParameterValues,
  parameterError,
  parameterValues,
  type Rulebook,
} from './rules';
import { ruleParameters } from './schema';

/** 规则参数: the configurable numbers of the rulebook, as administrators set them (audited). */
export class ComplianceService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rulebook: Rulebook,
  ) {}

  /** Every stored value, by rule: a few rows, read where a warning or a presenter needs them. */
  async settings(db: Db = this.database.db): Promise<ParameterSettings> {
    const rows = await db.select().from(ruleParameters);
    const settings = new Map<string, Record<string, number>>();
    for (const row of rows) settings.set(row.ruleId, { ...settings.get(row.ruleId), [row.name]: row.value });
    return settings;
  }

  /** One rule's effective values: its defaults with the stored values over them. */
  async values(ruleId: string, db: Db = this.database.db): Promise<ParameterValues> {
    const rule = this.rulebook.configurable().find((candidate) => candidate.id === ruleId);
    if (!rule) throw notFound(RECORDS.configurableRule);
    return parameterValues(rule, await this.settings(db));
  }

  /** The configurable rules with their parameters' defaults, bounds and current values. */
  async list() {
    const settings = await this.settings();
    return this.rulebook.configurable().map((rule) => {
      const values = parameterValues(rule, settings);
      return {
        rule,
        parameters: (rule.parameters ?? []).map((parameter) => ({
          parameter,
          value: values[parameter.name] ?? parameter.default,
        })),
      };
    });
  }

  /** Sets one parameter; the audit entry records the value before and after. */
  async set(actor: Actor, ruleId: string, name: string, value: number): Promise<ParameterValues> {
    const rule = this.rulebook.configurable().find((candidate) => candidate.id === ruleId);
    const parameter = rule?.parameters?.find((candidate) => candidate.name === name);
    if (!rule || !parameter) throw notFound(RECORDS.ruleParameter);
    const problem = parameterError(parameter, value);
    if (problem) throw invalid('value', problem);
    return this.database.transaction(async (tx) => {
      const before = parameterValues(rule, await this.settings(tx.db));
      const row = { ruleId, name, value, updatedAt: this.clock.now(), updatedBy: actor.name };
      await tx.db
        .insert(ruleParameters)
        .values(row)
        .onConflictDoUpdate({ target: [ruleParameters.ruleId, ruleParameters.name], set: row });
      const after = parameterValues(rule, await this.settings(tx.db));
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'rule.parameter.set',
        subject: `rule:${ruleId}:${name}`,
        before,
        after,
      });
      return after;
    });
  }

  /** Removes the administrator's value, so the rule's default applies again. */
  async reset(actor: Actor, ruleId: string, name: string): Promise<ParameterValues> {
    const rule = this.rulebook.configurable().find((candidate) => candidate.id === ruleId);
    if (!rule?.parameters?.some((candidate) => candidate.name === name))
      throw notFound(RECORDS.ruleParameter);
    return this.database.transaction(async (tx) => {
      const before = parameterValues(rule, await this.settings(tx.db));
      await tx.db
        .delete(ruleParameters)
        .where(and(eq(ruleParameters.ruleId, ruleId), eq(ruleParameters.name, name)));
      const after = parameterValues(rule, await this.settings(tx.db));
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'rule.parameter.reset',
        subject: `rule:${ruleId}:${name}`,
        before,
        after,
      });
      return after;
    });
  }
}
