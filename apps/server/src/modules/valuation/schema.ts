import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assets } from '../assets/schema';
import { cases } from '../cases/schema';
import type { ValuationMethod, ValuationStatus } from './rules';

/** 摇号: the seed, the list drawn from (in its published order) and the agencies drawn, in order. */
export interface DrawRecord {
  algorithm: string;
  seed: string;
  list: string[];
  count: number;
  result: string[];
  drawnAt: string;
}

/** A stay of an appraisal's report period (not counted in the 30 days, RefPrice 19); `until` null while it lasts. */
export interface StayRecord {
  from: string;
  until: string | null;
  reason: string;
}

/** An agency handing the file back (退回委托, RefPrice 19): who, when, why, and whether it was late. */
export interface ReturnRecord {
  agency: string;
  on: string;
  reason: string;
  note: string;
  late: boolean;
}

/**
 * 确定财产处置参考价 (RefPrice): one procedure per asset and method — agreement, targeted inquiry, online
 * inquiry or appraisal — with its periods and, once set, the reference price (fen), the day it was set
 * and the last day it is valid. A new procedure on the same asset supersedes the last.
 */
export const valuations = pgTable(
  'valuations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    courtId: uuid('court_id').notNull(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
    method: text('method').$type<ValuationMethod>().notNull(),
    status: text('status').$type<ValuationStatus>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** Online inquiry: the platforms' reporting period ends (instant); extended once. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    extended: integer('extended').notNull().default(0),
    /** Targeted inquiry: the authority asked and its basis (tax base, government price); agreement: the record. */
    basis: jsonb('basis').$type<Record<string, string>>(),
    /** Appraisal: the draw (摇号) or the parties' agreed agencies. */
    draw: jsonb('draw').$type<DrawRecord>(),
    agencies: text('agencies').array(),
    /** Appraisal: the agency now working (index into agencies) and its report due date. */
    agencyIndex: integer('agency_index'),
    reportDueOn: date('report_due_on', { mode: 'string' }),
    reportExtensions: integer('report_extensions').notNull().default(0),
    reportNo: text('report_no'),
    reportReceivedOn: date('report_received_on', { mode: 'string' }),
    /** The report (or result) served on the parties; objections run 5 days from it. */
    servedOn: date('served_on', { mode: 'string' }),
    servedByPublication: integer('served_by_publication').notNull().default(0),
    objectionUntil: date('objection_until', { mode: 'string' }),
    /** The reference price (fen), when set. */
    amount: bigint('amount', { mode: 'number' }),
    determinedOn: date('determined_on', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    /** The sale price the fee platform was chosen on, and the platform (RefPrice 31). */
    salePrice: bigint('sale_price', { mode: 'number' }),
    feePlatform: text('fee_platform'),
    note: text('note'),
    /** The expired procedure this one issues a new price for (RefPrice 27). */
    reissueOf: uuid('reissue_of'),
    /** Appraisal: the stay running since (null when none), every stay, every return of the file. */
    stayedSince: date('stayed_since', { mode: 'string' }),
    stays: jsonb('stays').$type<StayRecord[]>().notNull().default([]),
    returns: jsonb('returns').$type<ReturnRecord[]>().notNull().default([]),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('valuations_asset_idx').on(t.assetId, t.startedAt),
    index('valuations_case_idx').on(t.caseId),
    index('valuations_due_idx').on(t.status, t.dueAt),
  ],
);

/** Each platform's (or agency's) answer to one valuation: a price, "cannot price", late, or objected to. */
export const valuationResults = pgTable(
  'valuation_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    valuationId: uuid('valuation_id')
      .notNull()
      .references(() => valuations.id),
    platform: text('platform').notNull(),
    name: text('name').notNull(),
    /** waiting | priced | declined | late | objected | failed */
    status: text('status').notNull(),
    price: bigint('price', { mode: 'number' }),
    reportNo: text('report_no'),
    reason: text('reason'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('valuation_results_platform_idx').on(t.valuationId, t.platform)],
);

/**
 * 司法网络询价平台名单: the platforms on the national list, each sent every online inquiry at once
 * (RefPrice 10). Messages are signed with the platform's key (assist-protocol `sign`).
 */
export const pricePlatforms = pgTable(
  'price_platforms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    endpoint: text('endpoint').notNull(),
    key: text('key').notNull(),
    active: integer('active').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('price_platforms_code_idx').on(t.code)],
);

/** 评估机构名单: the appraisal agencies the court draws from (RefPrice 16). */
export const appraisalAgencies = pgTable('appraisal_agencies', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  active: integer('active').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
