import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Action, Resource, RESOURCE_NAMES, RESOURCES, roleAllows, ROLES } from '../src/platform/access/permissions';
import { createTestApp } from './support/app';
import { Client, Factory, randomCorporateNumber, TestAccount, TestCompany } from './support/factories';
import { csv, insertRosterImport, JAPANESE_HEADERS, JAPANESE_MAPPING, rosterRow } from './support/roster';
import { insertTraining, trainingCourseBody } from './support/training';

/**
 * Generated from the permission matrix: for every role, resource and action, in the caller's own
 * company and in another company, the status is 2xx when the matrix allows it, 403 when it does not,
 * and 404 for another company whatever the role; on every refusal the database is unchanged.
 * Each role is tried with a company membership and with a group-wide membership.
 */

interface Side {
  company: TestCompany;
  /** An empty company (for deleting a company). */
  empty: TestCompany;
  departmentId: string;
  personId: string;
  /** A person without an account (for creating one). */
  spareCollaboratorId: string;
  account: TestAccount;
  /** Another account, whose membership is the one the membership actions touch. */
  member: TestAccount;
  /** An uploaded roster import (not applied). */
  rosterImportId: string;
  /** A candidate subcontractor. */
  subcontractorId: string;
  /** A draft training course and a campaign (on a published course). */
  trainingCourseId: string;
  trainingCampaignId: string;
  publishedCourseId: string;
  /** A draft joint-use arrangement. */
  arrangementId: string;
  /** A provision record whose retention has run out (deletable). */
  provisionRecordId: string;
  /** An incident reported by `account`. */
  incidentId: string;
  /** An open improvement action recorded by hand, and a draft management review chaired by an executive. */
  improvementActionId: string;
  managementReviewId: string;
  chairPersonId: string;
}

const OK: Record<Action, number> = { read: 200, create: 201, update: 200, delete: 204 };

/**
 * Actions only a group-wide membership may take (there is no company to hold them yet, or they concern the
 * whole installation: scheduled jobs and the mail outbox).
 */
const GROUP_ONLY = new Set(['company:create', 'operations:read', 'operations:update']);

/** An open manual improvement action and a draft review whose chair holds the executive role. */
async function insertImprovementRecords(f: Factory, companyId: string) {
  const chair = await f.account(companyId, [{ role: 'executive' }]);
  const ownerPersonId = chair.personId;
  const improvementActionId = randomUUID();
  await f.db.query(
    `INSERT INTO improvement_actions (id, company_id, title, description, kind, grade, source_type, owner_person_id, due_on,
                                      status, created_at, updated_at, version)
     VALUES ($1, $2, '是正', '指摘', 'corrective', 'minor_nonconformity', 'manual', $3, '2026-12-31', 'open', now(), now(), 1)`,
    [improvementActionId, companyId, ownerPersonId],
  );
  const managementReviewId = randomUUID();
  await f.db.query(
    `INSERT INTO management_reviews (id, company_id, title, held_on, status, chair_person_id, chair_name, inputs,
                                     created_at, updated_at, version)
     VALUES ($1, $2, 'MR', '2026-06-10', 'draft', $3, '試験 太郎', '[]'::jsonb, now(), now(), 1)`,
    [managementReviewId, companyId, chair.personId],
  );
  return { improvementActionId, managementReviewId, chairPersonId: chair.personId };
}

