import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthContext } from '../auth/auth-context';
import type { Action, Resource } from './permissions';

export const PERMISSION_KEY = 'mamori:permission';
export const PUBLIC_KEY = 'mamori:public';
export const SIGNED_IN_KEY = 'mamori:signed-in';
export const ALLOWED_BEFORE_PASSWORD_CHANGE_KEY = 'mamori:allowed-before-password-change';

/**
 * Where the guard finds the company a request acts on, to check the permission in that company:
 * - `anywhere`: lists; the permission must exist in at least one company, the query is then scoped;
 * - `group`: group-level actions (creating a company); only a group membership allows them;
 * - `param` / `query` / `body`: a company id in the path, the query string or the body;
 * - `record` / `bodyRecord`: the company of an existing row whose id is in the path or in the body.
 * A missing or malformed id falls back to `anywhere`; validation then answers 400.
 */
export type TargetTable =
  | 'companies'
  | 'departments'
  | 'people'
  | 'accounts'
  | 'memberships'
  | 'roster_imports'
  | 'subcontractors'
  | 'training_courses'
  | 'training_campaigns'
  | 'joint_use_arrangements'
  | 'provision_records'
  | 'incidents'
  | 'improvement_actions'
  | 'management_reviews';
export type Target =
  | { kind: 'anywhere' }
  | { kind: 'group' }
  | { kind: 'param'; name: string }
  | { kind: 'query'; name: string }
  | { kind: 'body'; name: string }
  | { kind: 'record'; table: TargetTable; param: string }
  | { kind: 'bodyRecord'; table: TargetTable; name: string };

export const target = {
  anywhere: (): Target => ({ kind: 'anywhere' }),
  group: (): Target => ({ kind: 'group' }),
  param: (name = 'companyId'): Target => ({ kind: 'param', name }),
  query: (name = 'companyId'): Target => ({ kind: 'query', name }),
  body: (name = 'companyId'): Target => ({ kind: 'body', name }),
  record: (table: TargetTable, param = 'id'): Target => ({ kind: 'record', table, param }),
  bodyRecord: (table: TargetTable, name: string): Target => ({ kind: 'bodyRecord', table, name }),
};

export interface PermissionMetadata {
  resource: Resource;
  action: Action;
  target: Target;
}

const apiErrors = () =>
  applyDecorators(
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in (problem+json, code UNAUTHENTICATED).' }),
    ApiForbiddenResponse({
      description:
        'Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED).',
    }),
  );

/** The permission a route needs, checked by the global guard in the company the request acts on. */
export function Permission(resource: Resource, action: Action, on: Target = target.anywhere()) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, { resource, action, target: on } satisfies PermissionMetadata),
    apiErrors(),
    ...(on.kind === 'anywhere'
      ? []
      : [ApiNotFoundResponse({ description: 'Missing, or in a company the caller does not belong to (NOT_FOUND).' })]),
  );
}

export interface PublicOptions {
  /** Hand a browser without one an XSRF-TOKEN cookie (default). Probes such as health checks opt out. */
  csrfCookie?: boolean;
}

/** A route anyone may call (sign-in, health). Unsafe methods still need the CSRF header. */
export const Public = (options: PublicOptions = {}) =>
  SetMetadata(PUBLIC_KEY, { csrfCookie: options.csrfCookie ?? true } satisfies Required<PublicOptions>);

/** A route every signed-in account may call about itself (`/me`, sign-out, password change). */
export const SignedIn = () => applyDecorators(SetMetadata(SIGNED_IN_KEY, true), apiErrors());

/** Allowed while the account must change its password (after an administrator's reset). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE_KEY, true);

/** The signed-in caller, set by the guard. */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext => {
  const request = ctx.switchToHttp().getRequest<{ auth?: AuthContext }>();
  if (!request.auth) throw new Error('Auth() used on a route without authentication');
  return request.auth;
});

/**
 * The company of the record a `target.record(…)` route is about, as the guard read it to check the
 * permission (null: a group-level record). A service that needs nothing of the record but its company
 * takes it from here instead of reading it again.
 */
export const RecordCompany = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | null => {
  const request = ctx.switchToHttp().getRequest<{ recordCompanyId?: string | null }>();
  if (request.recordCompanyId === undefined) throw new Error('RecordCompany() used on a route without a record target');
  return request.recordCompanyId;
});
