import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../src/platform/auth/clock';
import { LoginThrottle } from '../src/platform/auth/login-throttle';
import { sha256Hex } from '../src/platform/auth/tokens';
import { PasswordHasher } from '../src/platform/auth/password-hasher';
import { createTestApp } from './support/app';
import { Client, Factory, PASSWORD } from './support/factories';

describe('sign-in, sessions and CSRF', () => {
  let app: NestFastifyApplication;
  let f: Factory;
  let clock: Clock;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
    clock = app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await app.close();
  });

  /** Moves the app's clock by `ms` from now on. */
  const advance = (ms: number) => {
    const at = new Date(Date.now() + ms);
    jest.spyOn(clock, 'now').mockReturnValue(at);
  };

  it('GET /auth/csrf sets a readable XSRF-TOKEN cookie and returns the same value', async () => {
    const client = new Client(app);
    const res = await client.get('/api/v1/auth/csrf');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^XSRF-TOKEN=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict$/);
    expect(res.json().token).toBe(client.cookies['XSRF-TOKEN']);
    // A second call keeps the token the browser already has.
    const again = await client.get('/api/v1/auth/csrf');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.json().token).toBe(res.json().token);
  });

  it('signs in, answers /me with person, memberships, permissions and matrix, and signs out', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'pms_manager' }]);
    const client = new Client(app);
    await client.get('/api/v1/auth/csrf');
    const before = client.cookies['XSRF-TOKEN'];
    const login = await client.post('/api/v1/auth/login', { email: account.email.toUpperCase(), password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] as string[]);
    const session = cookies.find((c) => c.startsWith('mamori_session='))!;
    expect(session).toMatch(/; Path=\/; SameSite=Strict; HttpOnly$/);
    expect(client.cookies['XSRF-TOKEN']).not.toBe(before);
    expect(login.json().account.email).toBe(account.email);

    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.person).toMatchObject({ id: account.personId, companyId: company.id });
    expect(body.memberships).toEqual([
      expect.objectContaining({ companyId: company.id, role: 'pms_manager', companyNameJa: company.nameJa }),
    ]);
    expect(body.permissions).toEqual([
      expect.objectContaining({
        companyId: company.id,
        roles: ['pms_manager'],
        grants: expect.objectContaining({ person: ['read', 'create', 'update', 'delete'] }),
      }),
    ]);
    expect(body.matrix.admin.account).toEqual(['read', 'create', 'update', 'delete']);
    expect(body.companies).toEqual([{ id: company.id, nameJa: company.nameJa, nameEn: expect.any(String) }]);
    expect(body.account).toEqual({ id: account.id, email: account.email, language: 'ja', mustChangePassword: false });

    const out = await client.post('/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('mamori_session=; Path=/; SameSite=Strict; Max-Age=0');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect(await f.count('sessions', 'account_id = $1', [account.id])).toBe(0);
    const actions = (await f.auditEvents('entity_id = $1', [account.id])).map((e: { action: string }) => e.action);
    expect(actions).toEqual(['auth.login', 'auth.logout']);
  });

  it('without a session, protected routes answer 401 UNAUTHENTICATED', async () => {
    const res = await new Client(app).get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    expect(String(res.headers['set-cookie'])).toContain('XSRF-TOKEN=');
  });

  it('refuses unsafe methods without the matching X-XSRF-TOKEN header, sign-in included (403 CSRF_TOKEN_INVALID)', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email, password: PASSWORD },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_TOKEN_INVALID');

    const client = await f.signIn(account);
    const wrong = await client.post('/api/v1/auth/logout', undefined, { headers: { 'x-xsrf-token': 'A'.repeat(43) } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('CSRF_TOKEN_INVALID');
    const missing = await client.request('POST', '/api/v1/auth/logout', {
      headers: {
        cookie: Object.entries(client.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
        'x-xsrf-token': '',
      },
    });
    expect(missing.statusCode).toBe(403);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const refused = await f.auditEvents("actor_account_id = $1 AND action = 'access.denied'", [account.id]);
    expect(refused.map((e: { details: { reason: string } }) => e.details.reason)).toEqual([
      'csrf_token_invalid',
      'csrf_token_invalid',
    ]);
  });

  it('answers unknown e-mail, wrong password, locked and disabled accounts with the same 401, each after one password verification', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const disabled = await f.account(company.id, [{ role: 'staff' }], { disabled: true });
    const client = new Client(app);
    await client.get('/api/v1/auth/csrf');
    const hasher = app.get(PasswordHasher);
    const verify = jest.spyOn(hasher, 'verify');
    const dummy = jest.spyOn(hasher, 'verifyDummy');

    const unknown = await client.post('/api/v1/auth/login', {
      email: `nobody-${company.id}@example.jp`,
      password: PASSWORD,
    });
    const wrong = await client.post('/api/v1/auth/login', {
      email: account.email,
      password: 'not the password at all',
    });
    const off = await client.post('/api/v1/auth/login', { email: disabled.email, password: PASSWORD });
    for (const res of [unknown, wrong, off]) {
      expect(res.statusCode).toBe(401);
      const { requestId: _r, instance: _i, ...rest } = res.json();
      expect(rest).toEqual({
        type: 'urn:mamori:problem:invalid-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'The e-mail address or the password is not correct.',
        code: 'INVALID_CREDENTIALS',
      });
    }
    expect(dummy).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(3); // the dummy verify goes through verify() too

    const [failed] = await f.db.query(
      "SELECT * FROM audit_events WHERE company_id IS NULL AND action = 'auth.login_failed' AND request_id = $1",
      [unknown.json().requestId],
    );
    expect(JSON.stringify(failed)).not.toContain(`nobody-${company.id}`);
    expect(failed.details.emailHash).toMatch(/^[0-9a-f]{64}$/);
    // Not the address's plain SHA-256, which anyone could check a guess against; the same for a retry.
    expect(failed.details.emailHash).not.toBe(sha256Hex(`nobody-${company.id}@example.jp`));
    const again = await client.post('/api/v1/auth/login', {
      email: `nobody-${company.id}@example.jp`,
      password: PASSWORD,
    });
    const [retried] = await f.db.query(
      "SELECT * FROM audit_events WHERE company_id IS NULL AND action = 'auth.login_failed' AND request_id = $1",
      [again.json().requestId],
    );
    expect(retried.details.emailHash).toBe(failed.details.emailHash);
  });

  it('locks an account for 15 minutes after ten consecutive failures, with the same 401 even for the right password', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const client = new Client(app);
    await client.get('/api/v1/auth/csrf');
    for (let i = 0; i < 10; i++) {
      expect(
        (await client.post('/api/v1/auth/login', { email: account.email, password: `wrong password ${i}` })).statusCode,
      ).toBe(401);
    }
    const locked = await client.post('/api/v1/auth/login', { email: account.email, password: PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().code).toBe('INVALID_CREDENTIALS');
    const actions = (await f.auditEvents('entity_id = $1', [account.id])).map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'auth.locked_out')).toHaveLength(1);
    expect(actions.filter((a: string) => a === 'auth.login_failed')).toHaveLength(11);

    advance(15 * 60 * 1000 + 1000);
    expect((await client.post('/api/v1/auth/login', { email: account.email, password: PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('throttles failed sign-ins per address (429 TOO_MANY_ATTEMPTS with Retry-After)', async () => {
    const throttle = app.get(LoginThrottle);
    const saved = throttle.settings;
    throttle.settings = { maxFailures: 3, windowMs: 60_000 };
    try {
      const client = new Client(app);
      await client.get('/api/v1/auth/csrf');
      const attempt = () =>
        client.post('/api/v1/auth/login', { email: 'someone@example.jp', password: 'whatever password' });
      // Every injected request comes from the same address: start from a clean count for it.
      (throttle as unknown as { failures: Map<string, number[]> }).failures.clear();
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const res = await attempt();
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      throttle.settings = saved;
      (throttle as unknown as { failures: Map<string, number[]> }).failures.clear();
    }
  });

  it('ends a session after 30 minutes without requests', async () => {
    const { client } = await f.signedIn('staff');
    advance(29 * 60 * 1000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    advance((29 + 29) * 60 * 1000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    advance((29 + 29 + 31) * 60 * 1000);
    const res = await client.get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(String(res.headers['set-cookie'])).toContain('mamori_session=; Path=/; SameSite=Strict; Max-Age=0');
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const { client } = await f.signedIn('staff');
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      advance(minutes * 60 * 1000);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    }
    advance(12 * 60 * 60 * 1000 + 1000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const a = await f.signIn(account);
    const b = await f.signIn(account);
    expect((await a.post('/api/v1/auth/logout-all')).statusCode).toBe(204);
    expect((await a.get('/api/v1/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('disabling an account ends its sessions and refuses it sign-in', async () => {
    const company = await f.company();
    const admin = await f.account(company.id, [{ role: 'admin' }]);
    const user = await f.account(company.id, [{ role: 'staff' }]);
    const userClient = await f.signIn(user);
    const adminClient = await f.signIn(admin);
    const res = await adminClient.patch(
      `/api/v1/accounts/${user.id}`,
      { disabled: true },
      { headers: { 'if-match': '"1"' } },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ disabled: true, version: 2 });
    expect(res.headers.etag).toBe('"2"');
    expect((await userClient.get('/api/v1/me')).statusCode).toBe(401);
    expect(await f.count('sessions', 'account_id = $1', [user.id])).toBe(0);
    const again = new Client(app);
    await again.get('/api/v1/auth/csrf');
    expect((await again.post('/api/v1/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(401);
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const here = await f.signIn(account);
    const elsewhere = await f.signIn(account);

    const weak = await here.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'PASSWORD_TOO_SHORT' })]);
    const common = await here.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: '1qaz2wsx3edc4rfv',
    });
    expect(common.json().errors).toEqual([expect.objectContaining({ code: 'PASSWORD_TOO_COMMON' })]);
    const wrongCurrent = await here.post('/api/v1/auth/password', {
      currentPassword: 'not the current one',
      newPassword: 'a fresh pass phrase',
    });
    expect(wrongCurrent.json().errors).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'PASSWORD_INCORRECT' }),
    ]);

    const ok = await here.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a fresh pass phrase',
    });
    expect(ok.statusCode).toBe(204);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    await f.signIn({ email: account.email, password: 'a fresh pass phrase' });
  });

  it('an administrator reset forces a password change before anything else', async () => {
    const company = await f.company();
    const admin = await f.account(company.id, [{ role: 'admin' }]);
    const user = await f.account(company.id, [{ role: 'pms_manager' }]);
    const adminClient = await f.signIn(admin);
    const before = await f.signIn(user);

    const reset = await adminClient.post(`/api/v1/accounts/${user.id}/reset-password`, { version: 1 });
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect(temporary).toHaveLength(20);
    expect(reset.json()).toMatchObject({ mustChangePassword: true, version: 2 });
    expect((await before.get('/api/v1/me')).statusCode).toBe(401);

    const client = await f.signIn({ email: user.email, password: temporary });
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().account.mustChangePassword).toBe(true);
    const blocked = await client.get(`/api/v1/people?companyId=${company.id}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');

    expect(
      (
        await client.post('/api/v1/auth/password', {
          currentPassword: temporary,
          newPassword: 'my own new pass phrase',
        })
      ).statusCode,
    ).toBe(204);
    expect((await client.get(`/api/v1/people?companyId=${company.id}`)).statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().account.mustChangePassword).toBe(false);
  });

  it('changes the language preference', async () => {
    const { client, account } = await f.signedIn('staff');
    const res = await client.patch('/api/v1/me', { language: 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.json().account.language).toBe('en');
    expect((await client.patch('/api/v1/me', { language: 'fr' })).statusCode).toBe(400);
    const [event] = await f.auditEvents("entity_id = $1 AND action = 'account.updated'", [account.id]);
    expect(event.changes).toEqual({ language: { before: 'ja', after: 'en' } });
  });

  it('marks cookies Secure unless the request is plain http to localhost', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { host: 'mamori.example.jp' } });
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
    const local = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { host: '127.0.0.1:3000' } });
    expect(String(local.headers['set-cookie'])).not.toContain('Secure');
  });
});
