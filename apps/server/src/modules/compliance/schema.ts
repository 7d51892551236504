import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The numbers of rules that RULEBOOK marks *configurable*, as administrators changed them: one row per
 * change, never updated, so a parameter's history is its rows. A change applies from its legal date
 * (`effective_from`), today or later; `value` null returns the parameter to the rule's default. A rule
 * without a change in force uses the default in its rule data.
 */
export const ruleParameterChanges = pgTable(
  'rule_parameter_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleId: text('rule_id').notNull(),
    name: text('name').notNull(),
    value: integer('value'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    reason: text('reason').notNull().default(sql`''`),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changedBy: text('changed_by').notNull(),
    /** The one court the change is for; null: every court (see ParameterChange.courtId). */
    courtId: uuid('court_id'),
  },
  (t) => [index('rule_parameter_changes_rule_idx').on(t.ruleId, t.name, t.effectiveFrom)],
);
