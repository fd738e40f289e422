import { Body, Controller, Delete, Get, HttpCode, Module, Param, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Auth, Permission, target } from '../src/platform/access/decorators';
import { UuidPipe } from '../src/platform/access/params';
import { AttachmentSweep, STORE_MARKER } from '../src/platform/attachments/attachment-sweep';
import { AttachmentsService } from '../src/platform/attachments/attachments.service';
import type { AuthContext } from '../src/platform/auth/auth-context';
import { RAW_UPLOAD_ROUTE } from '../src/platform/http/raw-upload';
import { createTestApp } from './support/app';
import { Factory } from './support/factories';
import { RAW_UPLOAD, SAMPLE_EXE, SAMPLE_PDF } from './support/files';

/**
 * A domain's use of the attachments piece, as a domain wires it: its own routes and permissions on the
 * owning record (here: a person), the service inside its transaction.
 */
@Controller('fixture/people/:id/attachments')
class FixtureAttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post()
  @RouteConfig(RAW_UPLOAD_ROUTE)
  @Permission('person', 'update', target.record('people'))
  upload(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Query('fileName') fileName: string | undefined,
    @Body() body: Buffer,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const [{ company_id: companyId }] = await manager.query('SELECT company_id FROM people WHERE id = $1', [id]);
      return this.attachments.store(manager, auth, {
        companyId,
        ownerType: 'fixture_person',
        ownerId: id,
        fileName,
        body,
      });
    });
  }

  @Get()
  @Permission('person', 'read', target.record('people'))
  list(@Param('id', UuidPipe) id: string) {
    return this.attachments.list(this.dataSource.manager, 'fixture_person', id);
  }

  @Get(':attachmentId')
  @Permission('person', 'read', target.record('people'))
  async download(@Param('id', UuidPipe) id: string, @Param('attachmentId', UuidPipe) attachmentId: string) {
    const attachment = await this.attachments.get(this.dataSource.manager, 'fixture_person', id, attachmentId);
    return this.attachments.file(attachment);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Permission('person', 'update', target.record('people'))
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Param('attachmentId', UuidPipe) attachmentId: string,
  ) {
    await this.dataSource.transaction(async (manager) =>
      this.attachments.remove(manager, auth, await this.attachments.get(manager, 'fixture_person', id, attachmentId)),
    );
  }
}

@Module({ controllers: [FixtureAttachmentsController] })
class FixtureModule {}

