import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../platform/access/access.service';
import { AuditService } from '../../platform/audit/audit.service';
import { diffSnapshots } from '../../platform/audit/canonical';
import { actorOf, AuthContext } from '../../platform/auth/auth-context';
import { Clock } from '../../platform/auth/clock';
import { SessionService } from '../../platform/auth/sessions.service';
import { definedOnly, deleteVersioned, updateVersioned } from '../../platform/database/versioned';
import { problems } from '../../platform/errors/problem';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  encodeCursor,
  likeEscape,
  SqlConditions,
} from '../../platform/pagination/pagination';
import { isoInstantSql, jsonPage } from '../../platform/pagination/json-page';
import { Account } from './account.entity';
import { CreatePersonDto, PeopleQueryDto, PersonDto, UpdatePersonDto } from './dto/person.dto';
import { auditSnapshot, toAccountDto, toPersonDto } from './mappers';
import { organizationProblems, translateUniqueViolation } from './organization.errors';
import { Person } from './person.entity';
import { findScoped } from './scoped';

/**
 * The text the search looks in. The same expression carries the trigram index ix_people_search_trgm
 * (hand-written migration), so keep both identical.
 */
export const PEOPLE_SEARCH_EXPRESSION =
  "(family_name || given_name || ' ' || family_name_kana || given_name_kana || ' ' || employee_number || ' ' || coalesce(email, ''))";

/**
 * Conditions for the roster's search box: every word (up to five) must be in the name, kana, employee
 * number or e-mail; hiragana also finds katakana kana.
 */
export function addPeopleSearch(c: SqlConditions, q: string | undefined): void {
  for (const word of (q ?? '').normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 5)) {
    const alternatives = [...new Set([word, toKatakana(word)])].map(
      (w) => `${PEOPLE_SEARCH_EXPRESSION} ILIKE ${c.p(`%${likeEscape(w)}%`)}`,
    );
    c.add(alternatives.join(' OR '));
  }
}

/**
 * A person's DTO as JSON, rendered by PostgreSQL for the roster page (its hottest read): the same keys
 * and values as toPersonDto; an integration test holds every list item equal to the person read alone.
 */
const PERSON_JSON = `json_build_object(
  'id', id, 'companyId', company_id, 'employeeNumber', employee_number, 'familyName', family_name,
  'givenName', given_name, 'familyNameKana', family_name_kana, 'givenNameKana', given_name_kana, 'email', email,
  'departmentId', department_id, 'employmentType', employment_type, 'hireDate', hire_date, 'leaveDate', leave_date,
  'active', active, 'createdAt', ${isoInstantSql('created_at')}, 'updatedAt', ${isoInstantSql('updated_at')},
  'version', version)::text`;

/** What the page reads per row: the JSON, and the fields a cursor is made of. */
interface ListRow {
  json: string;
  id: string;
  familyNameKana: string;
  givenNameKana: string;
  employeeNumber: string;
  hireDate: string | null;
  updatedAt: string;
}
const LIST_ROW_COLUMNS = `${PERSON_JSON} AS json, id, family_name_kana AS "familyNameKana", given_name_kana AS "givenNameKana",
  employee_number AS "employeeNumber", hire_date::text AS "hireDate", ${isoInstantSql('updated_at')} AS "updatedAt"`;

/** Sort keys: columns (all in the same direction) ending with the id, so a cursor is unambiguous. */
const SORTS: Record<string, { columns: string[]; casts: string[]; values: (p: ListRow) => (string | null)[] }> = {
  nameKana: {
    columns: ['family_name_kana', 'given_name_kana', 'id'],
    casts: ['varchar', 'varchar', 'uuid'],
    values: (p) => [p.familyNameKana, p.givenNameKana, p.id],
  },
  employeeNumber: {
    columns: ['employee_number', 'id'],
    casts: ['varchar', 'uuid'],
    values: (p) => [p.employeeNumber, p.id],
  },
  hireDate: {
    columns: ["coalesce(hire_date, '0001-01-01'::date)", 'id'],
    casts: ['date', 'uuid'],
    values: (p) => [p.hireDate ?? '0001-01-01', p.id],
  },
  updatedAt: {
    columns: ['updated_at', 'id'],
    casts: ['timestamptz', 'uuid'],
    values: (p) => [p.updatedAt, p.id],
  },
};

