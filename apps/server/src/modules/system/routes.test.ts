import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

describe('with the system clock', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform();
  });
  afterAll(() => platform.close());

  it('health names the database and the version', async () => {
    const response = await platform.anonymous.get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(response.headers['x-request-id']).toBeTruthy();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the clock routes do not exist (404), even for an administrator', async () => {
    const admin = await platform.as('admin');
    expect((await admin.get('/api/admin/clock')).statusCode).toBe(404);
    expect((await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' })).statusCode).toBe(404);
    expect((await admin.get('/api/auth/me')).json().abilities).not.toContain('clock.manage');
  });

  it('serves the OpenAPI document listing the routes, and the reference page', async () => {
    const doc = (await platform.anonymous.get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/calendar/deadline',
        '/api/audit/verify',
      ]),
    );
    const page = await platform.anonymous.get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('an unknown API route is a 404 problem', async () => {
    const response = await platform.anonymous.get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('with a settable clock', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform({ clock: 'settable' });
  });
  afterAll(() => platform.close());

  it('401, 403 and 400 before an administrator sets the time, which then runs on', async () => {
    expect((await platform.anonymous.get('/api/admin/clock')).statusCode).toBe(401);
    const officer = await platform.as('officer');
    expect((await officer.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' })).statusCode).toBe(
      403,
    );
    const admin = await platform.as('admin');
    expect((await admin.get('/api/auth/me')).json().abilities).toContain('clock.manage');
    const bad = await admin.post('/api/admin/clock', { now: '26/09/2025' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('now');

    const set = await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
    expect(set.statusCode).toBe(200);
    const read = (await admin.get('/api/admin/clock')).json();
    const drift = new Date(read.now).getTime() - new Date('2025-09-26T01:00:00Z').getTime();
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(5000);
    expect(platform.clock.now().getUTCFullYear()).toBe(2025);
  });

  it('records the change in the audit log', async () => {
    const admin = await platform.as('admin');
    const { items } = (await admin.get('/api/audit?subject=platform:clock')).json();
    expect(items[0]).toMatchObject({ action: 'clock.set', actor: { username: 'admin' } });
  });

  it('refuses an instant outside 2000–2099 (year 0, year 9999) with 400, and sign-in keeps working', async () => {
    const admin = await platform.as('admin');
    const before = platform.clock.now().getTime();
    for (const now of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1999-12-31T23:59:59Z']) {
      const refused = await admin.post('/api/admin/clock', { now });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ path: 'now', message: expect.stringMatching(/2000/) }]);
    }
    expect(Math.abs(platform.clock.now().getTime() - before)).toBeLessThan(5000);
    expect(
      (await platform.anonymous.post('/api/auth/login', { username: 'officer', password: 'zhixing-demo' }))
        .statusCode,
    ).toBe(200);
  });
});