describe('attachments (platform)', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp({ imports: [FixtureModule] });
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores a PDF under its SHA-256, audits it, and serves it only as a download', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const person = await f.person(company.id);
    const name = encodeURIComponent('委託契約書.pdf');
    const res = await client.post(
      `/api/v1/fixture/people/${person.id}/attachments?fileName=${name}`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    expect(res.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(SAMPLE_PDF).digest('hex');
    expect(res.json()).toMatchObject({
      companyId: company.id,
      ownerType: 'fixture_person',
      ownerId: person.id,
      fileName: '委託契約書.pdf',
      contentType: 'application/pdf',
      sizeBytes: SAMPLE_PDF.length,
      sha256,
    });
    expect(existsSync(join(process.env.MAMORI_TEST_ATTACHMENTS_DIR ?? '', sha256.slice(0, 2), sha256))).toBe(true);
    const [event] = await f.auditEvents('entity_id = $1', [res.json().id]);
    expect(event).toMatchObject({ action: 'attachment.created', company_id: company.id });
    expect(event.details).toMatchObject({ sha256, contentType: 'application/pdf' });

    const download = await client.get(`/api/v1/fixture/people/${person.id}/attachments/${res.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('委託契約書.pdf')}`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const list = await client.get(`/api/v1/fixture/people/${person.id}/attachments`);
    expect(list.json().map((a: { id: string }) => a.id)).toEqual([res.json().id]);
  });

  it('decides the type by content: an .exe renamed to .pdf is 415 FILE_TYPE_NOT_ALLOWED and nothing is kept', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const person = await f.person(company.id);
    const res = await client.post(`/api/v1/fixture/people/${person.id}/attachments?fileName=invoice.pdf`, SAMPLE_EXE, {
      headers: { 'content-type': 'application/pdf' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const sha256 = createHash('sha256').update(SAMPLE_EXE).digest('hex');
    expect(existsSync(join(process.env.MAMORI_TEST_ATTACHMENTS_DIR ?? '', sha256.slice(0, 2), sha256))).toBe(false);
    expect(await f.count('attachments', 'owner_id = $1', [person.id])).toBe(0);
  });

  it('refuses an empty body (400) and a file over 20 MiB (413)', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const person = await f.person(company.id);
    const empty = await client.post(`/api/v1/fixture/people/${person.id}/attachments`, Buffer.alloc(0), RAW_UPLOAD);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('FILE_EMPTY');
    const big = await client.post(
      `/api/v1/fixture/people/${person.id}/attachments`,
      Buffer.concat([SAMPLE_PDF, Buffer.alloc(20 * 1024 * 1024)]),
      RAW_UPLOAD,
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(await f.count('attachments', 'owner_id = $1', [person.id])).toBe(0);
  });

  it("hides another company's attachment (404) and needs the owning record's permission", async () => {
    const owner = await f.signedIn('pms_manager');
    const person = await f.person(owner.company.id);
    const created = await owner.client.post(
      `/api/v1/fixture/people/${person.id}/attachments?fileName=a.pdf`,
      SAMPLE_PDF,
      RAW_UPLOAD,
    );
    const other = await f.signedIn('pms_manager');
    const res = await other.client.get(`/api/v1/fixture/people/${person.id}/attachments/${created.json().id}`);
    expect(res.statusCode).toBe(404);
    const staffAccount = await f.account(owner.company.id, [{ role: 'staff', companyId: owner.company.id }]);
    const staff = await f.signIn(staffAccount);
    const upload = await staff.post(`/api/v1/fixture/people/${person.id}/attachments`, SAMPLE_PDF, RAW_UPLOAD);
    expect(upload.statusCode).toBe(403);
  });
});

describe('attachments: the sweep of unreferenced contents', () => {
  let app: NestFastifyApplication;
  let f: Factory;
  let dir: string;
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);
  const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex');
  /** A PDF no other test uploads. */
  const uniquePdf = () => Buffer.concat([SAMPLE_PDF, Buffer.from(`\n% ${randomUUID()}\n`)]);
  const hours = (n: number) => new Date(Date.now() + n * 3600_000);
  const sweep = (at: Date) => app.get(AttachmentSweep).sweep(at);

  beforeAll(async () => {
    // Its own folder, so that what is swept here is only what these tests put there.
    dir = await mkdtemp(join(tmpdir(), 'mamori-sweep-'));
    app = await createTestApp({ imports: [FixtureModule], env: { ATTACHMENTS_DIR: dir } });
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Bytes in the folder that no row refers to, as an upload whose transaction rolled back leaves them. */
  async function orphan(body: Buffer = randomBytes(64)): Promise<string> {
    const sha256 = sha(body);
    await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
    await writeFile(pathOf(sha256), body);
    return sha256;
  }

  it('deletes the bytes nothing has referred to for a day, keeps every referenced file, and is audited', async () => {
    const { client, company } = await f.signedIn('pms_manager');
    const person = await f.person(company.id);
    const upload = async (body: Buffer) => {
      const res = await client.post(`/api/v1/fixture/people/${person.id}/attachments?fileName=a.pdf`, body, RAW_UPLOAD);
      expect(res.statusCode).toBe(201);
      return res.json() as { id: string; sha256: string; sizeBytes: number };
    };
    const remove = async (id: string) =>
      expect((await client.delete(`/api/v1/fixture/people/${person.id}/attachments/${id}`)).statusCode).toBe(204);
    const kept = await upload(uniquePdf());
    const removedBody = uniquePdf();
    const removed = await upload(removedBody);
    const reattachedBody = uniquePdf();
    const reattached = await upload(reattachedBody);
    // The same content twice: removing one row must not take the other's file.
    const shared = uniquePdf();
    const sharedA = await upload(shared);
    const sharedB = await upload(shared);
    for (const id of [removed.id, reattached.id, sharedA.id]) await remove(id);
    const rolledBack = await orphan();
    // Left-overs of interrupted writes: removed once an hour old, not before (a write may be under way).
    const staleTemporary = join(dir, kept.sha256.slice(0, 2), `${kept.sha256}.${randomUUID()}.tmp`);
    const freshTemporary = join(dir, kept.sha256.slice(0, 2), `${kept.sha256}.${randomUUID()}.tmp`);
    await writeFile(staleTemporary, 'partial');
    await writeFile(freshTemporary, 'partial');
    await utimes(staleTemporary, hours(-2), hours(-2));
    // Names the store never writes are not its to delete.
    await writeFile(join(dir, kept.sha256.slice(0, 2), 'README.txt'), 'kept by hand');

    // First run (the job, now): the unreferenced contents start their day; nothing of them is deleted.
    const admin = await f.signedIn('admin', { group: true });
    const run = await admin.client.post('/api/v1/admin/jobs/attachments.sweep/run');
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({
      name: 'attachments.sweep',
      lastStatus: 'succeeded',
      lastResult: { checked: 5, removed: 0, removedBytes: 0, pending: 3, temporaryRemoved: 1 },
    });
    for (const sha256 of [removed.sha256, reattached.sha256, rolledBack]) expect(existsSync(pathOf(sha256))).toBe(true);
    expect(existsSync(staleTemporary)).toBe(false);
    expect(existsSync(freshTemporary)).toBe(true);

    // Attached again within the day: referenced again, so no longer due.
    await upload(reattachedBody);

    // A day later.
    const later = await sweep(hours(25));
    expect(later).toEqual({
      checked: 5,
      removed: 2,
      removedBytes: removed.sizeBytes + 64,
      pending: 0,
      temporaryRemoved: 1,
    });
    expect(existsSync(pathOf(removed.sha256))).toBe(false);
    expect(existsSync(pathOf(rolledBack))).toBe(false);
    expect(existsSync(freshTemporary)).toBe(false);
    for (const sha256 of [kept.sha256, sharedB.sha256, reattached.sha256])
      expect(existsSync(pathOf(sha256))).toBe(true);
    expect(existsSync(join(dir, kept.sha256.slice(0, 2), 'README.txt'))).toBe(true);
    for (const id of [kept.id, sharedB.id]) {
      expect((await client.get(`/api/v1/fixture/people/${person.id}/attachments/${id}`)).statusCode).toBe(200);
    }
    const events = await f.auditEvents("action = 'attachment.swept' AND occurred_at > $1", [hours(-0.1)]);
    expect(events.map((e: { details: unknown }) => e.details)).toEqual(
      expect.arrayContaining([
        { checked: 5, removed: 0, removedBytes: 0, pending: 3, temporaryRemoved: 1 },
        { checked: 5, removed: 2, removedBytes: removed.sizeBytes + 64, pending: 0, temporaryRemoved: 1 },
      ]),
    );
    expect(events.at(-1)).toMatchObject({ company_id: null, actor_account_id: null });

    // Nothing left to do: the next run deletes nothing and records nothing.
    const count = events.length;
    expect(await sweep(hours(50))).toEqual({
      checked: 3,
      removed: 0,
      removedBytes: 0,
      pending: 0,
      temporaryRemoved: 0,
    });
    expect(await f.auditEvents("action = 'attachment.swept' AND occurred_at > $1", [hours(-0.1)])).toHaveLength(count);
  });

  it('waits for an upload whose transaction is still open, then keeps its file', async () => {
    const { account, company } = await f.signedIn('pms_manager');
    const person = await f.person(company.id);
    // Bytes unreferenced for over a day, uploaded again right now: the case the lock is for.
    const body = uniquePdf();
    await orphan(body);
    expect(await sweep(hours(-25))).toMatchObject({ removed: 0, pending: 1 });
    const db = app.get(DataSource);
    const upload = db.createQueryRunner();
    await upload.connect();
    await upload.startTransaction();
    try {
      const auth = { accountId: account.id, requestId: 'sweep-test' } as AuthContext;
      await app.get(AttachmentsService).store(upload.manager, auth, {
        companyId: company.id,
        ownerType: 'fixture_person',
        ownerId: person.id,
        fileName: 'again.pdf',
        body,
      });
      // The row is not committed yet: without the lock the sweep would find the content unreferenced.
      const sweeping = sweep(new Date());
      const waiting = async () => {
        const [{ n }] = await db.query(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1",
          [0x61747463],
        );
        return n as number;
      };
      for (let i = 0; i < 200 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(await waiting()).toBe(1);
      await upload.commitTransaction();
      expect(await sweeping).toMatchObject({ removed: 0, pending: 0 });
    } finally {
      if (upload.isTransactionActive) await upload.rollbackTransaction();
      await upload.release();
    }
    expect(existsSync(pathOf(sha(body)))).toBe(true);
  });

  it('deletes nothing in a folder another database has claimed, and says so on the jobs page', async () => {
    const sha256 = await orphan();
    const marker = join(dir, STORE_MARKER);
    const own = await readFile(marker, 'utf8');
    await writeFile(marker, '7000000000000000000/another_database\n');
    try {
      const admin = await f.signedIn('admin', { group: true });
      const run = await admin.client.post('/api/v1/admin/jobs/attachments.sweep/run');
      expect(run.statusCode).toBe(200);
      expect(run.json().lastStatus).toBe('failed');
      expect(run.json().lastError).toContain(
        'ATTACHMENTS_DIR belongs to database 7000000000000000000/another_database',
      );
      expect(await sweep(hours(100)).catch((e: Error) => e.message)).toContain('nothing was deleted');
      expect(existsSync(pathOf(sha256))).toBe(true);
    } finally {
      await writeFile(marker, own);
    }
    expect(await sweep(new Date())).toMatchObject({ removed: 0, pending: 1 });
    expect(await sweep(hours(25))).toMatchObject({ removed: 1, pending: 0 });
    expect(existsSync(pathOf(sha256))).toBe(false);
  });
});