/** Hiragana → katakana, so a search typed in either finds kana stored in the other. */
function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

const VALIDATION_DATES = (hireDate: string | null, leaveDate: string | null) => {
  if (hireDate && leaveDate && leaveDate < hireDate) {
    throw problems.validation([
      { field: 'leaveDate', code: 'BEFORE_HIRE_DATE', message: 'leaveDate must not be before hireDate' },
    ]);
  }
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  /** The roster's page as JSON bytes (a Page<PersonDto>), its rows rendered by PostgreSQL. */
  async list(auth: AuthContext, query: PeopleQueryDto): Promise<Buffer> {
    const scope = this.access.scope(auth, 'person', 'read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const c = new SqlConditions();
    if (!scope.all) c.add(`company_id = ANY(${c.p(scope.companyIds)}::uuid[])`);
    if (query.companyId) c.add(`company_id = ${c.p(query.companyId)}`);
    if (query.departmentId) c.add(`department_id = ${c.p(query.departmentId)}`);
    if (query.employmentType) c.add(`employment_type = ${c.p(query.employmentType)}`);
    if (query.active !== undefined) c.add(`active = ${c.p(query.active)}`);
    addPeopleSearch(c, query.q);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM people ${c.where()}`, c.params);

    const sortKey = (query.sort ?? 'nameKana').replace(/^-/, '');
    const descending = (query.sort ?? '').startsWith('-');
    const sort = SORTS[sortKey];
    let offset = query.offset ?? 0;
    if (query.cursor) {
      const values = decodeCursor(query.cursor, sort.columns.length);
      const placeholders = values.map((v, i) => `${c.p(v)}::${sort.casts[i]}`);
      c.add(`(${sort.columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`);
      offset = 0;
    }
    const order = sort.columns.map((col) => `${col} ${descending ? 'DESC' : 'ASC'}`).join(', ');
    // One statement for the page, rendered as JSON by PostgreSQL: the page is the roster's hottest read.
    const ordered: ListRow[] = await this.dataSource.query(
      `SELECT ${LIST_ROW_COLUMNS} FROM people ${c.where()} ORDER BY ${order} LIMIT ${c.p(limit + 1)} OFFSET ${c.p(offset)}`,
      c.params,
    );
    const items = ordered.slice(0, limit);
    const last = items[items.length - 1];
    return jsonPage(
      items.map((r) => r.json),
      total,
      ordered.length > limit && last ? encodeCursor(sort.values(last)) : null,
    );
  }

  async get(auth: AuthContext, id: string): Promise<PersonDto> {
    const person = await findScoped(this.dataSource.manager, Person, id, this.access.scope(auth, 'person', 'read'));
    if (!person) throw problems.notFound();
    return toPersonDto(person);
  }

  private async checkDepartment(manager: EntityManager, companyId: string, departmentId: string | null | undefined) {
    if (!departmentId) return;
    const rows = await manager.query('SELECT 1 FROM departments WHERE id = $1 AND company_id = $2', [
      departmentId,
      companyId,
    ]);
    if (!rows.length) throw organizationProblems.personDepartmentInvalid();
  }

  private async checkEmployeeNumber(
    manager: EntityManager,
    companyId: string,
    employeeNumber: string | undefined,
    exceptId?: string,
  ) {
    if (employeeNumber === undefined) return;
    const rows = await manager.query('SELECT id FROM people WHERE company_id = $1 AND employee_number = $2', [
      companyId,
      employeeNumber,
    ]);
    if (rows.some((r: { id: string }) => r.id !== exceptId)) throw organizationProblems.employeeNumberTaken();
  }

  async create(auth: AuthContext, dto: CreatePersonDto): Promise<PersonDto> {
    await this.access.assert(auth, 'person', 'create', dto.companyId);
    VALIDATION_DATES(dto.hireDate ?? null, dto.leaveDate ?? null);
    const now = this.clock.now();
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [company] = await manager.query('SELECT 1 FROM companies WHERE id = $1', [dto.companyId]);
        if (!company) throw problems.notFound();
        await this.checkDepartment(manager, dto.companyId, dto.departmentId);
        await this.checkEmployeeNumber(manager, dto.companyId, dto.employeeNumber);
        await manager.insert(Person, {
          id,
          companyId: dto.companyId,
          employeeNumber: dto.employeeNumber,
          familyName: dto.familyName,
          givenName: dto.givenName,
          familyNameKana: dto.familyNameKana,
          givenNameKana: dto.givenNameKana,
          email: dto.email?.toLowerCase() ?? null,
          departmentId: dto.departmentId ?? null,
          employmentType: dto.employmentType,
          hireDate: dto.hireDate ?? null,
          leaveDate: dto.leaveDate ?? null,
          active: dto.active ?? true,
          createdAt: now,
          updatedAt: now,
          createdBy: auth.accountId,
          updatedBy: auth.accountId,
          version: 1,
        });
        const created = toPersonDto(await manager.findOneByOrFail(Person, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: dto.companyId,
          action: 'person.created',
          entityType: 'person',
          entityId: id,
          changes: diffSnapshots(null, auditSnapshot(created)),
        });
        return created;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  async update(auth: AuthContext, id: string, dto: UpdatePersonDto, version: number): Promise<PersonDto> {
    const { version: _ignored, ...rest } = dto;
    const patch = definedOnly({
      ...rest,
      email: rest.email === undefined ? undefined : (rest.email?.toLowerCase() ?? null),
    });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const before = await findScoped(manager, Person, id, this.access.scope(auth, 'person', 'update'));
        if (!before) throw problems.notFound();
        if (before.version !== version) throw problems.staleVersion();
        VALIDATION_DATES(
          patch.hireDate !== undefined ? patch.hireDate : before.hireDate,
          patch.leaveDate !== undefined ? patch.leaveDate : before.leaveDate,
        );
        await this.checkDepartment(manager, before.companyId, patch.departmentId);
        await this.checkEmployeeNumber(manager, before.companyId, patch.employeeNumber, id);
        const now = this.clock.now();
        await updateVersioned(manager, Person, id, version, patch, actorOf(auth), now);
        const after = toPersonDto(await manager.findOneByOrFail(Person, { id }));
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: before.companyId,
          action: 'person.updated',
          entityType: 'person',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toPersonDto(before)), auditSnapshot(after)),
        });
        if (before.active && !after.active) await this.disableAccountOfLeaver(manager, auth, id, now);
        return after;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** A person who leaves keeps their record; their account is disabled and its sessions end. */
  private async disableAccountOfLeaver(manager: EntityManager, auth: AuthContext, personId: string, now: Date) {
    const account = await manager.findOneBy(Account, { personId });
    if (!account || account.disabled) return;
    const before = toAccountDto(account, now);
    await updateVersioned(manager, Account, account.id, account.version, { disabled: true }, actorOf(auth), now);
    const ended = await this.sessions.endAll(manager, account.id);
    const after = toAccountDto(await manager.findOneByOrFail(Account, { id: account.id }), now);
    await this.audit.append(manager, {
      actor: actorOf(auth),
      companyId: account.companyId,
      action: 'account.updated',
      entityType: 'account',
      entityId: account.id,
      changes: diffSnapshots(auditSnapshot(before), auditSnapshot(after)),
      details: { reason: 'person_left', sessionsEnded: ended },
    });
  }

  async remove(auth: AuthContext, id: string, version: number): Promise<void> {
    // A person other registers still name (an action's owner, a review's chair) answers 409 STILL_REFERENCED.
    await this.dataSource
      .transaction(async (manager) => {
        const before = await findScoped(
          manager,
          Person,
          id,
          this.access.scope(auth, 'person', 'delete'),
          'companyId',
          true,
        );
        if (!before) throw problems.notFound();
        if (before.version !== version) throw problems.staleVersion();
        if (await manager.existsBy(Account, { personId: id })) throw organizationProblems.personHasAccount();
        await deleteVersioned(manager, Person, id, version);
        await this.audit.append(manager, {
          actor: actorOf(auth),
          companyId: before.companyId,
          action: 'person.deleted',
          entityType: 'person',
          entityId: id,
          changes: diffSnapshots(auditSnapshot(toPersonDto(before)), null),
        });
      })
      .catch((error: unknown) => {
        throw translateUniqueViolation(error);
      });
  }
}
