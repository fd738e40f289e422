import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from './support/app';
import { Factory } from './support/factories';

describe('audit trail', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('appends one event per write with actor, company, entity, changed fields and request id', async () => {
    const { client, company, account } = await f.signedIn('pms_manager');
    const res = await client.post(`/api/v1/companies/${company.id}/departments`, { name: '監査室', code: 'AUD' });
    expect(res.statusCode).toBe(201);
    const events = await f.auditEvents("company_id = $1 AND action = 'department.created'", [company.id]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_account_id: account.id,
      entity_type: 'department',
      entity_id: res.json().id,
      request_id: res.headers['x-request-id'],
      changes: {
        name: { before: null, after: '監査室' },
        code: { before: null, after: 'AUD' },
        companyId: { before: null, after: company.id },
      },
    });
  });

  it('writes no event when the write fails (same transaction)', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    await f.department(company.id, { code: 'DUP' });
    const before = await f.count('audit_events', 'company_id = $1', [company.id]);
    const res = await client.post(`/api/v1/companies/${company.id}/departments`, { name: '重複', code: 'DUP' });
    expect(res.statusCode).toBe(409);
    expect(await f.count('audit_events', 'company_id = $1', [company.id])).toBe(before);
  });

  it('lists, filters and exports events of the caller’s companies only', async () => {
    const { client, company, account } = await f.signedIn('pms_manager');
    const other = await f.signedIn('pms_manager');
    await client.post(`/api/v1/companies/${company.id}/departments`, { name: '=危険な式', code: 'CSV' });
    await other.client.post(`/api/v1/companies/${other.company.id}/departments`, { name: '他社', code: 'OTHER' });

    const list = (await client.get(`/api/v1/audit-trail?action=department.created`)).json();
    expect(list.items.map((e: { companyId: string }) => e.companyId)).toEqual([company.id]);
    expect(list.items[0]).toMatchObject({
      actorAccountId: account.id,
      actorEmail: account.email,
      entityType: 'department',
      seq: expect.any(Number),
    });
    const byActor = (await client.get(`/api/v1/audit-trail?actorId=${account.id}&limit=1`)).json();
    expect(byActor.items).toHaveLength(1);
    expect(byActor.total).toBeGreaterThanOrEqual(2);
    const next = (
      await client.get(`/api/v1/audit-trail?actorId=${account.id}&limit=1&cursor=${byActor.nextCursor}`)
    ).json();
    expect(next.items[0].id).not.toBe(byActor.items[0].id);
    const future = (
      await client.get(`/api/v1/audit-trail?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`)
    ).json();
    expect(future.total).toBe(0);
    expect((await client.get(`/api/v1/audit-trail?companyId=${other.company.id}`)).statusCode).toBe(404);

    const csv = await client.get(`/api/v1/audit-trail/export?format=csv&companyId=${company.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = csv.rawPayload.toString('utf8');
    expect(text).toContain('occurredAt,companyId,seq');
    expect(text).toContain('=危険な式');
    expect(text).not.toContain('他社');
  });

  it('verifies the chain, then names exactly the event altered behind the trigger’s back', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    for (const code of ['A', 'B', 'C'])
      await client.post(`/api/v1/companies/${company.id}/departments`, { name: `部${code}`, code });
    const ok = (await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json();
    expect(ok).toEqual({ ok: true, checked: 4, firstBrokenEventId: null }); // the sign-in and three departments

    const [target] = await f.auditEvents(
      "company_id = $1 AND action = 'department.created' AND entity_id IS NOT NULL AND changes->'code'->>'after' = 'B'",
      [company.id],
    );
    const tamper = async (changes: unknown) => {
      const runner = f.db.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        await runner.query('UPDATE audit_events SET changes = $2 WHERE id = $1', [target.id, JSON.stringify(changes)]);
        await runner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
    };
    await tamper({ ...target.changes, name: { before: null, after: '改ざん' } });
    try {
      const broken = (await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json();
      expect(broken).toEqual({ ok: false, checked: 3, firstBrokenEventId: target.id });
      const all = (await client.get('/api/v1/audit-trail/verify')).json();
      expect(all.firstBrokenEventId).toBe(target.id);
    } finally {
      await tamper(target.changes);
    }
    expect((await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json().ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the table', async () => {
    const company = await f.company();
    const admin = await f.account(company.id, [{ role: 'admin' }]);
    await f.signIn(admin);
    await expect(
      f.db.query("UPDATE audit_events SET action = 'x' WHERE actor_account_id = $1", [admin.id]),
    ).rejects.toThrow(/append-only/);
    await expect(f.db.query('DELETE FROM audit_events WHERE actor_account_id = $1', [admin.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(f.db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('keeps one gap-free chain per company under concurrent writes', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.post(`/api/v1/companies/${company.id}/departments`, { name: `並行${i}`, code: `P${i}` }),
      ),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const seqs = (
      await f.db.query('SELECT seq FROM audit_events WHERE company_id = $1 ORDER BY seq', [company.id])
    ).map((r: { seq: string }) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect((await client.get(`/api/v1/audit-trail/verify?companyId=${company.id}`)).json().ok).toBe(true);
  });

  it('records refusals as events: 403 in the company, probes of another company in the group chain', async () => {
    const { client, company, account } = await f.signedIn('staff');
    const other = await f.company();
    const stranger = await f.person(other.id);
    expect((await client.post('/api/v1/people', { companyId: company.id })).statusCode).toBe(403);
    expect((await client.get(`/api/v1/people/${stranger.id}`)).statusCode).toBe(404);
    const [forbidden] = await f.auditEvents("actor_account_id = $1 AND action = 'access.denied' AND company_id = $2", [
      account.id,
      company.id,
    ]);
    expect(forbidden.details).toMatchObject({
      action: 'create',
      reason: 'forbidden',
      method: 'POST',
      route: '/api/v1/people',
    });
    const [probe] = await f.auditEvents("actor_account_id = $1 AND action = 'access.denied' AND company_id IS NULL", [
      account.id,
    ]);
    expect(probe).toMatchObject({
      entity_type: 'person',
      entity_id: stranger.id,
      details: expect.objectContaining({ reason: 'other_company' }),
    });
  });
});
