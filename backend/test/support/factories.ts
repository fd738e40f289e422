import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { withCheckDigit } from '../../src/domains/organization/corporate-number.rules';
import type { Role } from '../../src/platform/access/permissions';
import { hashPassword, TEST_ARGON2 } from '../../src/platform/auth/password-hasher';
import { parseCookies } from '../../src/platform/auth/cookies';

export const PASSWORD = 'a long test pass phrase';
let passwordHash: Promise<string> | undefined;
const hashOf = (password: string) =>
  password === PASSWORD ? (passwordHash ??= hashPassword(PASSWORD, TEST_ARGON2)) : hashPassword(password, TEST_ARGON2);

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A valid corporate number that never looks like a demo company's (`_9999…`, counted by the seeds test). */
export function randomCorporateNumber(): string {
  for (;;) {
    let base = '';
    for (let i = 0; i < 12; i++) base += Math.floor(Math.random() * 10);
    const number = withCheckDigit(base);
    if (!/^.9999/.test(number)) return number;
  }
}

export interface InjectOptions {
  headers?: Record<string, string>;
  payload?: unknown;
}

/** A browser: keeps the cookies the API sets and echoes XSRF-TOKEN on unsafe methods, as the web app does. */
export class Client {
  readonly cookies: Record<string, string> = {};

  constructor(private readonly app: NestFastifyApplication) {}

  async request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, options: InjectOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    const jar = Object.entries(this.cookies).map(([k, v]) => `${k}=${v}`);
    if (jar.length && !headers.cookie) headers.cookie = jar.join('; ');
    if (method !== 'GET' && this.cookies['XSRF-TOKEN'] && !('x-xsrf-token' in headers)) {
      headers['x-xsrf-token'] = this.cookies['XSRF-TOKEN'];
    }
    const res = await this.app.inject({ method, url, headers, payload: options.payload as never });
    const setCookie = res.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      const [name, value] = Object.entries(parseCookies(pair))[0] ?? [pair.split('=')[0], ''];
      if (/Max-Age=0/.test(line) || value === '') delete this.cookies[name];
      else this.cookies[name] = value;
    }
    return res;
  }

  get(url: string, options?: InjectOptions) {
    return this.request('GET', url, options);
  }
  post(url: string, payload?: unknown, options: InjectOptions = {}) {
    return this.request('POST', url, { ...options, payload });
  }
  patch(url: string, payload?: unknown, options: InjectOptions = {}) {
    return this.request('PATCH', url, { ...options, payload });
  }
  delete(url: string, options?: InjectOptions) {
    return this.request('DELETE', url, options);
  }
}

export interface TestCompany {
  id: string;
  nameJa: string;
  corporateNumber: string;
}
export interface TestDepartment {
  id: string;
  companyId: string;
  code: string;
}
export interface TestPerson {
  id: string;
  companyId: string;
  employeeNumber: string;
}
export interface TestAccount {
  id: string;
  companyId: string;
  personId: string;
  email: string;
  password: string;
  memberships: { id: string; companyId: string | null; role: Role }[];
}

/**
 * Builds the rows a test needs, directly in the database (fast, and independent of the API under test).
 * Every call makes new rows with unique keys: tests never share fixtures.
 */
export class Factory {
  readonly db: DataSource;

  constructor(readonly app: NestFastifyApplication) {
    this.db = app.get(DataSource);
  }

  async company(overrides: { nameJa?: string } = {}): Promise<TestCompany> {
    const id = randomUUID();
    const nameJa = overrides.nameJa ?? `テスト株式会社${unique()}`;
    const corporateNumber = randomCorporateNumber();
    await this.db.query(
      `INSERT INTO companies (id, name_ja, name_en, corporate_number, privacy_mark_holder, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, true, now(), now(), 1)`,
      [id, nameJa, `Test ${unique()} K.K.`, corporateNumber],
    );
    return { id, nameJa, corporateNumber };
  }

