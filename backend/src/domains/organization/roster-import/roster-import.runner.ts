import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditInput, AuditService } from '../../../platform/audit/audit.service';
import { diffSnapshots, type Changes, type Json } from '../../../platform/audit/canonical';
import { Actor, actorOf, AuthContext } from '../../../platform/auth/auth-context';
import { Clock } from '../../../platform/auth/clock';
import { SessionService } from '../../../platform/auth/sessions.service';
import { updateVersioned } from '../../../platform/database/versioned';
import { ProblemException } from '../../../platform/errors/problem';
import { Account } from '../account.entity';
import { auditSnapshot, toAccountDto } from '../mappers';
import { analyseRoster, departmentLookup } from './roster-analysis';
import { readRosterFile } from './roster-file';
import { RosterImport } from './roster-import.entity';
import { RosterImportHooks } from './roster-import.hooks';
import { loadDepartments, loadRoster } from './roster-import.queries';
import { planRoster, tokyoDate, type PersonValues, type PlannedChange } from './roster-plan';

/** Advisory lock namespace ("rost") serialising imports per company; the second key is hashtext(company id). */
const ROSTER_LOCK_NAMESPACE = 0x726f7374;
/** Rows per INSERT … SELECT FROM unnest(…) statement, and between two progress reports. */
const WRITE_BATCH = 5000;
/** An import whose worker has not reported for this long is considered interrupted. */
export const ABANDONED_AFTER_MS = 5 * 60 * 1000;

type EventInput = Omit<AuditInput, 'companyId'>;

interface Summary {
  created: number;
  updated: number;
  left: number;
  errors: number;
}

/** The snapshot's keys in code-unit order, as diffSnapshots lists changes. */
const SNAPSHOT_KEYS = [
  'active',
  'companyId',
  'departmentId',
  'email',
  'employeeNumber',
  'employmentType',
  'familyName',
  'familyNameKana',
  'givenName',
  'givenNameKana',
  'hireDate',
  'leaveDate',
] as const;

/**
 * `diffSnapshots(null, after)` for a new person, built directly (tens of thousands per import): every
 * field that has a value, from null to that value.
 */
export function creationChanges(after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of SNAPSHOT_KEYS) {
    const value = after[key] as Json | undefined;
    if (value !== null && value !== undefined) changes[key] = { before: null, after: value };
  }
  return changes;
}

function personSnapshot(companyId: string, v: PersonValues): Record<string, unknown> {
  return {
    companyId,
    employeeNumber: v.employeeNumber,
    familyName: v.familyName,
    givenName: v.givenName,
    familyNameKana: v.familyNameKana,
    givenNameKana: v.givenNameKana,
    email: v.email,
    departmentId: v.departmentId,
    employmentType: v.employmentType,
    hireDate: v.hireDate,
    leaveDate: v.leaveDate,
    active: v.active,
  };
}

/**
 * Applies an import in the background, in ONE transaction: upserts the valid rows by employee number,
 * marks leavers (full import), disables the leavers' accounts and ends their sessions, and writes the
 * audit events, all or nothing. Progress is written on the side (its own short statements) so that
 * `GET /roster-imports/:id` shows it while the transaction runs.
 */
