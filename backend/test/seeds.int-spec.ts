import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { runSeeds } from '../src/seeds';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seeds/demo-accounts';
import { demoId } from '../src/seeds/demo-organization.seeder';
import { isValidCorporateNumber } from '../src/domains/organization/corporate-number.rules';
import { createTestApp } from './support/app';
import { Factory } from './support/factories';

describe('demo data', () => {
  let app: NestFastifyApplication;
  let f: Factory;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  const demoCounts = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM companies WHERE corporate_number LIKE '_9999%')::int AS companies,
              (SELECT count(*) FROM people p JOIN companies c ON c.id = p.company_id WHERE c.corporate_number LIKE '_9999%')::int AS people,
              (SELECT count(*) FROM accounts WHERE email LIKE '%@mamori.example')::int AS accounts,
              (SELECT count(*) FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE a.email LIKE '%@mamori.example')::int AS memberships,
              (SELECT count(*) FROM audit_events WHERE action = 'seed.applied')::int AS events,
              (SELECT max(updated_at) FROM people) AS touched`,
    );
    return row;
  };

  it('loads GMO TECH and four group companies, about 200 people and the demo accounts; a second run changes nothing', async () => {
    await runSeeds(db, { demo: true });
    const first = await demoCounts();
    expect(first).toMatchObject({
      companies: 5,
      people: 200,
      accounts: DEMO_ACCOUNTS.length,
      memberships: DEMO_ACCOUNTS.length,
    });
    await runSeeds(db, { demo: true });
    expect(await demoCounts()).toEqual(first);

    const companies = await db.query("SELECT * FROM companies WHERE corporate_number LIKE '_9999%' ORDER BY name_ja");
    expect(companies.every((c: { corporate_number: string }) => isValidCorporateNumber(c.corporate_number))).toBe(true);
    const tech = companies.find((c: { name_ja: string }) => c.name_ja === 'GMO TECH株式会社');
    expect(tech).toMatchObject({
      postal_code: '150-8512',
      contact_phone: '03-5489-6370',
      contact_email: 'ask@gmotech.jp',
      privacy_mark_holder: true,
    });
    const types = await db.query('SELECT DISTINCT employment_type FROM people WHERE company_id = $1', [tech.id]);
    expect(types.map((t: { employment_type: string }) => t.employment_type).sort()).toEqual([
      'contract',
      'dispatched',
      'officer',
      'part_time',
      'regular',
    ]);
  });

  it('lets pms@ sign in and see the people of GMO TECH only', async () => {
    await runSeeds(db, { demo: true });
    const client = await f.signIn({ email: 'pms@mamori.example', password: DEMO_PASSWORD });
    const me = (await client.get('/api/v1/me')).json();
    expect(me.memberships).toEqual([
      expect.objectContaining({ role: 'pms_manager', companyNameJa: 'GMO TECH株式会社' }),
    ]);
    const people = (await client.get('/api/v1/people?limit=200')).json();
    expect(people.total).toBe(120);
    expect(new Set(people.items.map((p: { companyId: string }) => p.companyId))).toEqual(
      new Set([demoId('company:gmo-tech')]),
    );
    const pepaboPerson = demoId('person:gmo-pepabo:B00001');
    expect((await client.get(`/api/v1/people/${pepaboPerson}`)).statusCode).toBe(404);
    const pms2 = await f.signIn({ email: 'pms2@mamori.example', password: DEMO_PASSWORD });
    expect((await pms2.get(`/api/v1/people/${pepaboPerson}`)).statusCode).toBe(200);
    const admin = await f.signIn({ email: 'admin@mamori.example', password: DEMO_PASSWORD });
    expect((await admin.get('/api/v1/me')).json().memberships).toEqual([
      expect.objectContaining({ companyId: null, role: 'admin' }),
    ]);
  });

  it('lets cpo@ see the whole group rolled up on the dashboard, the demo companies without a PMS manager among it', async () => {
    await runSeeds(db, { demo: true });
    const cpo = await f.signIn({ email: 'cpo@mamori.example', password: DEMO_PASSWORD });
    expect((await cpo.get('/api/v1/me')).json().memberships).toEqual([
      expect.objectContaining({ companyId: null, role: 'executive' }),
    ]);
    const group = (await cpo.get('/api/v1/dashboard/summary')).json();
    expect(group.companyId).toBeNull();
    // Every company of the database: the five demo companies and those other test files make meanwhile.
    expect(group.companyCount).toBeGreaterThanOrEqual(5);
    const figure = (summary: { figures: { key: string; value: number }[] }, key: string) =>
      summary.figures.find((x) => x.key === key)?.value;
    // Only GMO TECH and GMO Pepabo have a PMS manager among the demo companies.
    expect(figure(group, 'organization.noPmsManager')).toBeGreaterThanOrEqual(3);
    const tech = (await cpo.get(`/api/v1/dashboard/summary?companyId=${demoId('company:gmo-tech')}`)).json();
    expect(tech).toMatchObject({ companyId: demoId('company:gmo-tech'), companyCount: 1 });
    expect(figure(tech, 'organization.noPmsManager')).toBe(0);
    // An executive reads; the registers stay the PMS office's to write.
    expect((await cpo.post('/api/v1/subcontractors', { companyId: demoId('company:gmo-tech') })).statusCode).toBe(403);
  });
});
