import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditInput, AuditService, joinPrepared, PreparedEvents } from '../../../platform/audit/audit.service';
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
/** Rows per INSERT … SELECT FROM jsonb_to_recordset(…) statement, and between two progress reports. */
const WRITE_BATCH = 5000;
/** Audit events prepared between two looks at the event loop. */
const PREPARE_SLICE = 500;
/** From this many writes on, trigram index entries are queued and merged after commit. */
const BULK_ROWS = 1000;
/** The trigram index of the people search (hand-written migration AuditTrailAppendOnlyAndPeopleSearch). */
const PEOPLE_SEARCH_INDEX = 'ix_people_search_trgm';

/** [from, to) ranges of WRITE_BATCH items covering `length` items. */
function chunks(length: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < length; from += WRITE_BATCH) out.push([from, Math.min(length, from + WRITE_BATCH)]);
  return out;
}

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
      if (summary.created + summary.updated + summary.left >= BULK_ROWS) await this.cleanSearchIndex();
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
      const ids = writes.map((c) => c.existing?.id ?? randomUUID());
      const total = writes.length + plan.missing.length;
      await this.progress(record.id, 0, total);
      if (total >= BULK_ROWS) {
        // Trigram entries of a bulk load queue in the index's pending list; cleaned up after commit.
        await manager.query("SET LOCAL gin_pending_list_limit = '64MB'");
      }

      // The writes run one after the other on the transaction's connection, each started as soon as
      // the previous one is done, while this process prepares the audit events below.
      let queue: Promise<unknown> = Promise.resolve();
      const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
        const next = queue.then(work);
        queue = next.catch(() => undefined);
        return next;
      };
      const upserts = chunks(writes.length).map(([from, to]) =>
        enqueue(() => upsertPeople(manager, companyId, writes.slice(from, to), ids.slice(from, to), actor, now)),
      );
      const leavers = chunks(plan.missing.length).map(([from, to]) =>
        enqueue(() => markLeavers(manager, plan.missing.slice(from, to), actor, now)),
      );
      [...upserts, ...leavers].forEach((p) => p.catch(() => undefined));

      const leaving = new Set(plan.leavesByRow.map((c) => c.values.employeeNumber));
      const personEvent = (change: PlannedChange, id: string, inserted: boolean): EventInput => {
        const after = personSnapshot(companyId, change.values);
        return {
          actor,
          action: inserted ? 'person.created' : 'person.updated',
          entityType: 'person',
          entityId: id,
          changes:
            inserted || !change.existing
              ? creationChanges(after)
              : diffSnapshots(personSnapshot(companyId, change.existing), after),
          details: { rosterImportId: record.id, row: change.row },
        };
      };
      const leaverEvent = ({ existing, values }: (typeof plan.missing)[number]): EventInput => ({
        actor,
        action: 'person.updated',
        entityType: 'person',
        entityId: existing.id,
        changes: diffSnapshots(personSnapshot(companyId, existing), personSnapshot(companyId, values)),
        details: { rosterImportId: record.id, reason: 'missing_from_full_import' },
      });
      const planned = [...writes.map((c, i) => personEvent(c, ids[i], !c.existing)), ...plan.missing.map(leaverEvent)];
      let prepared = await this.prepareInSlices(companyId, planned);

      // What PostgreSQL actually did. Another writer may have added or changed a person since the
      // roster was read: such rows get the event of what really happened.
      let created = 0;
      let updated = 0;
      let processed = 0;
      const leaverIds: string[] = [];
      const actual: (EventInput | null)[] = [...planned];
      let asPlanned = true;
      for (const [k, [from, to]] of chunks(writes.length).entries()) {
        const returned = new Map((await upserts[k]).map((r) => [r.employee_number, r]));
        for (let i = from; i < to; i++) {
          const change = writes[i];
          const row = returned.get(change.values.employeeNumber);
          if (!row) {
            actual[i] = null;
            asPlanned = false;
            continue;
          }
          if (row.inserted) created++;
          else if (leaving.has(row.employee_number)) leaverIds.push(row.id);
          else updated++;
          if (row.id !== ids[i] || row.inserted === !!change.existing) {
            actual[i] = personEvent(change, row.id, row.inserted);
            asPlanned = false;
          }
        }
        processed += to - from;
        await this.progress(record.id, processed, total);
      }
      for (const [k, [from, to]] of chunks(plan.missing.length).entries()) {
        const marked = new Set(await leavers[k]);
        for (let i = from; i < to; i++) {
          if (marked.has(plan.missing[i].existing.id)) leaverIds.push(plan.missing[i].existing.id);
          else {
            actual[writes.length + i] = null;
            asPlanned = false;
          }
        }
        processed += to - from;
        await this.progress(record.id, processed, total);
      }
      if (!asPlanned)
        prepared = this.audit.prepareMany(
          companyId,
          actual.filter((e): e is EventInput => !!e),
        );

      const summary: Summary = { created, updated, left: leaverIds.length, errors: analysis.errorRowCount };
      const closing = [
        ...(await this.disableAccounts(manager, leaverIds, actor, now, record.id)),
        {
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
        },
      ];
      await this.audit.appendPrepared(manager, joinPrepared(prepared, this.audit.prepareMany(companyId, closing)));

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
   * Prepares audit events a slice at a time, letting the event loop run in between so that the next
   * queued write starts as soon as the previous one has finished.
   */
  private async prepareInSlices(companyId: string, inputs: readonly EventInput[]): Promise<PreparedEvents> {
    const parts: PreparedEvents[] = [];
    for (let from = 0; from < inputs.length; from += PREPARE_SLICE) {
      parts.push(this.audit.prepareMany(companyId, inputs.slice(from, from + PREPARE_SLICE)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return parts.length ? joinPrepared(parts[0], ...parts.slice(1)) : { companyId, events: [] };
  }

  /** Merges the trigram entries a bulk import queued into the search index (best effort, after commit). */
  private async cleanSearchIndex(): Promise<void> {
    try {
      await this.dataSource.query(`SELECT gin_clean_pending_list('${PEOPLE_SEARCH_INDEX}'::regclass)`);
    } catch (error) {
      this.logger.warn(`could not clean the pending list of ${PEOPLE_SEARCH_INDEX}: ${errorCode(error)}`);
    }
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
  ids: readonly string[],
  actor: Actor,
  now: Date,
): Promise<{ id: string; employee_number: string; inserted: boolean }[]> {
  const rows = batch.map((c, i) => ({ ...c.values, id: ids[i] }));
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
