import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../src/platform/database/data-source';
import { addDays, tokyoDate } from '../src/platform/notifications/notification.rules';
import { Factory, TestAccount } from './support/factories';
import { TestSmtpServer, waitFor } from './support/smtp';

const BACKEND = join(__dirname, '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One real API process (`src/main.ts`, compiled on the fly) with the scheduler on. */
function startApi(databaseUrl: string, port: number, smtpUrl: string, attachmentsDir: string): ChildProcess {
  return spawn(process.execPath, ['-r', './test/support/swc-register.js', 'src/main.ts'], {
    cwd: BACKEND,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: smtpUrl,
      // Its own folder: the attachment sweep runs here against this database only.
      ATTACHMENTS_DIR: attachmentsDir,
      JOBS_ENABLED: 'true',
      JOBS_POLL_MS: '150',
      LOG_LEVEL: 'silent',
      OPENAPI_DOCS: 'false',
      WEB_DIST_DIR: BACKEND,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function ready(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`);
    return res.ok;
  } catch {
    return false;
  }
}

describe('scheduled jobs with two API processes on one database', () => {
  let db: DataSource;
  let smtp: TestSmtpServer;
  const children: ChildProcess[] = [];
  let f: Factory;
  let attachmentsDir: string;

  beforeAll(async () => {
    attachmentsDir = await mkdtemp(join(tmpdir(), 'mamori-two-attachments-'));
    jest.setTimeout(90_000);
    const base = process.env.MAMORI_TEST_DATABASE_URL!;
    const name = `mamori_two_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = await createDataSource({ url: base }).initialize();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.destroy();
    const url = new URL(base);
    url.pathname = `/${name}`;
    db = await createDataSource({ url: url.toString() }).initialize();
    await runMigrations(db);
    f = new Factory({ get: () => db } as never);
    smtp = await new TestSmtpServer().start();
    (globalThis as { twoProcessUrl?: string }).twoProcessUrl = url.toString();
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((resolve) => c.once('exit', resolve)) : undefined)),
    );
    await smtp.stop();
    await db.destroy();
    await rm(attachmentsDir, { recursive: true, force: true });
  }, 30_000);

  async function deadline(account: TestAccount, dueOn: string) {
    const id = randomUUID();
    await db.query(
      `INSERT INTO deadlines (id, company_id, source_type, source_id, assignee_account_id, title_ja, title_en, due_on, link, created_at, updated_at)
       VALUES ($1, $2, 'training.assignment', $3, $4, $5, $5, $6, NULL, now(), now())`,
      [id, account.companyId, randomUUID(), account.id, `期限${id.slice(0, 8)}`, dueOn],
    );
  }

  it('delivers each reminder exactly once', async () => {
    const today = tokyoDate(new Date());
    const company = await f.company();
    const people: TestAccount[] = [];
    for (let i = 0; i < 4; i++) people.push(await f.account(company.id, [{ role: 'staff' }]));
    // 4 people × 3 deadlines (due soon, due today, overdue) = 12 reminders.
    for (const p of people) {
      await deadline(p, addDays(today, 2));
      await deadline(p, today);
      await deadline(p, addDays(today, -1));
    }

    const url = (globalThis as { twoProcessUrl?: string }).twoProcessUrl!;
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(startApi(url, port, smtp.url, attachmentsDir));
    await waitFor(async () => (await ready(ports[0])) && (await ready(ports[1])), 40000);

    await waitFor(() => smtp.mails.length >= 12 || undefined, 20000);
    // Ask both processes to run the reminders again and again: they race for every run.
    for (let round = 0; round < 3; round++) {
      await db.query(
        "UPDATE job_states SET next_run_at = now() - interval '1 second' WHERE name LIKE 'notifications.%'",
      );
      await db.query("UPDATE job_states SET next_run_at = now() - interval '1 second' WHERE name = 'mail.deliver'");
      await new Promise((r) => setTimeout(r, 600));
    }
    await waitFor(async () => {
      const [{ n }] = await db.query("SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'sent'");
      return n === 0 || undefined;
    });

    const perPerson = people.map((p) => smtp.to(p.email).length);
    expect(perPerson).toEqual([3, 3, 3, 3]);
    expect(smtp.mails).toHaveLength(12);
    const subjects = smtp.mails.map((m) => m.subject);
    expect(new Set(subjects).size).toBe(12);
    expect(await f.count('notifications')).toBe(12);
    const jobs: { name: string; last_status: string; last_started_at: Date | null }[] = await db.query(
      'SELECT name, last_status, last_started_at FROM job_states ORDER BY name',
    );
    expect(jobs.map((j) => [j.name, j.last_status])).toEqual([
      ['attachments.sweep', 'succeeded'],
      ['incidents.clock_recipients', 'succeeded'],
      ['mail.deliver', 'succeeded'],
      ['notifications.digest', 'succeeded'],
      ['notifications.reminders', 'succeeded'],
      ['training.assignment_notices', 'succeeded'],
      ['training.roster_sync', 'succeeded'],
    ]);
  }, 90_000);
});
