import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { Auth, Permission, target } from '../src/platform/access/decorators';
import { UuidPipe } from '../src/platform/access/params';
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
