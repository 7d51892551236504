import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The numbers of rules that RULEBOOK marks *configurable*, as an administrator set them. A rule without
 * a row here uses the default in its rule data; every change is audited.
 */
export const ruleParameters = pgTable(
  'rule_parameters',
  {
    ruleId: text('rule_id').notNull(),
    name: text('name').notNull(),
    value: integer('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.name] })],
);
