import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('sign-in', () => {
  it('rejects a wrong password and an unknown user alike, without a hint', async () => {
    const wrong = await platform.anonymous.post('/api/auth/login', {
      username: 'officer',
      password: 'nope-nope',
    });
    const unknown = await platform.anonymous.post('/api/auth/login', {
      username: 'ghost',
      password: 'nope-nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('400 names the field for a malformed body, and refuses unknown fields', async () => {
    const missing = await platform.anonymous.post('/api/auth/login', { username: 'officer' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'password' })]);
    const extra = await platform.anonymous.post('/api/auth/login', {
      username: 'a',
      password: 'b',
      admin: true,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0].path).toBe('admin');
    const broken = await platform.anonymous.request('POST', '/api/auth/login', '{"username":', {
      'content-type': 'application/json',
    });
    expect(broken.statusCode).toBe(400);
  });

  it('413 for an oversized body', async () => {
    const response = await platform.anonymous.post('/api/auth/login', {
      username: 'x'.repeat(2_000_000),
      password: 'y',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().status).toBe(413);
  });

  it('signs in with an HttpOnly SameSite cookie, answers me with abilities, and signs out', async () => {
    const login = await platform.anonymous.post('/api/auth/login', {
      username: 'officer',
      password: 'zhixing-demo',
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'zx_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(login.json().user).toMatchObject({
      username: 'officer',
      roles: ['officer'],
      court: { code: '京0105' },
    });

    const officer = await platform.as('officer');
    const me = await officer.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { displayName: '张明' }, csrfToken: officer.csrfToken });
    expect(me.json().abilities).toContain('workbench.view');
    expect(me.json().abilities).not.toContain('admin.users.manage');

    expect((await officer.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('/api/auth/session answers 200 signed in or not (the signed-out page logs no failed request)', async () => {
    const anonymous = await platform.anonymous.get('/api/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ signedIn: false });
    expect(anonymous.headers['cache-control']).toBe('no-store');

    const officer = await platform.as('officer');
    const session = await officer.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({
      signedIn: true,
      user: { username: 'officer', displayName: '张明' },
      csrfToken: officer.csrfToken,
    });
    expect(session.json().abilities).toContain('workbench.view');

    expect((await officer.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await officer.get('/api/auth/session')).json()).toEqual({ signedIn: false });
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const officer = await platform.as('officer');
    const response = await officer.request('POST', '/api/auth/logout', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(response.statusCode).toBe(403);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('stores only an argon2id hash of the password and a hash of the session token', async () => {
    const rows = await platform.database.sql.executeSql(
      "select password_hash from users where username = 'head'",
    );
    expect(String(rows.rows[0]?.password_hash)).toMatch(/^\$argon2id\$/);
    const login = await platform.anonymous.post('/api/auth/login', {
      username: 'head',
      password: 'zhixing-demo',
    });
    const token = login.cookies.find((c) => c.name === 'zx_session')?.value ?? '';
    const found = await platform.database.sql.executeSql(
      'select count(*)::int as n from sessions where token_hash = $1',
      [token],
    );
    expect(found.rows[0]?.n).toBe(0);
  });

  const signInFrom = (remoteAddress: string, password: string, headers: Record<string, string> = {}) =>
    platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers,
      payload: { username: 'finance', password },
    });

  it('slows down the address guessing a password (429, Retry-After) and lets the user in from theirs', async () => {
    for (let i = 0; i < 10; i += 1) await signInFrom('203.0.113.7', 'wrong-password');
    const blocked = await signInFrom('203.0.113.7', 'zhixing-demo');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signInFrom('198.51.100.20', 'zhixing-demo')).statusCode).toBe(200);
    expect((await platform.as('supervisor')).csrfToken).toBeTruthy();
  });

  it('does not believe X-Forwarded-For from a client when no proxy is trusted', async () => {
    for (let i = 0; i < 10; i += 1) {
      await signInFrom('203.0.113.8', 'wrong-password', { 'x-forwarded-for': `192.0.2.${i}` });
    }
    const rotated = await signInFrom('203.0.113.8', 'zhixing-demo', { 'x-forwarded-for': '192.0.2.99' });
    expect(rotated.statusCode).toBe(429);
  });

  it('/api/auth/me and the sign-in answer carry the CSRF token and are never cached', async () => {
    const login = await signInFrom('198.51.100.21', 'zhixing-demo');
    expect(login.headers['cache-control']).toBe('no-store');
    expect(login.cookies[0]).toMatchObject({ name: 'zx_session', httpOnly: true, sameSite: 'Strict' });
    expect(login.cookies[0]?.secure).toBeFalsy();
    const me = await (await platform.as('officer')).get('/api/auth/me');
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('lets a script sign in many users in a row', async () => {
    for (let i = 0; i < 20; i += 1)
      expect((await platform.as(i % 2 ? 'officer' : 'head')).csrfToken).toBeTruthy();
  });
});

describe('behind a trusted proxy, served over https', () => {
  let proxied: TestPlatform;
  beforeAll(async () => {
    proxied = await createTestPlatform({
      env: { TRUST_PROXY: '10.0.0.1', ZHIXING_PUBLIC_URL: 'https://zhixing.example.cn' },
    });
  });
  afterAll(() => proxied.close());

  const viaProxy = (client: string, password: string) =>
    proxied.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-for': client, 'x-forwarded-proto': 'https' },
      payload: { username: 'head', password },
    });

  it('throttles the client the proxy names, not the proxy, and sets a Secure cookie', async () => {
    for (let i = 0; i < 10; i += 1) await viaProxy('203.0.113.9', 'wrong-password');
    expect((await viaProxy('203.0.113.9', 'zhixing-demo')).statusCode).toBe(429);
    const user = await viaProxy('198.51.100.30', 'zhixing-demo');
    expect(user.statusCode).toBe(200);
    expect(user.cookies[0]).toMatchObject({ name: 'zx_session', secure: true });
  });
});

describe('admin: courts and users', () => {
  it('401 without a session, 403 for a non-administrator', async () => {
    expect((await platform.anonymous.get('/api/admin/courts')).statusCode).toBe(401);
    const officer = await platform.as('officer');
    const forbidden = await officer.get('/api/admin/users');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().detail).toMatch(/admin\.users\.manage/);
  });

  it('lists the demo hierarchy', async () => {
    const admin = await platform.as('admin');
    const { items } = (await admin.get('/api/admin/courts')).json();
    expect(items.map((c: { code: string }) => c.code).sort()).toEqual(
      ['京', '京02', '京0101', '京03', '京0105', '京0113', '最高法', '沪', '沪01', '沪0115'].sort(),
    );
  });

  it('adds a court only where its code belongs, and names the field', async () => {
    const admin = await platform.as('admin');
    const courts = (await admin.get('/api/admin/courts')).json().items as { id: string; code: string }[];
    const jing03 = courts.find((c) => c.code === '京03')?.id;
    const misplaced = await admin.post('/api/admin/courts', {
      code: '沪0201',
      name: '错位法院',
      parentId: jing03,
    });
    expect(misplaced.statusCode).toBe(400);
    expect(misplaced.json().errors[0].path).toBe('code');
    const created = await admin.post('/api/admin/courts', {
      code: '京0106',
      name: '北京市丰台区人民法院',
      parentId: jing03,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: '京0106', level: 'basic', parentId: jing03 });
    const again = await admin.post('/api/admin/courts', { code: '京0106', name: '重复', parentId: jing03 });
    expect(again.statusCode).toBe(409);
    const renamed = await admin.patch(`/api/admin/courts/${created.json().id}`, {
      name: '北京市丰台区人民法院（新）',
    });
    expect(renamed.json().name).toBe('北京市丰台区人民法院（新）');
  });

  it('creates a user who can then sign in; deactivation ends the session', async () => {
    const admin = await platform.as('admin');
    const courts = (await admin.get('/api/admin/courts')).json().items as { id: string; code: string }[];
    const courtId = courts.find((c) => c.code === '京0113')?.id;
    const bad = await admin.post('/api/admin/users', {
      username: 'x',
      displayName: '甲',
      password: 'short',
      courtId,
      roles: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['password', 'roles', 'username']);

    const created = await admin.post('/api/admin/users', {
      username: 'shunyi1',
      displayName: '刘洋',
      password: 'a-long-password',
      courtId,
      roles: ['officer'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty('passwordHash');
    const login = await platform.anonymous.post('/api/auth/login', {
      username: 'shunyi1',
      password: 'a-long-password',
    });
    expect(login.statusCode).toBe(200);

    const off = await admin.patch(`/api/admin/users/${created.json().id}`, { active: false });
    expect(off.json().active).toBe(false);
    const relogin = await platform.anonymous.post('/api/auth/login', {
      username: 'shunyi1',
      password: 'a-long-password',
    });
    expect(relogin.statusCode).toBe(401);
  });

  it('a head lists the officers of his own court; a supervisor may not', async () => {
    const head = await platform.as('head');
    const { items } = (await head.get('/api/courts/mine/officers')).json();
    expect(items.map((u: { username: string }) => u.username)).toEqual(['officer']);
    expect((await (await platform.as('supervisor')).get('/api/courts/mine/officers')).statusCode).toBe(403);
  });

  it('404 for an unknown id, 400 for a malformed one', async () => {
    const admin = await platform.as('admin');
    expect(
      (await admin.patch('/api/admin/users/00000000-0000-4000-8000-000000000000', { active: true }))
        .statusCode,
    ).toBe(404);
    expect((await admin.patch('/api/admin/users/not-a-uuid', { active: true })).statusCode).toBe(400);
  });
});
