import { METHOD_NAMES, onlineDueAt, STATUS_NAMES } from './rules';
import type { ReferencePrice, ResultRow, ValuationRow } from './service';

/** One platform's (or agency's) answer, as the officer sees it; the price null when none was given. */
export function presentResult(row: ResultRow) {
  return {
    platform: row.platform,
    name: row.name,
    status: row.status,
    price: row.status === 'priced' || row.status === 'objected' || row.status === 'late' ? row.price : null,
    reportNo: row.reportNo,
    reason: row.reason,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

/** A procedure with its clocks; `referencePrice` is the price it set (fen), or null. */
export function presentValuation(row: ValuationRow, results: readonly ResultRow[]) {
  return {
    id: row.id,
    method: row.method,
    methodName: METHOD_NAMES[row.method],
    status: row.status,
    statusName: STATUS_NAMES[row.status],
    startedAt: row.startedAt.toISOString(),
    startedOn: row.startedOn,
    dueAt:
      row.method === 'online_inquiry' ? onlineDueAt(row.startedAt, row.extended > 0).toISOString() : null,
    extended: row.extended > 0,
    basis: row.basis,
    draw: row.draw,
    agencies: row.agencies,
    agencyIndex: row.agencyIndex,
    reportDueOn: row.reportDueOn,
    reportExtensions: row.reportExtensions,
    reportNo: row.reportNo,
    reportReceivedOn: row.reportReceivedOn,
    servedOn: row.servedOn,
    objectionUntil: row.objectionUntil,
    results: results.map(presentResult),
    referencePrice: row.status === 'priced' || row.status === 'superseded' ? row.amount : null,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
    salePrice: row.salePrice,
    feePlatform: row.feePlatform,
    note: row.note,
    reissueOf: row.reissueOf,
    stayedSince: row.stayedSince,
    stays: row.stays,
    returns: row.returns,
    createdBy: row.createdBy,
  };
}

export function presentList(
  list: {
    today: string;
    now: Date;
    items: { row: ValuationRow; results: ResultRow[] }[];
    current: ReferencePrice | null;
  },
  can: (action: string) => boolean,
  actions: readonly string[],
) {
  return {
    today: list.today,
    /** The platform clock now (settable in training and tests): the web counts the platforms' hours from it. */
    now: list.now.toISOString(),
    items: list.items.map(({ row, results }) => presentValuation(row, results)),
    current: list.current,
    abilities: actions.filter(can),
  };
}
