import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../../platform/access/access.service';
import { scopeIncludes, type Action } from '../../../platform/access/permissions';
import { AuditService } from '../../../platform/audit/audit.service';
import { actorOf, AuthContext } from '../../../platform/auth/auth-context';
import { Clock } from '../../../platform/auth/clock';
import { problems } from '../../../platform/errors/problem';
import { DEFAULT_LIMIT, Page } from '../../../platform/pagination/pagination';
import { findScoped } from '../scoped';
import {
  RosterErrorsQueryDto,
  RosterImportDto,
  RosterImportPreviewDto,
  RosterMappingBodyDto,
  RosterRowErrorDto,
  RosterUploadQueryDto,
} from './dto/roster-import.dto';
import { suggestMapping } from './header.rules';
import { analyseRoster, checkMapping, departmentLookup } from './roster-analysis';
import { readRosterFile, sampleRows } from './roster-file';
import { RosterImportError } from './roster-import-error.entity';
import { RosterImport } from './roster-import.entity';
import { rosterImportProblems } from './roster-import.errors';
import { toRosterImportDto, toRowErrorDto } from './roster-import.mapper';
import { loadDepartments, loadRoster, replaceRowErrors } from './roster-import.queries';
import { RosterImportRunner } from './roster-import.runner';
import { ROSTER_FIELDS, type RosterMapping } from './roster-mapping';
import { planRoster, tokyoDate } from './roster-plan';