@Injectable()
export class RosterImportRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RosterImport');
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly hooks: RosterImportHooks,
  ) {}

  start(importId: string, auth: AuthContext): void {
    const job = this.run(importId, actorOf(auth), auth.personId)
      .catch((error: unknown) => this.logger.error(`roster import ${importId}: ${errorCode(error)}`))
      .finally(() => this.running.delete(importId));
    this.running.set(importId, job);
  }

  /** Waits for the imports this process is applying (shutdown, tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Imports left `applying` by a process that stopped are marked failed when the app starts. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE roster_imports SET status = 'failed', failure_code = 'INTERRUPTED', finished_at = now(), version = version + 1
          WHERE status = 'applying' AND heartbeat_at < $1`,
        [new Date(this.clock.now().getTime() - ABANDONED_AFTER_MS)],
      );
    } catch (error) {
      this.logger.warn(`could not check for interrupted roster imports: ${errorCode(error)}`);
    }
  }

  /** Marks one import failed if no worker (here or elsewhere) has reported on it for a while. */
  async markIfAbandoned(record: RosterImport): Promise<boolean> {
    if (this.running.has(record.id)) return false;
    const cutoff = new Date(this.clock.now().getTime() - ABANDONED_AFTER_MS);
    if (record.heartbeatAt && record.heartbeatAt > cutoff) return false;
    const [, affected] = await this.dataSource.query(
      `UPDATE roster_imports SET status = 'failed', failure_code = 'INTERRUPTED', finished_at = now(), version = version + 1
        WHERE id = $1 AND status = 'applying' AND (heartbeat_at IS NULL OR heartbeat_at < $2)`,
      [record.id, cutoff],
    );
    return affected > 0;
  }

  private async progress(importId: string, processed: number, total: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE roster_imports SET processed = $2, total = $3, heartbeat_at = $4 WHERE id = $1',
      [importId, processed, total, this.clock.now()],
    );
  }

  private async run(importId: string, actor: Actor, personId: string): Promise<void> {
    const startedAt = Date.now();
    const record = await this.dataSource.manager.findOneByOrFail(RosterImport, { id: importId });
    let summary: Summary = { created: 0, updated: 0, left: 0, errors: record.errorCount ?? 0 };
    let failureCode: string | null = null;
    try {
      summary = await this.apply(record, actor, personId);
    } catch (error) {
      failureCode = error instanceof ProblemException ? error.code : 'APPLY_FAILED';
      this.logger.error(`roster import ${importId} failed: ${errorCode(error)}`);
      await this.dataSource
        .transaction(async (manager) => {
          const now = this.clock.now();
          await manager.update(
            RosterImport,
            { id: importId, status: 'applying' },
            { status: 'failed', failureCode, finishedAt: now, updatedAt: now, version: () => 'version + 1' },
          );
          await this.audit.append(manager, {
            actor,
            companyId: record.companyId,
            action: 'roster_import.failed',
            entityType: 'roster_import',
            entityId: importId,
            details: { failureCode },
          });
        })
        .catch((e: unknown) =>
          this.logger.error(`roster import ${importId}: could not record the failure: ${errorCode(e)}`),
        );
    }
    await this.hooks.finished({
      importId,
      companyId: record.companyId,
      status: failureCode ? 'failed' : 'applied',
      appliedBy: actor.accountId,
      ...summary,
      failureCode,
      durationMs: Date.now() - startedAt,
    });
  }

  private async apply(record: RosterImport, actor: Actor, personId: string): Promise<Summary> {
    const [{ content }] = await this.dataSource.query('SELECT content FROM roster_imports WHERE id = $1', [record.id]);
    const file = readRosterFile(content as Buffer, record.encoding);
    const companyId = record.companyId;

    return this.dataSource.transaction(async (manager) => {
      // One import at a time per company: the roster read below stays true until commit.
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROSTER_LOCK_NAMESPACE, companyId]);
      const now = this.clock.now();
      const today = tokyoDate(now);
      // Validated again inside the transaction: departments or people may have changed since the preview.
      const departments = departmentLookup(await loadDepartments(manager, companyId));
      const analysis = analyseRoster(file.records, file.headers, record.mapping ?? {}, departments);
      const plan = planRoster(analysis, await loadRoster(manager, companyId), record.mode, today, personId);

      const writes = [...plan.creates, ...plan.updates, ...plan.leavesByRow];
      const total = writes.length + plan.missing.length;
      let processed = 0;
      await this.progress(record.id, processed, total);

      const events: EventInput[] = [];
      const leaving = new Set(plan.leavesByRow.map((c) => c.values.employeeNumber));
      const leaverIds: string[] = [];
      let created = 0;
      let updated = 0;
      for (let start = 0; start < writes.length; start += WRITE_BATCH) {
        const batch = writes.slice(start, start + WRITE_BATCH);
        const written = upsertPeople(manager, companyId, batch, actor, now);
        // While PostgreSQL writes the batch, prepare its audit events.
        const prepared = new Map(
          batch.map((c) => {
            const after = personSnapshot(companyId, c.values);
            const changes = c.existing ? diffSnapshots(personSnapshot(companyId, c.existing), after) : null;
            return [c.values.employeeNumber, { change: c, after, changes }] as const;
          }),
        );
        for (const row of await written) {
          const { change, after, changes } = prepared.get(row.employee_number)!;
          if (row.inserted) created++;
          else if (leaving.has(row.employee_number)) leaverIds.push(row.id);
          else updated++;
          events.push({
            actor,
            action: row.inserted ? 'person.created' : 'person.updated',
            entityType: 'person',
            entityId: row.id,
            changes: row.inserted || !changes ? creationChanges(after) : changes,
            details: { rosterImportId: record.id, row: change.row },
          });
        }
        processed += batch.length;
        await this.progress(record.id, processed, total);
      }

      for (let start = 0; start < plan.missing.length; start += WRITE_BATCH) {
        const batch = plan.missing.slice(start, start + WRITE_BATCH);
        const marked = new Set(await markLeavers(manager, batch, actor, now));
        for (const { existing, values } of batch) {
          if (!marked.has(existing.id)) continue;
          leaverIds.push(existing.id);
          events.push({
            actor,
            action: 'person.updated',
            entityType: 'person',
            entityId: existing.id,
            changes: diffSnapshots(personSnapshot(companyId, existing), personSnapshot(companyId, values)),
            details: { rosterImportId: record.id, reason: 'missing_from_full_import' },
          });
        }
        processed += batch.length;
        await this.progress(record.id, processed, total);
      }

      events.push(...(await this.disableAccounts(manager, leaverIds, actor, now, record.id)));
      const summary: Summary = {
        created,
        updated,
        left: leaverIds.length,
        errors: analysis.errorRowCount,
      };
      events.push({
        actor,
        action: 'roster_import.applied',
        entityType: 'roster_import',
        entityId: record.id,
        details: {
          ...summary,
          mode: record.mode,
          rowCount: analysis.rowCount,
          unchanged: plan.unchanged,
          fileName: record.fileName,
        },
      });
      await this.audit.appendMany(manager, companyId, events);

      const finishedAt = this.clock.now();
      await manager.update(
        RosterImport,
        { id: record.id },
        {
          status: 'applied',
          processed: total,
          total,
          rowCount: analysis.rowCount,
          validCount: analysis.valid.length,
          errorCount: analysis.errorRowCount,
          unchanged: plan.unchanged,
          createdCount: summary.created,
          updatedCount: summary.updated,
          leftCount: summary.left,
          content: null,
          sampleRows: null,
          heartbeatAt: finishedAt,
          finishedAt,
          updatedAt: finishedAt,
          updatedBy: actor.accountId,
          version: () => 'version + 1',
        },
      );
      return summary;
    });
  }

  /**
   * Leavers' accounts are disabled and every session of theirs ends, as when an administrator
   * disables an account. The account applying the import is never disabled by it.
   */
  private async disableAccounts(
    manager: EntityManager,
    personIds: string[],
    actor: Actor,
    now: Date,
    importId: string,
  ): Promise<EventInput[]> {
    if (!personIds.length) return [];
    const accounts = await manager.find(Account, { where: { personId: In(personIds), disabled: false } });
    const events: EventInput[] = [];
    for (const account of accounts) {
      if (account.id === actor.accountId) continue;
      const before = auditSnapshot(toAccountDto(account, now));
      await updateVersioned(manager, Account, account.id, account.version, { disabled: true }, actor, now);
      const ended = await this.sessions.endAll(manager, account.id);
      events.push({
        actor,
        action: 'account.updated',
        entityType: 'account',
        entityId: account.id,
        changes: diffSnapshots(before, { ...before, disabled: true }),
        details: { reason: 'person_left', rosterImportId: importId, sessionsEnded: ended },
      });
    }
    return events;
  }
}

