import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { problems, ProblemException } from '../errors/problem';
import { AuditService } from '../audit/audit.service';
import { actorOf, AuthContext } from '../auth/auth-context';
import { authProblems } from '../auth/auth.errors';
import type { TargetTable } from './decorators';
import { Action, belongsTo, can, canAnywhere, hasGroupMembership, Resource, Scope, scopeFor } from './permissions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The column holding the company of each table's rows (a company is its own scope). */
const COMPANY_COLUMN: Record<TargetTable, string> = {
  companies: 'id',
  departments: 'company_id',
  people: 'company_id',
  accounts: 'company_id',
  memberships: 'company_id',
  roster_imports: 'company_id',
  subcontractors: 'company_id',
  training_courses: 'company_id',
  training_campaigns: 'company_id',
  joint_use_arrangements: 'company_id',
  provision_records: 'company_id',
  incidents: 'company_id',
  improvement_actions: 'company_id',
  management_reviews: 'company_id',
};

export interface DenialContext {
  method?: string;
  route?: string;
  entityId?: string | null;
}

/**
 * The scoping helper and the permission checks. Every query of a domain is limited with `scope()`;
 * every record-level decision goes through `assert()`: another company's record answers 404, a role
 * lacking the permission in a company the caller belongs to answers 403, and both are audit events.
 */
@Injectable()
export class AccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The companies whose rows the caller may touch for this resource and action. */
  scope(auth: AuthContext, resource: Resource, action: Action): Scope {
    return scopeFor(auth.memberships, resource, action);
  }

  /**
   * Checks the action on a record of `companyId` (null: a group-level record). Throws 404 when the caller
   * does not belong to that company, 403 when the role does not allow it there.
   */
  async assert(
    auth: AuthContext,
    resource: Resource,
    action: Action,
    companyId: string | null,
    context: DenialContext = {},
  ): Promise<void> {
    if (companyId === null) {
      if (!hasGroupMembership(auth.memberships))
        throw await this.deny(auth, resource, action, null, 'other_company', context);
      if (!can(auth.memberships, resource, action, null))
        throw await this.deny(auth, resource, action, null, 'forbidden', context);
      return;
    }
    if (!belongsTo(auth.memberships, companyId))
      throw await this.deny(auth, resource, action, companyId, 'other_company', context);
    if (!can(auth.memberships, resource, action, companyId))
      throw await this.deny(auth, resource, action, companyId, 'forbidden', context);
  }

  /** For lists and other actions without a single company: the permission must exist somewhere. */
  async assertAnywhere(
    auth: AuthContext,
    resource: Resource,
    action: Action,
    context: DenialContext = {},
  ): Promise<void> {
    if (!canAnywhere(auth.memberships, resource, action))
      throw await this.deny(auth, resource, action, auth.companyId, 'forbidden', context);
  }

  /** A group-level action (creating a company): only a group membership allows it. */
  async assertGroup(auth: AuthContext, resource: Resource, action: Action, context: DenialContext = {}): Promise<void> {
    if (!can(auth.memberships, resource, action, null))
      throw await this.deny(auth, resource, action, auth.companyId, 'forbidden', context);
  }

  /** The company of a row, `undefined` when the row does not exist. */
  async companyOf(table: TargetTable, id: string): Promise<string | null | undefined> {
    const rows: { company_id: string | null }[] = await this.dataSource.query(
      `SELECT ${COMPANY_COLUMN[table]} AS company_id FROM ${table} WHERE id = $1`,
      [id],
    );
    return rows.length ? rows[0].company_id : undefined;
  }

  /**
   * Records the refusal and returns the exception to throw. A refusal in a company the caller belongs to
   * goes into that company's chain; a probe of another company's record goes into the group chain, so the
   * other company's trail does not learn about the caller.
   */
  async deny(
    auth: AuthContext,
    resource: Resource,
    action: Action,
    companyId: string | null,
    reason: 'forbidden' | 'other_company',
    context: DenialContext,
  ): Promise<ProblemException> {
    await this.audit.record({
      actor: actorOf(auth),
      companyId: reason === 'other_company' ? null : companyId,
      action: 'access.denied',
      entityType: resource,
      entityId: context.entityId ?? null,
      details: { action, reason, method: context.method ?? null, route: context.route ?? null },
    });
    return reason === 'other_company' ? problems.notFound() : authProblems.forbidden();
  }

  /** Records a refusal that is not about a resource (CSRF, pending password change). */
  async recordRefusal(auth: AuthContext, reason: string, context: DenialContext): Promise<void> {
    await this.audit.record({
      actor: actorOf(auth),
      companyId: auth.companyId,
      action: 'access.denied',
      entityType: 'request',
      details: { reason, method: context.method ?? null, route: context.route ?? null },
    });
  }
}
