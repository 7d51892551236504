import { assistRequestSchema } from '@zhixing/assist-protocol';
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { startTestSimulator } from '../../test/simulator';
import { platformActor } from '../audit/service';
import { QUERY_BASIS_TITLE, ROUND_BASES, WIRE_PAYLOAD } from './round-requests';

let platform: TestPlatform;
let simulator: RunningSimulator;
beforeAll(async () => {
  // No workers: the requests stay queued, as they are before the dispatcher claims them.
  platform = await createTestPlatform({ listen: true });
  simulator = await startTestSimulator(platform);
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

const rows = async (text: string, values: unknown[]) =>
  (await platform.database.sql.executeSql(text, values)).rows;

describe('the requests of a round', () => {
  it('are sent naming their debtor and the round’s basis, which is stored once on the round', async () => {
    const cases = [
      (await (await platform.as('officer')).post('/api/cases', filing())).json<{ id: string }>().id,
      (await (await platform.as('officer2')).post('/api/cases', filing())).json<{ id: string }>().id,
    ];
    const started = await platform.database.transaction((tx) =>
      platform.services.inquiry.startRounds(
        tx,
        cases.map((caseId) => ({ caseId, officerName: '张明' })),
        platformActor,
      ),
    );
    const institutions = (await platform.services.inquiry.institutions(platform.database.db)).map(
      (i) => i.id,
    );
    expect(started).toHaveLength(2);
    for (const round of started) {
      const [context] = await rows(
        `select c.case_number, ct.code, ct.name, coalesce(u.display_name, '张明') as officer
           from cases c join courts ct on ct.id = c.court_id left join users u on u.id = c.officer_id
          where c.id = $1`,
        [round.caseId],
      );
      const debtors = await rows(
        `select id, kind, name, coalesce(id_number, credit_code) as identifier from case_parties
          where case_id = $1 and role = 'debtor'`,
        [round.caseId],
      );
      // What a claim sends: the queue row's payload with its round's basis (no worker runs here).
      const requests = await rows(
        `with taken as (select * from inquiry_queue where round_id = $1), ${ROUND_BASES}
         select r.id, r.party_id, r.institution_id, r.payload, ${WIRE_PAYLOAD} as wire
           from taken t left join bases b on b.id = t.round_id join inquiry_requests r on r.id = t.id`,
        [round.roundId],
      );
      // Every debtor × every institution, each once.
      expect(requests).toHaveLength(debtors.length * institutions.length);
      expect(round.requests).toBe(requests.length);
      expect(new Set(requests.map((r) => `${r.party_id}|${r.institution_id}`)).size).toBe(requests.length);
      for (const request of requests) {
        const debtor = debtors.find((d) => d.id === request.party_id);
        expect(request.payload).not.toHaveProperty('basis');
        expect(request.wire).toEqual({
          kind: 'query',
          subject: { kind: debtor?.kind, name: debtor?.name, identifier: debtor?.identifier },
          basis: {
            caseNumber: context?.case_number,
            courtCode: context?.code,
            courtName: context?.name,
            documentId: round.roundId,
            documentTitle: QUERY_BASIS_TITLE,
            officerName: context?.officer,
          },
        });
        expect(
          assistRequestSchema.safeParse({ requestId: request.id, ...(request.wire as object) }).success,
        ).toBe(true);
      }
    }
  });
});
