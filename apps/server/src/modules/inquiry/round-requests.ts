import type { Basis } from '@zhixing/assist-protocol';
import type { Tx } from '../../platform/db';
import type { InstitutionRow } from './registry';
import type { WireRequest } from './rules';

/** The basis title of a query round: the court's electronic 协助查询 order, which the round is. */
export const QUERY_BASIS_TITLE = '协助查询通知书（网络查控）';

export interface CaseContext {
  id: string;
  court_id: string;
  case_number: string;
  status: string;
  court_code: string;
  court_name: string;
  officer_name: string | null;
}

export interface DebtorRow {
  id: string;
  case_id: string;
  kind: 'person' | 'entity';
  name: string;
  id_number: string | null;
  credit_code: string | null;
}

/** A round about to start: every debtor × every institution asked. */
export interface QueryRound {
  id: string;
  context: CaseContext;
  categories: readonly string[];
  basis: Basis;
  debtors: readonly DebtorRow[];
  asked: readonly InstitutionRow[];
  total: number;
  /** The day the round started (today, or the day the timeline records it). */
  startedOn: string;
  /** The case's timeline already records the round's start. */
  recorded: boolean;
}

/** The basis every query of a round names; the round is the court's electronic query order. */
export function roundBasis(context: CaseContext, roundId: string, officerName: string): Basis {
  return {
    caseNumber: context.case_number,
    courtCode: context.court_code,
    courtName: context.court_name,
    documentId: roundId,
    documentTitle: QUERY_BASIS_TITLE,
    officerName: (context.officer_name ?? officerName).slice(0, 60),
  };
}

/**
 * Queues the requests a CTE `asked` (id, institution_id, court_id, case_id, round_id, payload) has just
 * written, due at once: the queue row carries what the claim sends.
 */
export const INTO_QUEUE = `insert into inquiry_queue (id, institution_id, court_id, case_id, round_id, payload, attempts, not_before)
  select id, institution_id, court_id, case_id, round_id, payload, 0, now() from asked`;

/**
 * The requests as the institution receives them, less their ids, from the rows `t` a claim took from
 * the queue: each payload, with its round's basis when the round keeps it (rows from before it did
 * carry their own). Each round is read once, however many of its requests the batch holds.
 */
export const WIRE_PAYLOAD = `case when b.basis is null then t.payload else t.payload || jsonb_build_object('basis', b.basis) end`;
export const ROUND_BASES = `bases as (
         select q.id, q.basis from inquiry_rounds q
          where q.id in (select distinct round_id from taken) and q.basis is not null)`;

/**
 * The requests of started rounds in one INSERT. A round's basis is stored once, on the round
 * (`inquiry_rounds.basis`); a request keeps what is its own — its kind and subject — and the claim
 * puts the two together (WIRE_PAYLOAD). What is sent is the same: only the copies are gone. The
 * statement takes each debtor once and each request as three array elements (id, debtor,
 * institution), not a JSON object per request.
 */
export async function insertRoundRequests(
  tx: Tx,
  rounds: readonly QueryRound[],
  nextId: () => string,
): Promise<void> {
  const institutions = [...new Set(rounds.flatMap((round) => round.asked.map((i) => i.id)))];
  const position = new Map(institutions.map((id, index) => [id, index + 1]));
  const subjects: {
    round_id: string;
    case_id: string;
    court_id: string;
    party_id: string;
    payload: WireRequest;
  }[] = [];
  const ids: string[] = [];
  const ofSubject: number[] = [];
  const ofInstitution: number[] = [];
  for (const round of rounds) {
    for (const debtor of round.debtors) {
      subjects.push({
        round_id: round.id,
        case_id: round.context.id,
        court_id: round.context.court_id,
        party_id: debtor.id,
        payload: { kind: 'query', subject: subjectOf(debtor) } as WireRequest,
      });
      for (const institution of round.asked) {
        ids.push(nextId());
        ofSubject.push(subjects.length);
        ofInstitution.push(position.get(institution.id) as number);
      }
    }
  }
  await tx.sql.executeSql(
    `with asked as (
       insert into inquiry_requests
         (id, case_id, court_id, party_id, institution_id, round_id, kind, payload, status, attempts, created_at)
       select x.id, s.case_id, s.court_id, s.party_id, ($4::uuid[])[x.institution], s.round_id, 'query', s.payload,
              'queued', 0, now()
         from unnest($1::uuid[], $2::int[], $3::int[]) as x(id, subject, institution)
         join rows from (jsonb_to_recordset($5::jsonb)
                as (round_id uuid, case_id uuid, court_id uuid, party_id uuid, payload jsonb))
              with ordinality as s(round_id, case_id, court_id, party_id, payload, n)
           on s.n = x.subject
       returning id, institution_id, court_id, case_id, round_id, payload)
     ${INTO_QUEUE}`,
    [ids, ofSubject, ofInstitution, institutions, JSON.stringify(subjects)],
  );
}

/** A request names its subject by an 18-character number (debtorsOf keeps only parties with one). */
function subjectOf(debtor: DebtorRow): WireRequest['subject'] {
  return {
    kind: debtor.kind,
    name: debtor.name,
    identifier: (debtor.id_number ?? debtor.credit_code) as string,
  };
}
