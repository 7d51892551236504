import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { pngImage } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { planFrom, pricedHouse, setClock } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
let caseId: string;
let assetId: string;
let auctionId: string;
let plan: ReturnType<typeof planFrom>;

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable', listen: true });
  officer = await platform.as('officer');
  setClock(platform, new Date());
  ({ caseId, assetId } = await pricedHouse(officer, 1_000_000_00));
  plan = planFrom(platform.clock.now());
  const created = await officer.post(`/api/assets/${assetId}/auctions`, plan);
  expect(created.statusCode, created.body).toBe(201);
  auctionId = created.json().id;
});
afterAll(() => platform.close());

const upload = async (body: Buffer, fileName: string) => {
  const answer = await officer.request(
    'POST',
    `/api/cases/${caseId}/documents/upload?fileName=${encodeURIComponent(fileName)}`,
    body,
    { 'content-type': 'application/octet-stream' },
  );
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json<{ id: string }>().id;
};

describe('photos and documents published with an auction', () => {
  const path = () => `/api/assets/${assetId}/auctions/${auctionId}/attachments`;

  it('401, 403, 404 and 400 before anything else', async () => {
    expect((await platform.anonymous.request('PUT', path(), { documentIds: [] })).statusCode).toBe(401);
    expect(
      (await (await platform.as('finance')).request('PUT', path(), { documentIds: [] })).statusCode,
    ).toBe(403);
    expect(
      (await (await platform.as('officer2')).request('PUT', path(), { documentIds: [] })).statusCode,
    ).toBe(404);
    const bad = await officer.request('PUT', path(), { documentIds: ['nope'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('documentIds.0');
  });

  it('only uploads of this case; the public sees them in order with the reference price and its basis', async () => {
    const front = await upload(pngImage(32), '正面.png');
    const floor = await upload(pngImage(48), '户型图.png');
    const dossier = (await officer.get(`/api/cases/${caseId}/documents`)).json<{
      items: { id: string; kind: string }[];
    }>();
    const issued = dossier.items.find((d) => d.kind !== 'upload')?.id as string;
    const refused = await officer.request('PUT', path(), { documentIds: [front, issued] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('documentIds.1');
    const set = await officer.request('PUT', path(), { documentIds: [floor, front] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items.map((i: { id: string }) => i.id)).toEqual([floor, front]);

    const view = await platform.anonymous.get(`/api/public/auctions/${auctionId}/dossier`);
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.attachments.map((a: { title: string }) => a.title)).toEqual(['户型图', '正面']);
    expect(body.reference).toMatchObject({ amount: 1_000_000_00, method: 'agreement', drawn: false });
    const file = await platform.anonymous.get(body.attachments[1].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(pngImage(32))).toBe(true);
    // The rest of the dossier stays closed to the public.
    expect(
      (await platform.anonymous.get(`/api/public/auctions/${auctionId}/attachments/${issued}`)).statusCode,
    ).toBe(404);
    const audit = await platform.database.sql.executeSql(
      `select count(*)::int as n from audit_entries where action = 'auction.attachments' and subject = $1`,
      [`auction:${auctionId}`],
    );
    expect(audit.rows[0]).toEqual({ n: 1 }); // the refused choice changed nothing
  });
});

describe('live status on the WebSocket', () => {
  it('公告中 → 竞价中 → ending as the platform clock passes the start and the end, without a bid', async () => {
    const address = platform.app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const socket = new WebSocket(`ws://127.0.0.1:${address.port}/api/public/auctions/${auctionId}/live`);
    const messages: { type: string; status?: string; auction?: { status: string } }[] = [];
    socket.on('message', (raw) => messages.push(JSON.parse(String(raw))));
    const statuses = () => messages.filter((m) => m.type === 'status').map((m) => m.status);
    const until = async (check: () => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await until(() => messages.some((m) => m.type === 'snapshot'));
    expect(messages[0]?.auction?.status).toBe('announced');
    setClock(platform, new Date(new Date(plan.startsAt).getTime() + 1_000));
    await until(() => statuses().includes('bidding'));
    setClock(platform, new Date(new Date(plan.endsAt).getTime() + 1_000));
    await until(() => statuses().includes('ending'));
    expect(statuses()).toEqual(['bidding', 'ending']);
    socket.close();
  });
});