  async department(
    companyId: string,
    overrides: { parentId?: string | null; code?: string; name?: string } = {},
  ): Promise<TestDepartment> {
    const id = randomUUID();
    const code = overrides.code ?? `D${unique()}`;
    await this.db.query(
      'INSERT INTO departments (id, company_id, parent_id, name, code, created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, now(), now(), 1)',
      [id, companyId, overrides.parentId ?? null, overrides.name ?? `部署${code}`, code],
    );
    return { id, companyId, code };
  }

  async person(
    companyId: string,
    overrides: Partial<{
      employeeNumber: string;
      familyName: string;
      givenName: string;
      familyNameKana: string;
      givenNameKana: string;
      email: string | null;
      departmentId: string | null;
      employmentType: string;
      active: boolean;
      hireDate: string | null;
    }> = {},
  ): Promise<TestPerson> {
    const id = randomUUID();
    const employeeNumber = overrides.employeeNumber ?? `E${unique()}`;
    await this.db.query(
      `INSERT INTO people (id, company_id, employee_number, family_name, given_name, family_name_kana, given_name_kana, email,
                           department_id, employment_type, hire_date, active, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), now(), 1)`,
      [
        id,
        companyId,
        employeeNumber,
        overrides.familyName ?? '試験',
        overrides.givenName ?? '太郎',
        overrides.familyNameKana ?? 'シケン',
        overrides.givenNameKana ?? 'タロウ',
        overrides.email === undefined ? `${employeeNumber.toLowerCase()}@example.jp` : overrides.email,
        overrides.departmentId ?? null,
        overrides.employmentType ?? 'regular',
        overrides.hireDate === undefined ? '2024-04-01' : overrides.hireDate,
        overrides.active ?? true,
      ],
    );
    return { id, companyId, employeeNumber };
  }

  /** A person with a sign-in account and the given memberships (`companyId` null = the whole group). */
  async account(
    companyId: string,
    roles: { role: Role; companyId?: string | null }[] = [],
    options: { password?: string; mustChangePassword?: boolean; disabled?: boolean } = {},
  ): Promise<TestAccount> {
    const person = await this.person(companyId);
    const id = randomUUID();
    const email = `user-${unique()}@example.jp`;
    const password = options.password ?? PASSWORD;
    await this.db.query(
      `INSERT INTO accounts (id, company_id, person_id, email, password_hash, disabled, must_change_password, failed_attempts,
                             language, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 'ja', now(), now(), 1)`,
      [
        id,
        companyId,
        person.id,
        email,
        await hashOf(password),
        options.disabled ?? false,
        options.mustChangePassword ?? false,
      ],
    );
    const memberships: TestAccount['memberships'] = [];
    for (const r of roles) {
      const membershipId = randomUUID();
      const scope = r.companyId === undefined ? companyId : r.companyId;
      await this.db.query(
        'INSERT INTO memberships (id, account_id, company_id, role, created_at, updated_at, version) VALUES ($1, $2, $3, $4, now(), now(), 1)',
        [membershipId, id, scope, r.role],
      );
      memberships.push({ id: membershipId, companyId: scope, role: r.role });
    }
    return { id, companyId, personId: person.id, email, password, memberships };
  }

  /** A browser that fetched a CSRF token and signed in. */
  async signIn(account: { email: string; password: string }): Promise<Client> {
    const client = new Client(this.app);
    await client.get('/api/v1/auth/csrf');
    const res = await client.post('/api/v1/auth/login', { email: account.email, password: account.password });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    return client;
  }

  /** A company with a signed-in account holding `role` there. */
  async signedIn(role: Role, options: { group?: boolean } = {}) {
    const company = await this.company();
    const account = await this.account(company.id, [{ role, companyId: options.group ? null : company.id }]);
    const client = await this.signIn(account);
    return { company, account, client };
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
    return n;
  }

  async auditEvents(where: string, params: unknown[] = []) {
    return this.db.query(`SELECT * FROM audit_events WHERE ${where} ORDER BY occurred_at, seq`, params);
  }
}
