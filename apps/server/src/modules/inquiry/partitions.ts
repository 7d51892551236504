import type { Database } from '../../platform/db';
import { idFloorAt } from '../../platform/ids';

/** Months prepared ahead: a worker that is down for a while still finds its month ready. */
const MONTHS_AHEAD = 3;
/**
 * A fifth of each page is left free when requests are inserted: finishing a request then writes its
 * new version on the same page, a HOT update that touches no index (schema.ts, inquiry_requests).
 */
const FILL_FACTOR = 80;

/** `inquiry_requests_y2026m07` and its id range: the UUIDv7 floors of the month's first instants (UTC). */
export function monthPartition(year: number, month: number) {
  const from = Date.UTC(year, month - 1, 1);
  const to = Date.UTC(year, month, 1);
  return {
    name: `inquiry_requests_y${year}m${String(month).padStart(2, '0')}`,
    from: idFloorAt(from),
    to: idFloorAt(to),
  };
}

/**
 * Creates this month's partition of `inquiry_requests` and the next MONTHS_AHEAD (real time, as the
 * ids are), each once. Run at start-up and by the maintenance loop; serialised by an advisory lock,
 * so processes starting together do not race. A month whose ids already sit in the default partition
 * (the table was used before its partition existed) is left there and reported.
 */
export async function ensurePartitions(database: Database, now: number = Date.now()): Promise<string[]> {
  const problems: string[] = [];
  const start = new Date(now);
  for (let offset = 0; offset <= MONTHS_AHEAD; offset += 1) {
    const at = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, 1));
    const partition = monthPartition(at.getUTCFullYear(), at.getUTCMonth() + 1);
    try {
      await database.transaction(async (tx) => {
        await tx.sql.executeSql("select pg_advisory_xact_lock(hashtext('inquiry_requests partitions'))", []);
        const { rows } = await tx.sql.executeSql('select to_regclass($1) as found', [partition.name]);
        if (rows[0]?.found) return;
        await tx.sql.executeSql(
          `create table "${partition.name}" partition of inquiry_requests for values from ('${partition.from}') to ('${partition.to}') with (fillfactor = ${FILL_FACTOR})`,
          [],
        );
      });
    } catch (error) {
      problems.push(`${partition.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
