import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problems } from '../errors/problem';
import type { AuthContext } from '../auth/auth-context';
import { authProblems } from '../auth/auth.errors';
import { clearSessionCookie } from '../auth/cookie-writer';
import { serializeCookie, parseCookies, useSecureCookies } from '../auth/cookies';
import { SessionService } from '../auth/sessions.service';
import { csrfMatches, isToken, newToken, SESSION_COOKIE, XSRF_COOKIE, XSRF_HEADER } from '../auth/tokens';
import { AccessService, DenialContext, isUuid } from './access.service';
import {
  ALLOWED_BEFORE_PASSWORD_CHANGE_KEY,
  PERMISSION_KEY,
  PermissionMetadata,
  PUBLIC_KEY,
  PublicOptions,
  SIGNED_IN_KEY,
} from './decorators';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type GuardedRequest = FastifyRequest & {
  auth?: AuthContext;
  csrfToken?: string;
  /** The company of a `target.record` route's record, once the permission on it holds (RecordCompany()). */
  recordCompanyId?: string | null;
};

interface RouteRules {
  publicRoute: Required<PublicOptions> | undefined;
  allowedBeforePasswordChange: boolean;
  signedIn: boolean;
  permission: PermissionMetadata | undefined;
  /** The route pattern (for the audit of a refusal), never the raw URL. */
  route: string | undefined;
}

/**
 * The one global guard, in this order:
 * 1. gives the browser an XSRF-TOKEN cookie when it has none (so any GET, or GET /auth/csrf, arms the SPA;
 *    probes marked @Public({ csrfCookie: false }) do not);
 * 2. resolves the session cookie;
 * 3. refuses unsafe methods whose X-XSRF-TOKEN header does not equal the cookie (403 CSRF_TOKEN_INVALID),
 *    public routes such as sign-in included;
 * 4. lets @Public() routes through; otherwise requires a session (401 UNAUTHENTICATED);
 * 5. while a password change is pending, allows only routes marked for it (403 PASSWORD_CHANGE_REQUIRED);
 * 6. checks @Permission(resource, action, target) in the company the request acts on (404 / 403).
 * A route without any of the decorators is refused: the route-coverage test keeps that from happening.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly access: AccessService,
  ) {}

  /** What the decorators say about a route, read once per handler (the metadata never changes). */
  private readonly routes = new WeakMap<object, RouteRules>();

  private rulesOf(context: ExecutionContext, request: GuardedRequest): RouteRules {
    const handler = context.getHandler();
    let rules = this.routes.get(handler);
    if (!rules) {
      const targets = [handler, context.getClass()];
      rules = {
        publicRoute: this.reflector.getAllAndOverride<Required<PublicOptions> | undefined>(PUBLIC_KEY, targets),
        allowedBeforePasswordChange: !!this.reflector.getAllAndOverride<boolean>(
          ALLOWED_BEFORE_PASSWORD_CHANGE_KEY,
          targets,
        ),
        signedIn: !!this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets),
        permission: this.reflector.getAllAndOverride<PermissionMetadata | undefined>(PERMISSION_KEY, targets),
        route: request.routeOptions?.url,
      };
      this.routes.set(handler, rules);
    }
    return rules;
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const rules = this.rulesOf(context, request);
    const publicRoute = rules.publicRoute;

    const cookies = parseCookies(request.headers.cookie);
    const csrfCookie = cookies[XSRF_COOKIE];
    if (isToken(csrfCookie)) {
      request.csrfToken = csrfCookie;
    } else if (!publicRoute || publicRoute.csrfCookie) {
      request.csrfToken = newToken();
      reply.header(
        'set-cookie',
        serializeCookie(XSRF_COOKIE, request.csrfToken, {
          httpOnly: false,
          secure: useSecureCookies(request.protocol, request.hostname),
        }),
      );
    }

    const token = cookies[SESSION_COOKIE];
    if (isToken(token)) return this.activateWithSession(token, csrfCookie, rules, request, reply);
    // No session to look up: decided here without a promise (probes, the sign-in page's requests).
    if (token) clearSessionCookie(request, reply);
    if (UNSAFE_METHODS.has(request.method) && !csrfMatches(csrfCookie, request.headers[XSRF_HEADER])) {
      throw authProblems.csrf();
    }
    if (publicRoute) return true;
    throw authProblems.unauthenticated();
  }

  private async activateWithSession(
    token: string,
    csrfCookie: string | undefined,
    rules: RouteRules,
    request: GuardedRequest,
    reply: FastifyReply,
  ): Promise<boolean> {
    const denial: DenialContext = { method: request.method, route: rules.route };
    const auth = await this.sessions.authenticate(token, String(request.id));
    if (!auth) clearSessionCookie(request, reply);

    if (UNSAFE_METHODS.has(request.method) && !csrfMatches(csrfCookie, request.headers[XSRF_HEADER])) {
      if (auth) await this.access.recordRefusal(auth, 'csrf_token_invalid', denial);
      throw authProblems.csrf();
    }

    if (rules.publicRoute) {
      if (auth) request.auth = auth;
      return true;
    }
    if (!auth) throw authProblems.unauthenticated();
    request.auth = auth;

    if (auth.mustChangePassword && !rules.allowedBeforePasswordChange) {
      await this.access.recordRefusal(auth, 'password_change_required', denial);
      throw authProblems.passwordChangeRequired();
    }
    if (rules.signedIn) return true;

    const permission = rules.permission;
    if (!permission) {
      await this.access.recordRefusal(auth, 'route_without_permission', denial);
      throw authProblems.forbidden();
    }
    await this.authorize(auth, permission, request, denial);
    return true;
  }

  private async authorize(
    auth: AuthContext,
    { resource, action, target }: PermissionMetadata,
    request: GuardedRequest,
    denial: DenialContext,
  ) {
    const params = (request.params ?? {}) as Record<string, unknown>;
    const query = (request.query ?? {}) as Record<string, unknown>;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    let companyRef: unknown;
    switch (target.kind) {
      case 'anywhere':
        return this.access.assertAnywhere(auth, resource, action, denial);
      case 'group':
        return this.access.assertGroup(auth, resource, action, denial);
      case 'param':
        companyRef = params[target.name];
        break;
      case 'query':
        companyRef = query[target.name];
        if (companyRef === undefined) return this.access.assertAnywhere(auth, resource, action, denial);
        break;
      case 'body':
        companyRef = body[target.name];
        if (companyRef === null && target.name === 'companyId')
          return this.access.assert(auth, resource, action, null, denial);
        break;
      case 'record':
      case 'bodyRecord': {
        const id = target.kind === 'record' ? params[target.param] : body[target.name];
        if (!isUuid(id)) return this.access.assertAnywhere(auth, resource, action, denial);
        const companyId = await this.access.companyOf(target.table, id);
        if (companyId === undefined) throw problems.notFound();
        await this.access.assert(auth, resource, action, companyId, { ...denial, entityId: id });
        if (target.kind === 'record') request.recordCompanyId = companyId;
        return;
      }
    }
    // A malformed company id: the permission must exist somewhere; validation then answers 400.
    if (!isUuid(companyRef)) return this.access.assertAnywhere(auth, resource, action, denial);
    return this.access.assert(auth, resource, action, companyRef, denial);
  }
}
