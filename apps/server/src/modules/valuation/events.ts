import type { LocalDate } from '../calendar/rules';
import type { RecordedEvent } from '../cases/service';
import type { ValuationRow } from './context';
import { VALUATION_EVENTS } from './rules';

/** An appraisal's report period (set, extended, or restarted with the next agency). */
export function reportPeriodEvent(
  row: ValuationRow,
  on: LocalDate,
  reportDueOn: LocalDate,
  agency?: string,
): RecordedEvent {
  return {
    type: VALUATION_EVENTS.reportPeriod,
    on,
    data: {
      assetId: row.assetId,
      valuationId: row.id,
      reportDueOn,
      agency: agency ?? row.agencies?.[row.agencyIndex ?? 0] ?? null,
    },
    evidence: [],
  };
}

/** The result is in and must reach the parties within 3 days (valuation.forward, RefPrice 21). */
export function reportedEvent(row: ValuationRow, on: LocalDate): RecordedEvent {
  return {
    type: VALUATION_EVENTS.reported,
    on,
    data: { assetId: row.assetId, valuationId: row.id, method: row.method },
    evidence: [],
  };
}

/** The case event a price records: `valuation.priced` with {assetId, valuationId, amount}. */
export function pricedEvent(row: ValuationRow, on: LocalDate): RecordedEvent {
  return {
    type: VALUATION_EVENTS.priced,
    on,
    data: { assetId: row.assetId, valuationId: row.id, amount: row.amount },
    evidence: [],
  };
}