describe('authorization matrix', () => {
  let app: NestFastifyApplication;
  let f: Factory;

  beforeAll(async () => {
    app = await createTestApp();
    f = new Factory(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function side(): Promise<Side> {
    const company = await f.company();
    const empty = await f.company();
    const department = await f.department(company.id);
    const person = await f.person(company.id);
    const spare = await f.person(company.id);
    const account = await f.account(company.id, [{ role: 'staff' }]);
    const member = await f.account(company.id, [{ role: 'staff' }]);
    const rosterImportId = await insertRosterImport(f.db, company.id);
    const subcontractorId = randomUUID();
    await f.db.query(
      `INSERT INTO subcontractors (id, company_id, name, services, personal_data_items, approx_persons, computed_risk_tier, risk_tier, status, created_at, updated_at, version)
       VALUES ($1, $2, '委託先', '集計', 'Cookie ID', 10, 'low', 'low', 'candidate', now(), now(), 1)`,
      [subcontractorId, company.id],
    );
    const training = await insertTraining(f, company.id);
    const arrangementId = randomUUID();
    await f.db.query(
      `INSERT INTO joint_use_arrangements (id, company_id, title, status, content, pending_kinds, created_at, updated_at, version)
       VALUES ($1, $2, '共同利用', 'draft', '{"jointUsers": []}'::jsonb, '[]'::jsonb, now(), now(), 1)`,
      [arrangementId, company.id],
    );
    const provisionRecordId = randomUUID();
    await f.db.query(
      `INSERT INTO provision_records (id, company_id, direction, basis, recording_method, recorded_on, purge_after, created_at, updated_at, version)
       VALUES ($1, $2, 'provision', 'outsourcing', 'per_provision', '2019-01-01', '2022-01-01', now(), now(), 1)`,
      [provisionRecordId, company.id],
    );
    const [{ id: incidentId }] = await f.db.query(
      `INSERT INTO incidents (id, company_id, title, summary, aware_at, reporter_account_id, created_at, updated_at, version)
       VALUES (gen_random_uuid(), $1, 'メール誤送信', '概要', now(), $2, now(), now(), 1) RETURNING id`,
      [company.id, account.id],
    );
    const improvement = await insertImprovementRecords(f, company.id);
    return {
      ...training,
      ...improvement,
      company,
      empty,
      departmentId: department.id,
      personId: person.id,
      spareCollaboratorId: spare.id,
      account,
      member,
      rosterImportId,
      subcontractorId,
      arrangementId,
      provisionRecordId,
      incidentId,
    };
  }

  /** Rows of the organisation tables that belong to the given companies, with their versions. */
  async function snapshot(companyIds: string[]): Promise<string> {
    const rows = await f.db.query(
      `SELECT 'companies' AS t, id, version FROM companies WHERE id = ANY($1::uuid[])
       UNION ALL SELECT 'departments', id, version FROM departments WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'people', id, version FROM people WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'accounts', id, version FROM accounts WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'memberships', m.id, m.version FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE a.company_id = ANY($1::uuid[])
       UNION ALL SELECT 'sessions', s.id, 0 FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.company_id = ANY($1::uuid[])
       UNION ALL SELECT 'roster_imports', id, version FROM roster_imports WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'subcontractors', id, version FROM subcontractors WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'training_courses', id, version FROM training_courses WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'training_campaigns', id, version FROM training_campaigns WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'training_assignments', id, version FROM training_assignments WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'joint_use_arrangements', id, version FROM joint_use_arrangements WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'provision_records', id, version FROM provision_records WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'incidents', id, version FROM incidents WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'improvement_actions', id, version FROM improvement_actions WHERE company_id = ANY($1::uuid[])
       UNION ALL SELECT 'management_reviews', id, version FROM management_reviews WHERE company_id = ANY($1::uuid[])
       ORDER BY 1, 2`,
      [companyIds],
    );
    return JSON.stringify(rows);
  }

  const version = async (table: string, id: string): Promise<string> => {
    const [row] = await f.db.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return `"${row?.version ?? 1}"`;
  };

  /** The request for an action on a resource, aimed at one side. */
  async function send(client: Client, resource: Resource, action: Action, s: Side) {
    const c = s.company.id;
    const n = Math.random().toString(36).slice(2, 8);
    const ifMatch = async (table: string, id: string) => ({ headers: { 'if-match': await version(table, id) } });
    switch (`${resource}:${action}`) {
      case 'company:read':
        return client.get(`/api/v1/companies/${c}`);
      case 'company:create':
        return client.post('/api/v1/companies', {
          nameJa: `新会社${n}`,
          nameEn: `New ${n}`,
          corporateNumber: randomCorporateNumber(),
        });
      case 'company:update':
        return client.patch(`/api/v1/companies/${c}`, { nameEn: `Renamed ${n}` }, await ifMatch('companies', c));
      case 'company:delete':
        return client.delete(`/api/v1/companies/${s.empty.id}`, await ifMatch('companies', s.empty.id));
      case 'department:read':
        return client.get(`/api/v1/companies/${c}/departments/${s.departmentId}`);
      case 'department:create':
        return client.post(`/api/v1/companies/${c}/departments`, { name: `部署${n}`, code: `N${n}` });
      case 'department:update':
        return client.patch(
          `/api/v1/companies/${c}/departments/${s.departmentId}`,
          { name: `改${n}` },
          await ifMatch('departments', s.departmentId),
        );
      case 'department:delete':
        return client.delete(
          `/api/v1/companies/${c}/departments/${s.departmentId}`,
          await ifMatch('departments', s.departmentId),
        );
      case 'person:read':
        return client.get(`/api/v1/people/${s.personId}`);
      case 'person:create':
        return client.post('/api/v1/people', {
          companyId: c,
          employeeNumber: `M${n}`,
          familyName: '新規',
          givenName: '社員',
          familyNameKana: 'シンキ',
          givenNameKana: 'シャイン',
          employmentType: 'contract',
        });
      case 'person:update':
        return client.patch(
          `/api/v1/people/${s.personId}`,
          { givenName: `改${n}` },
          await ifMatch('people', s.personId),
        );
      case 'person:delete':
        return client.delete(`/api/v1/people/${s.personId}`, await ifMatch('people', s.personId));
      case 'account:read':
        return client.get(`/api/v1/accounts/${s.account.id}`);
      case 'account:create':
        return client.post('/api/v1/accounts', { personId: s.spareCollaboratorId, email: `new-${n}-${c}@example.jp` });
      case 'account:update':
        return client.patch(
          `/api/v1/accounts/${s.account.id}`,
          { language: 'en' },
          await ifMatch('accounts', s.account.id),
        );
      case 'account:delete':
        return client.delete(`/api/v1/accounts/${s.account.id}`, await ifMatch('accounts', s.account.id));
      case 'membership:read':
        return client.get(`/api/v1/memberships/${s.member.memberships[0].id}`);
      case 'membership:create':
        return client.post('/api/v1/memberships', { accountId: s.member.id, companyId: c, role: 'auditor' });
      case 'membership:update':
        return client.patch(
          `/api/v1/memberships/${s.member.memberships[0].id}`,
          { role: 'executive' },
          await ifMatch('memberships', s.member.memberships[0].id),
        );
      case 'membership:delete':
        return client.delete(
          `/api/v1/memberships/${s.member.memberships[0].id}`,
          await ifMatch('memberships', s.member.memberships[0].id),
        );
      case 'audit_trail:read':
        return client.get(`/api/v1/audit-trail?companyId=${c}`);
      case 'roster_import:read':
        return client.get(`/api/v1/roster-imports/${s.rosterImportId}`);
      case 'roster_import:create':
        return client.post(`/api/v1/companies/${c}/roster-imports`, csv([JAPANESE_HEADERS, rosterRow(1)]), {
          headers: { 'content-type': 'text/csv' },
        });
      case 'roster_import:update':
        return client.request('PUT', `/api/v1/roster-imports/${s.rosterImportId}/mapping`, {
          payload: { mapping: JAPANESE_MAPPING },
        });
      case 'roster_import:delete':
        return client.delete(
          `/api/v1/roster-imports/${s.rosterImportId}`,
          await ifMatch('roster_imports', s.rosterImportId),
        );
      case 'operations:read':
        return client.get('/api/v1/admin/jobs');
      case 'operations:update':
        return client.post('/api/v1/admin/jobs/notifications.digest/run');
      case 'subcontractor:read':
        return client.get(`/api/v1/subcontractors/${s.subcontractorId}`);
      case 'subcontractor:create':
        return client.post('/api/v1/subcontractors', {
          companyId: c,
          name: `委託先${n}`,
          services: '集計',
          personalDataItems: 'Cookie ID',
          approxPersons: 10,
        });
      case 'subcontractor:update':
        return client.patch(
          `/api/v1/subcontractors/${s.subcontractorId}`,
          { name: `改${n}` },
          await ifMatch('subcontractors', s.subcontractorId),
        );
      case 'subcontractor:delete':
        return client.delete(
          `/api/v1/subcontractors/${s.subcontractorId}`,
          await ifMatch('subcontractors', s.subcontractorId),
        );
      case 'training_course:read':
        return client.get(`/api/v1/training/courses/${s.trainingCourseId}`);
      case 'training_course:create':
        return client.post('/api/v1/training/courses', trainingCourseBody(c));
      case 'training_course:update':
        return client.patch(
          `/api/v1/training/courses/${s.trainingCourseId}`,
          { titleEn: `Renamed ${n}` },
          await ifMatch('training_courses', s.trainingCourseId),
        );
      case 'training_course:delete':
        return client.delete(
          `/api/v1/training/courses/${s.trainingCourseId}`,
          await ifMatch('training_courses', s.trainingCourseId),
        );
      case 'training_campaign:read':
        return client.get(`/api/v1/training/campaigns/${s.trainingCampaignId}`);
      case 'training_campaign:create':
        return client.post('/api/v1/training/campaigns', {
          companyId: c,
          courseId: s.publishedCourseId,
          titleJa: `教育${n}`,
          titleEn: `Training ${n}`,
          audience: { companyIds: [c], departmentIds: [], employmentTypes: [] },
          windowStart: '2026-04-01',
          windowEnd: '2027-03-31',
          dueOn: '2026-12-31',
        });
      case 'training_campaign:update':
        return client.patch(
          `/api/v1/training/campaigns/${s.trainingCampaignId}`,
          { titleEn: `Renamed ${n}` },
          await ifMatch('training_campaigns', s.trainingCampaignId),
        );
      case 'joint_use:read':
        return client.get(`/api/v1/joint-use/arrangements/${s.arrangementId}`);
      case 'joint_use:create':
        return client.post('/api/v1/joint-use/arrangements', { companyId: c, title: `共同利用${n}` });
      case 'joint_use:update':
        return client.patch(
          `/api/v1/joint-use/arrangements/${s.arrangementId}`,
          { title: `改${n}` },
          await ifMatch('joint_use_arrangements', s.arrangementId),
        );
      case 'joint_use:delete':
        return client.delete(
          `/api/v1/joint-use/arrangements/${s.arrangementId}`,
          await ifMatch('joint_use_arrangements', s.arrangementId),
        );
      case 'provision_record:read':
        return client.get(`/api/v1/provision-records/${s.provisionRecordId}`);
      case 'provision_record:create':
        return client.post('/api/v1/provision-records', {
          companyId: c,
          direction: 'provision',
          basis: 'outsourcing',
          recordingMethod: 'per_provision',
        });
      case 'provision_record:update':
        return client.patch(
          `/api/v1/provision-records/${s.provisionRecordId}`,
          { note: `改${n}` },
          await ifMatch('provision_records', s.provisionRecordId),
        );
      case 'provision_record:delete':
        return client.delete(
          `/api/v1/provision-records/${s.provisionRecordId}`,
          await ifMatch('provision_records', s.provisionRecordId),
        );
      case 'incident:read':
        return client.get(`/api/v1/incidents/${s.incidentId}/reports`);
      case 'incident:create':
        return client.post('/api/v1/incidents', {
          companyId: c,
          title: `漏えい${n}`,
          summary: '概要',
          awareAt: '2026-06-10T08:00:00+09:00',
        });
      case 'incident:update':
        return client.patch(
          `/api/v1/incidents/${s.incidentId}`,
          { personCount: 5 },
          await ifMatch('incidents', s.incidentId),
        );
      case 'incident_report:read':
        return client.get(`/api/v1/incidents?companyId=${c}`);
      case 'incident_report:create':
        return client.post('/api/v1/incidents/report', {
          companyId: c,
          title: `報告${n}`,
          summary: '概要',
          awareAt: '2026-06-10T08:00:00+09:00',
        });
      case 'improvement_action:read':
        return client.get(`/api/v1/improvement-actions/${s.improvementActionId}`);
      case 'improvement_action:create':
        return client.post('/api/v1/improvement-actions', {
          companyId: c,
          title: `是正${n}`,
          description: '指摘事項',
          kind: 'corrective',
          grade: 'minor_nonconformity',
          ownerPersonId: s.personId,
          dueOn: '2026-12-31',
        });
      case 'improvement_action:update':
        return client.patch(
          `/api/v1/improvement-actions/${s.improvementActionId}`,
          { title: `改${n}` },
          await ifMatch('improvement_actions', s.improvementActionId),
        );
      case 'improvement_action:delete':
        return client.delete(
          `/api/v1/improvement-actions/${s.improvementActionId}`,
          await ifMatch('improvement_actions', s.improvementActionId),
        );
      case 'management_review:read':
        return client.get(`/api/v1/management-reviews/${s.managementReviewId}`);
      case 'management_review:create':
        return client.post('/api/v1/management-reviews', {
          companyId: c,
          title: `MR${n}`,
          heldOn: '2026-06-10',
          chairPersonId: s.chairPersonId,
        });
      case 'management_review:update':
        return client.patch(
          `/api/v1/management-reviews/${s.managementReviewId}`,
          { title: `改${n}` },
          await ifMatch('management_reviews', s.managementReviewId),
        );
      case 'management_review:delete':
        return client.delete(
          `/api/v1/management-reviews/${s.managementReviewId}`,
          await ifMatch('management_reviews', s.managementReviewId),
        );
      case 'dashboard:read':
        return client.get(`/api/v1/dashboard/summary?companyId=${c}`);
      default:
        throw new Error(`No request for ${resource}:${action}; add one when the matrix grows`);
    }
  }

  for (const role of ROLES) {
    for (const resource of RESOURCE_NAMES) {
      const actions = RESOURCES[resource] as readonly Action[];

      it(`${role} × ${resource}: company membership, own company and another company`, async () => {
        const own = await side();
        const other = await side();
        const caller = await f.account(own.company.id, [{ role }, { role, companyId: own.empty.id }]);
        const client = await f.signIn(caller);
        const watched = [own.company.id, own.empty.id, other.company.id, other.empty.id];
        const outcome: string[] = [];
        const expected: string[] = [];

        for (const action of actions) {
          for (const [label, target] of [
            ['other', other],
            ['own', own],
          ] as const) {
            if (GROUP_ONLY.has(`${resource}:${action}`) && label === 'other') continue;
            const allowed =
              label === 'own' && roleAllows(role, resource, action) && !GROUP_ONLY.has(`${resource}:${action}`);
            const status = label === 'other' ? 404 : allowed ? OK[action] : 403;
            const before = await snapshot(watched);
            const res = await send(client, resource, action, target);
            outcome.push(`${action} ${label} → ${res.statusCode}`);
            expected.push(`${action} ${label} → ${status}`);
            if (!allowed) {
              expect({ action, label, unchanged: (await snapshot(watched)) === before }).toEqual({
                action,
                label,
                unchanged: true,
              });
            }
          }
        }
        expect(outcome).toEqual(expected);
      });

      it(`${role} × ${resource}: group-wide membership`, async () => {
        const target = await side();
        const caller = await f.account((await f.company()).id, [{ role, companyId: null }]);
        const client = await f.signIn(caller);
        const outcome: string[] = [];
        const expected: string[] = [];
        for (const action of actions) {
          const allowed = roleAllows(role, resource, action);
          const before = await snapshot([target.company.id, target.empty.id]);
          const res = await send(client, resource, action, target);
          outcome.push(`${action} → ${res.statusCode}`);
          expected.push(`${action} → ${allowed ? OK[action] : 403}`);
          if (!allowed) {
            expect({ action, unchanged: (await snapshot([target.company.id, target.empty.id])) === before }).toEqual({
              action,
              unchanged: true,
            });
          }
        }
        expect(outcome).toEqual(expected);
      });
    }
  }

  it('covers every role, resource and action of the matrix', () => {
    const cells = ROLES.length * RESOURCE_NAMES.reduce((n, r) => n + RESOURCES[r].length, 0);
    expect(cells).toBe(ROLES.length * 60);
  });
});
