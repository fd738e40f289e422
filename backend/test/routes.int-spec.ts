import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PERMISSION_KEY, PermissionMetadata, PUBLIC_KEY, SIGNED_IN_KEY } from '../src/platform/access/decorators';
import { RESOURCES } from '../src/platform/access/permissions';
import { createTestApp } from './support/app';

interface Route {
  method: string;
  path: string;
  guard: 'public' | 'signed-in' | 'permission' | 'none';
  permission?: PermissionMetadata;
}

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every route of the app's controllers, from Nest's own metadata, with the access decorators found on it. */
function enumerateRoutes(app: NestFastifyApplication): Route[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base: string = Reflect.getMetadata(PATH_METADATA, metatype) ?? '';
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name] as object;
      const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler as () => void, metatype];
      const permission = reflector.getAllAndOverride<PermissionMetadata>(PERMISSION_KEY, targets);
      const guard = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? 'public'
        : reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets)
          ? 'signed-in'
          : permission
            ? 'permission'
            : 'none';
      routes.push({ method, path: join('api/v1', base, path), guard, permission });
    }
  }
  return routes;
}

describe('route coverage', () => {
  let app: NestFastifyApplication;
  let routes: Route[];

  beforeAll(async () => {
    app = await createTestApp({ imports: [DiscoveryModule] });
    routes = enumerateRoutes(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds the routes the server actually serves', () => {
    const server = app.getHttpAdapter().getInstance();
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      expect({
        route: `${route.method} ${route.path}`,
        served: server.hasRoute({ method: route.method as 'GET', url: route.path }),
      }).toEqual({
        route: `${route.method} ${route.path}`,
        served: true,
      });
    }
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/health', 'GET /api/v1/people/:id']),
    );
  });

  it('every route is @Public(), @SignedIn() or has @Permission(resource, action)', () => {
    const unguarded = routes.filter((r) => r.guard === 'none').map((r) => `${r.method} ${r.path}`);
    expect(unguarded).toEqual([]);
  });

  it('public routes are exactly the health checks, the CSRF token, sign-in, the calendar feed and the questionnaire link', () => {
    expect(
      routes
        .filter((r) => r.guard === 'public')
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'GET /api/v1/auth/csrf',
      'GET /api/v1/calendar/:file',
      'GET /api/v1/health',
      'GET /api/v1/health/ready',
      // The subcontractor's questionnaire link: the token is the key (see subcontractors.int-spec.ts).
      'GET /api/v1/questionnaires/:token',
      'GET /api/v1/questionnaires/:token/evidence',
      'GET /api/v1/questionnaires/:token/evidence/:attachmentId',
      'POST /api/v1/auth/login',
      'POST /api/v1/questionnaires/:token/evidence',
      'POST /api/v1/questionnaires/:token/submit',
      'PUT /api/v1/questionnaires/:token/answers',
    ]);
  });

  it('permissions name a resource and an action of the matrix; reads are GETs and writes are not', () => {
    for (const route of routes.filter((r) => r.permission)) {
      const { resource, action } = route.permission!;
      expect((RESOURCES[resource] as readonly string[]).includes(action)).toBe(true);
      expect({ route: route.path, read: route.method === 'GET' }).toEqual({
        route: route.path,
        read: action === 'read',
      });
    }
  });
});