/** Inserts new people and changes existing ones by employee number; unchanged rows are not touched. */
async function upsertPeople(
  manager: EntityManager,
  companyId: string,
  batch: readonly PlannedChange[],
  actor: Actor,
  now: Date,
): Promise<{ id: string; employee_number: string; inserted: boolean }[]> {
  const rows = batch.map((c) => ({ ...c.values, id: c.existing?.id ?? randomUUID() }));
  // One JSON document per batch: PostgreSQL parses it far faster than the driver serialises arrays.
  return manager.query(
    `INSERT INTO people (id, company_id, employee_number, family_name, given_name, family_name_kana, given_name_kana, email,
                         department_id, employment_type, hire_date, leave_date, active, created_at, updated_at, created_by, updated_by, version)
     SELECT t.id, $1, t."employeeNumber", t."familyName", t."givenName", t."familyNameKana", t."givenNameKana", t.email,
            t."departmentId", t."employmentType", t."hireDate", t."leaveDate", t.active, $2, $2, $3, $3, 1
       FROM jsonb_to_recordset($4::jsonb)
         AS t(id uuid, "employeeNumber" varchar, "familyName" varchar, "givenName" varchar, "familyNameKana" varchar,
              "givenNameKana" varchar, email varchar, "departmentId" uuid, "employmentType" varchar, "hireDate" date,
              "leaveDate" date, active boolean)
     ON CONFLICT (company_id, employee_number) DO UPDATE SET
       family_name = EXCLUDED.family_name, given_name = EXCLUDED.given_name,
       family_name_kana = EXCLUDED.family_name_kana, given_name_kana = EXCLUDED.given_name_kana,
       email = EXCLUDED.email, department_id = EXCLUDED.department_id, employment_type = EXCLUDED.employment_type,
       hire_date = EXCLUDED.hire_date, leave_date = EXCLUDED.leave_date, active = EXCLUDED.active,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by, version = people.version + 1
     WHERE (people.family_name, people.given_name, people.family_name_kana, people.given_name_kana, people.email,
            people.department_id, people.employment_type, people.hire_date, people.leave_date, people.active)
       IS DISTINCT FROM
           (EXCLUDED.family_name, EXCLUDED.given_name, EXCLUDED.family_name_kana, EXCLUDED.given_name_kana, EXCLUDED.email,
            EXCLUDED.department_id, EXCLUDED.employment_type, EXCLUDED.hire_date, EXCLUDED.leave_date, EXCLUDED.active)
     RETURNING id, employee_number, (xmax = 0) AS inserted`,
    [companyId, now, actor.accountId, JSON.stringify(rows)],
  );
}

/** Full import: marks people missing from the file as leavers (never deletes them). Returns who was marked. */
async function markLeavers(
  manager: EntityManager,
  batch: readonly { existing: { id: string }; values: PersonValues }[],
  actor: Actor,
  now: Date,
): Promise<string[]> {
  const [rows] = (await manager.query(
    `UPDATE people p SET active = false, leave_date = t.leave_date, updated_at = $1, updated_by = $2, version = p.version + 1
       FROM unnest($3::uuid[], $4::date[]) AS t(id, leave_date)
      WHERE p.id = t.id AND p.active
      RETURNING p.id`,
    [now, actor.accountId, batch.map((b) => b.existing.id), batch.map((b) => b.values.leaveDate)],
  )) as [{ id: string }[], number];
  return rows.map((r) => r.id);
}

/** What a log line may say about a failure: its code, never its message (which can quote row values). */
function errorCode(error: unknown): string {
  if (error instanceof ProblemException) return error.code;
  const e = error as { code?: unknown; driverError?: { code?: unknown }; name?: unknown };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? `${String(e?.name ?? 'Error')} ${code}` : String(e?.name ?? 'Error');
}