/**
 * The staff-roster import: upload a CSV, map its columns, check the preview (every row error listed,
 * nothing written), then apply the valid rows in one transaction in the background.
 *
 * uploaded ──map──▶ mapped ──apply──▶ applying ──▶ applied
 *                    ▲  │                      └──▶ failed ──map / apply──▶ …
 *                    └──┘ (map again)
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly runner: RosterImportRunner,
  ) {}

  private async load(manager: EntityManager, auth: AuthContext, id: string, action: Action, lock = false) {
    const record = await findScoped(
      manager,
      RosterImport,
      id,
      this.access.scope(auth, 'roster_import', action),
      'companyId',
      lock,
    );
    if (!record) throw problems.notFound();
    return record;
  }

  async upload(
    auth: AuthContext,
    companyId: string,
    body: Buffer,
    query: RosterUploadQueryDto,
  ): Promise<RosterImportDto> {
    if (!scopeIncludes(this.access.scope(auth, 'roster_import', 'create'), companyId)) throw problems.notFound();
    const [company] = await this.dataSource.query('SELECT 1 FROM companies WHERE id = $1', [companyId]);
    if (!company) throw problems.notFound();
    if (!body.length) throw rosterImportProblems.fileEmpty();

    const file = readRosterFile(body, query.encoding ?? 'auto');
    const now = this.clock.now();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(RosterImport, {
        id,
        companyId,
        status: 'uploaded',
        encoding: file.encoding,
        mode: query.mode ?? 'partial',
        fileName: query.fileName?.trim() || null,
        byteSize: body.length,
        content: body,
        headers: file.headers,
        sampleRows: sampleRows(file),
        suggestedMapping: suggestMapping(file.headers),
        mapping: null,
        rowCount: file.rowCount,
        processed: 0,
        total: 0,
        createdAt: now,
        updatedAt: now,
        createdBy: auth.accountId,
        updatedBy: auth.accountId,
        version: 1,
      });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId,
        action: 'roster_import.uploaded',
        entityType: 'roster_import',
        entityId: id,
        details: {
          fileName: query.fileName?.trim() || null,
          byteSize: body.length,
          encoding: file.encoding,
          rowCount: file.rowCount,
          columns: file.headers.length,
        },
      });
      return toRosterImportDto(await manager.findOneByOrFail(RosterImport, { id }));
    });
  }

  async get(auth: AuthContext, id: string): Promise<RosterImportDto> {
    let record = await this.load(this.dataSource.manager, auth, id, 'read');
    if (record.status === 'applying' && (await this.runner.markIfAbandoned(record))) {
      record = await this.load(this.dataSource.manager, auth, id, 'read');
    }
    return toRosterImportDto(record);
  }

  async errors(auth: AuthContext, id: string, query: RosterErrorsQueryDto): Promise<Page<RosterRowErrorDto>> {
    await this.load(this.dataSource.manager, auth, id, 'read');
    return this.errorPage(this.dataSource.manager, id, query.limit ?? DEFAULT_LIMIT, query.offset ?? 0);
  }

  private async errorPage(manager: EntityManager, id: string, limit: number, offset: number) {
    const [{ total }] = await manager.query(
      'SELECT count(*)::int AS total FROM roster_import_errors WHERE import_id = $1',
      [id],
    );
    const rows = await manager.find(RosterImportError, {
      where: { importId: id },
      order: { seq: 'ASC' },
      take: limit,
      skip: offset,
    });
    return {
      items: rows.map(toRowErrorDto),
      total,
      // Paged by offset: the list does not change between pages, so no cursor is needed.
      nextCursor: null,
    };
  }

  /** Sets the mapping and mode, validates every row and returns the preview. Writes no person. */
  async map(
    auth: AuthContext,
    id: string,
    body: RosterMappingBodyDto,
    version?: number,
  ): Promise<RosterImportPreviewDto> {
    const mapping: RosterMapping = Object.fromEntries(
      ROSTER_FIELDS.filter((f) => body.mapping[f]).map((f) => [f, body.mapping[f]]),
    );
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, auth, id, 'update', true);
      if (record.status === 'applying') throw rosterImportProblems.busy();
      if (record.status === 'applied') throw rosterImportProblems.alreadyApplied();
      if (version !== undefined && version !== record.version) throw problems.staleVersion();
      const fieldErrors = checkMapping(mapping, record.headers);
      if (fieldErrors.length) throw problems.validation(fieldErrors);

      const [{ content }] = await manager.query('SELECT content FROM roster_imports WHERE id = $1', [id]);
      const file = readRosterFile(content as Buffer, record.encoding);
      const departments = departmentLookup(await loadDepartments(manager, record.companyId));
      const analysis = analyseRoster(file.records, file.headers, mapping, departments);
      const mode = body.mode ?? record.mode;
      const plan = planRoster(
        analysis,
        await loadRoster(manager, record.companyId),
        mode,
        tokyoDate(this.clock.now()),
        auth.personId,
      );
      await replaceRowErrors(manager, id, analysis.errors);

      const now = this.clock.now();
      const counts = {
        validCount: analysis.valid.length,
        errorCount: analysis.errorRowCount,
        toCreate: plan.creates.length,
        toUpdate: plan.updates.length,
        toLeave: plan.leavesByRow.length + plan.missing.length,
        unchanged: plan.unchanged,
      };
      await manager.update(
        RosterImport,
        { id },
        {
          status: 'mapped',
          mapping,
          mode,
          rowCount: analysis.rowCount,
          ...counts,
          failureCode: null,
          updatedAt: now,
          updatedBy: auth.accountId,
          version: record.version + 1,
        },
      );
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: record.companyId,
        action: 'roster_import.mapped',
        entityType: 'roster_import',
        entityId: id,
        details: { mode, mapping, ...counts, errorTotal: analysis.errors.length },
      });
      const updated = await manager.findOneByOrFail(RosterImport, { id });
      return { ...toRosterImportDto(updated), errors: await this.errorPage(manager, id, DEFAULT_LIMIT, 0) };
    });
  }

  /** Starts applying the checked preview; the work goes on in the background (202). */
  async apply(auth: AuthContext, id: string, version: number): Promise<RosterImportDto> {
    const started = await this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, auth, id, 'update', true);
      if (record.status === 'applying' || record.status === 'applied') throw rosterImportProblems.alreadyApplied();
      if (record.status === 'uploaded' || !record.mapping) throw rosterImportProblems.notMapped();
      if (record.version !== version) throw problems.staleVersion();
      const now = this.clock.now();
      await manager.update(
        RosterImport,
        { id },
        {
          status: 'applying',
          processed: 0,
          total: (record.validCount ?? 0) + (record.toLeave ?? 0),
          failureCode: null,
          applyStartedAt: now,
          heartbeatAt: now,
          finishedAt: null,
          updatedAt: now,
          updatedBy: auth.accountId,
          version: record.version + 1,
        },
      );
      return manager.findOneByOrFail(RosterImport, { id });
    });
    this.runner.start(started.id, auth);
    return toRosterImportDto(started);
  }

  /** Discards an import that is not being applied, with the file it holds. */
  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, auth, id, 'delete', true);
      if (record.status === 'applying') throw rosterImportProblems.busy();
      if (record.version !== version) throw problems.staleVersion();
      await manager.delete(RosterImport, { id });
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: record.companyId,
        action: 'roster_import.deleted',
        entityType: 'roster_import',
        entityId: id,
        details: { status: record.status, fileName: record.fileName, rowCount: record.rowCount },
      });
    });
  }
}
