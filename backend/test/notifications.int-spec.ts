import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Clock } from '../src/platform/auth/clock';
import { tokyoDate, addDays } from '../src/platform/notifications/notification.rules';
import { createTestApp } from './support/app';
import { Client, Factory, TestAccount } from './support/factories';
import { BrokenSmtpServer, TestSmtpServer } from './support/smtp';

describe('notifications, mail and the calendar feed', () => {
  let smtp: TestSmtpServer;
  let app: NestFastifyApplication;
  let f: Factory;
  let admin: Client;

  beforeAll(async () => {
    smtp = await new TestSmtpServer().start();
    app = await createTestApp({
      databaseUrl: process.env.MAMORI_JOBS_DATABASE_URL,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://mamori.example.jp' },
    });
    f = new Factory(app);
    admin = (await f.signedIn('admin', { group: true })).client;
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  async function deadline(account: TestAccount, dueOn: string, title = `教育${randomUUID().slice(0, 6)}`) {
    const id = randomUUID();
    await f.db.query(
      `INSERT INTO deadlines (id, company_id, source_type, source_id, assignee_account_id, title_ja, title_en, due_on, link, created_at, updated_at)
       VALUES ($1, $2, 'training.assignment', $3, $4, $5, $6, $7, $8, now(), now())`,
      [id, account.companyId, randomUUID(), account.id, title, `EN ${title}`, dueOn, `/training/assignments/${id}`],
    );
    return { id, title };
  }

  const runJob = async (name: string) => {
    const res = await admin.post(`/api/v1/admin/jobs/${name}/run`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const today = () => tokyoDate(app.get(Clock).now());

  it('sends each reminder once, in the recipient language, to the recipient only', async () => {
    const company = await f.company();
    const ja = await f.account(company.id, [{ role: 'staff' }]);
    const en = await f.account(company.id, [{ role: 'staff' }]);
    await f.db.query("UPDATE accounts SET language = 'en' WHERE id = $1", [en.id]);
    const dueToday = await deadline(ja, today());
    const soon = await deadline(en, addDays(today(), 3));
    await deadline(ja, addDays(today(), 30)); // outside the window: nothing yet

    const job = await runJob('notifications.reminders');
    expect(job).toMatchObject({ name: 'notifications.reminders', lastStatus: 'succeeded', failures: 0 });
    expect(job.lastResult.created).toBeGreaterThanOrEqual(2);
    await runJob('mail.deliver');

    const jaMails = smtp.to(ja.email);
    expect(jaMails).toHaveLength(1);
    expect(jaMails[0].subject).toBe(`【Mamori】本日が期限です: ${dueToday.title}`);
    expect(jaMails[0].language).toBe('ja');
    expect(jaMails[0].raw).toContain('text/plain');
    expect(jaMails[0].raw).toContain('text/html');
    const enMails = smtp.to(en.email);
    expect(enMails).toHaveLength(1);
    expect(enMails[0].subject).toBe(`[Mamori] Due soon: EN ${soon.title}`);
    expect(enMails[0].language).toBe('en');
    expect(enMails[0].to).toEqual([en.email]);

    // Running the jobs again sends nothing new: the dedupe key is unique.
    await runJob('notifications.reminders');
    await runJob('mail.deliver');
    expect(smtp.to(ja.email)).toHaveLength(1);
    expect(await f.count('notifications', 'recipient_account_id = $1', [ja.id])).toBe(1);

    // In-app: the bell and the list, linking to the record.
    const client = await f.signIn(ja);
    expect((await client.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
    const list = (await client.get('/api/v1/notifications?limit=10')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      eventType: 'due_today',
      link: `/training/assignments/${dueToday.id}`,
      readAt: null,
      params: { titleJa: dueToday.title, dueOn: today() },
    });
  });

  it('scopes notifications to their recipient: another user’s answers 404', async () => {
    const company = await f.company();
    const owner = await f.account(company.id, [{ role: 'staff' }]);
    const other = await f.account(company.id, [{ role: 'pms_manager' }]);
    await deadline(owner, addDays(today(), -2));
    await runJob('notifications.reminders');
    const ownerClient = await f.signIn(owner);
    const otherClient = await f.signIn(other);
    const [item] = (await ownerClient.get('/api/v1/notifications')).json().items;
    expect(item.eventType).toBe('overdue');

    expect((await otherClient.get('/api/v1/notifications')).json().total).toBe(0);
    const refused = await otherClient.post(`/api/v1/notifications/${item.id}/read`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('NOT_FOUND');
    expect((await otherClient.post(`/api/v1/notifications/not-a-uuid/read`)).statusCode).toBe(400);

    const read = await ownerClient.post(`/api/v1/notifications/${item.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await ownerClient.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await f.auditEvents("action = 'notification.read' AND entity_id = $1", [item.id])).length).toBe(1);
  });

  it('marks all read', async () => {
    const { account, client } = await f.signedIn('staff');
    await deadline(account, today());
    await deadline(account, addDays(today(), 1));
    await runJob('notifications.reminders');
    expect((await client.get('/api/v1/notifications?unread=true')).json().total).toBe(2);
    expect((await client.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await client.get('/api/v1/notifications?unread=true')).json().total).toBe(0);
    expect((await client.get('/api/v1/notifications')).json().total).toBe(2);
  });

  it('holds mail for the daily digest when the recipient prefers it', async () => {
    const { account, client } = await f.signedIn('staff');
    const prefs = await client.request('PUT', '/api/v1/me/notification-preferences', {
      payload: { items: [{ eventType: 'due_today', delivery: 'digest' }] },
    });
    expect(prefs.statusCode).toBe(200);
    expect(prefs.json().items).toContainEqual({ eventType: 'due_today', delivery: 'digest' });
    expect(prefs.json().items).toContainEqual({ eventType: 'overdue', delivery: 'immediate' });
    const bad = await client.request('PUT', '/api/v1/me/notification-preferences', {
      payload: { items: [{ eventType: 'whenever', delivery: 'hourly' }] },
    });
    expect(bad.statusCode).toBe(400);

    const a = await deadline(account, today());
    const b = await deadline(account, addDays(today(), -1));
    await runJob('notifications.reminders');
    await runJob('mail.deliver');
    // The overdue one goes at once; the due-today one waits for the digest.
    expect(smtp.to(account.email).map((m) => m.subject)).toEqual([`【Mamori】期限を過ぎています: ${b.title}`]);

    await runJob('notifications.digest');
    await runJob('mail.deliver');
    const digest = smtp.to(account.email).filter((m) => m.subject.includes('本日のお知らせ'));
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe('【Mamori】本日のお知らせ（1件）');
    await runJob('notifications.digest');
    await runJob('mail.deliver');
    expect(smtp.to(account.email)).toHaveLength(2);
    expect(a.id).toBeDefined();
  });

  it('tells the administrators when an account is locked out', async () => {
    const company = await f.company();
    const companyAdmin = await f.account(company.id, [{ role: 'admin' }]);
    const victim = await f.account(company.id, [{ role: 'staff' }]);
    const browser = new Client(app);
    await browser.get('/api/v1/auth/csrf');
    for (let i = 0; i < 10; i++)
      await browser.post('/api/v1/auth/login', { email: victim.email, password: 'wrong guess' });
    const rows = await f.db.query(
      'SELECT event_type, link, params FROM notifications WHERE recipient_account_id = $1',
      [companyAdmin.id],
    );
    expect(rows).toEqual([
      { event_type: 'account_locked', link: `/admin/accounts/${victim.id}`, params: { until: expect.any(String) } },
    ]);
    expect(await f.count('notifications', 'recipient_account_id = $1', [victim.id])).toBe(0);
    await runJob('mail.deliver');
    const [mail] = smtp.to(companyAdmin.email);
    expect(mail.subject).toBe('【Mamori】アカウントがロックされました');
    expect(mail.raw).not.toContain(victim.email);
  });

  it('serves a private, revocable calendar feed', async () => {
    const { account, client } = await f.signedIn('staff');
    const due = await deadline(account, addDays(today(), 10), '委託先監査; 年次, 第1回');
    expect((await client.get('/api/v1/me/calendar')).json()).toMatchObject({ active: false });

    const made = await client.post('/api/v1/me/calendar');
    expect(made.statusCode).toBe(201);
    const url: string = made.json().url;
    expect(url).toMatch(/^https:\/\/mamori\.example\.jp\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = url.replace('https://mamori.example.jp', '');
    const token = path.split('/').pop()!.replace('.ics', '');
    expect(await f.count('calendar_tokens', 'token_hash = $1', [token])).toBe(0);

    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('BEGIN:VCALENDAR\r\n');
    expect(feed.body).toContain(`UID:${due.id}@mamori.example.jp`);
    expect(feed.body).toContain('SUMMARY:期限: 委託先監査\\; 年次\\, 第1回');
    expect(feed.body).toContain(`DTSTART;VALUE=DATE:${addDays(today(), 10).replace(/-/g, '')}`);
    expect((await client.get('/api/v1/me/calendar')).json()).toMatchObject({ active: true });

    // A new URL ends the old one; revoking ends the new one; expired and malformed tokens are 404 too.
    const second = (await client.post('/api/v1/me/calendar')).json().url.replace('https://mamori.example.jp', '');
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: second })).statusCode).toBe(200);
    expect((await client.delete('/api/v1/me/calendar')).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: second })).statusCode).toBe(404);

    const third = (await client.post('/api/v1/me/calendar')).json().url.replace('https://mamori.example.jp', '');
    await f.db.query("UPDATE calendar_tokens SET expires_at = now() - interval '1 minute' WHERE account_id = $1", [
      account.id,
    ]);
    const expired = await app.inject({ method: 'GET', url: third });
    expect(expired.statusCode).toBe(404);
    expect(expired.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject({ method: 'GET', url: '/api/v1/calendar/nothing.ics' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/v1/calendar/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
  });

  it('keeps mail in the outbox while the SMTP server refuses or times out, and sends it once it answers', async () => {
    const company = await f.company();
    const account = await f.account(company.id, [{ role: 'staff' }]);
    await deadline(account, today());
    await runJob('notifications.reminders');
    const [{ id: mailId }] = await f.db.query('SELECT id FROM mail_outbox WHERE recipient_account_id = $1', [
      account.id,
    ]);

    for (const mode of ['refuse', 'silent'] as const) {
      const broken = await new BrokenSmtpServer(mode).start();
      const brokenApp = await createTestApp({
        databaseUrl: process.env.MAMORI_JOBS_DATABASE_URL,
        env: { SMTP_URL: broken.url, SMTP_TIMEOUT_MS: '1000' },
      });
      try {
        await f.db.query("UPDATE mail_outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1", [
          mailId,
        ]);
        const bf = new Factory(brokenApp);
        const brokenAdmin = (await bf.signedIn('admin', { group: true })).client;
        // Other mails of the shared database may go first; the failing server stops each run at the first one.
        const attempts = async () =>
          (await f.db.query('SELECT attempts FROM mail_outbox WHERE id = $1', [mailId]))[0].attempts;
        const before = await attempts();
        for (let i = 0; i < 5; i++) {
          if ((await attempts()) > before) break;
          const run = await brokenAdmin.post('/api/v1/admin/jobs/mail.deliver/run');
          expect(run.statusCode).toBe(200);
        }
        const detail = (await brokenAdmin.get(`/api/v1/admin/mail-outbox/${mailId}`)).json();
        expect(detail).toMatchObject({ status: 'retrying', to: account.email });
        expect(detail.lastError).toEqual(expect.any(String));
        expect(detail.text).toContain('期限は本日');
        expect(new Date(detail.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());
        // Nothing else breaks: the API still answers.
        expect((await brokenAdmin.get('/api/v1/notifications/unread-count')).statusCode).toBe(200);
        const summary = (await brokenAdmin.get('/api/v1/admin/mail-outbox/summary')).json();
        expect(summary.smtpConfigured).toBe(true);
        expect(summary.counts.retrying).toBeGreaterThanOrEqual(1);
      } finally {
        await brokenApp.close();
        await broken.stop();
      }
    }
    const [row] = await f.db.query('SELECT attempts FROM mail_outbox WHERE id = $1', [mailId]);
    expect(row.attempts).toBe(2);

    // The administrator sends it again; the working server receives it exactly once.
    const retried = await admin.post(`/api/v1/admin/mail-outbox/${mailId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    await runJob('mail.deliver');
    expect(smtp.to(account.email)).toHaveLength(1);
    expect((await admin.get(`/api/v1/admin/mail-outbox/${mailId}`)).json()).toMatchObject({ status: 'sent' });
    const again = await admin.post(`/api/v1/admin/mail-outbox/${mailId}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MAIL_NOT_RETRYABLE');
    const list = (await admin.get('/api/v1/admin/mail-outbox?status=sent&limit=5')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((m: { status: string }) => m.status === 'sent')).toBe(true);
  });

  it('lists the jobs with their last and next run, and refuses what an administrator may not do', async () => {
    const list = await admin.get('/api/v1/admin/jobs');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((j: { name: string }) => j.name)).toEqual([
      'attachments.sweep',
      'incidents.clock_recipients',
      'mail.deliver',
      'notifications.digest',
      'notifications.reminders',
      'training.assignment_notices',
      'training.roster_sync',
    ]);
    expect((await admin.post('/api/v1/admin/jobs/nope/run')).statusCode).toBe(404);
    const companyAdmin = (await f.signedIn('admin')).client;
    expect((await companyAdmin.get('/api/v1/admin/jobs')).statusCode).toBe(403);
    expect((await companyAdmin.get('/api/v1/admin/mail-outbox')).statusCode).toBe(403);
    const staff = (await f.signedIn('staff', { group: true })).client;
    expect((await staff.post('/api/v1/admin/jobs/mail.deliver/run')).statusCode).toBe(403);
  });
});
