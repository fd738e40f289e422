import { parse } from 'yaml';
import { configVariableNames, readRepoFile } from './support';

/** docker-compose.yml: the production-like run (PostgreSQL 18, the app, a mail catcher). */

interface Healthcheck {
  test?: string | string[];
}
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  healthcheck?: Healthcheck;
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number; published?: number | string })[];
  expose?: (string | number)[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readRepoFile('docker-compose.yml')) as Compose;
const services = compose.services ?? {};

function environment(service: Service | undefined): Record<string, string> {
  const env = service?.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

function healthcheckCommand(service: Service | undefined): string {
  const test = service?.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

function volumeParts(volume: string | { source?: string; target?: string }): { source: string; target: string } {
  if (typeof volume !== 'string') return { source: volume.source ?? '', target: volume.target ?? '' };
  const [source, target = ''] = volume.split(':');
  return { source, target };
}

describe('docker-compose.yml', () => {
  it('defines the postgres, app and mailpit services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'app', 'mailpit']));
  });

  describe('postgres', () => {
    const postgres = services['postgres'];

    it('runs PostgreSQL 18', () => {
      expect(postgres?.image).toBe('postgres:18');
    });

    it('keeps its data in a named volume at the PostgreSQL 18 image path', () => {
      const mounts = (postgres?.volumes ?? []).map(volumeParts);
      const data = mounts.find((m) => m.target === '/var/lib/postgresql');
      expect(data).toBeDefined();
      // A named volume, not a bind mount of a host folder.
      expect(data?.source).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
      expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
    });

    it('has a pg_isready healthcheck', () => {
      expect(healthcheckCommand(postgres)).toContain('pg_isready');
    });

    it('takes its password from the environment and requires it', () => {
      expect(environment(postgres)['POSTGRES_PASSWORD']).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]*\}$/);
    });

    it('is not published on the host', () => {
      expect(postgres?.ports ?? []).toHaveLength(0);
    });
  });

  describe('app', () => {
    const app = services['app'];
    const env = environment(app);

    it('is built from the Dockerfile', () => {
      const build = app?.build;
      const dockerfile = typeof build === 'string' ? 'Dockerfile' : (build?.dockerfile ?? 'Dockerfile');
      expect(build).toBeDefined();
      expect(dockerfile).toBe('Dockerfile');
    });

    it('runs in production mode', () => {
      expect(env['NODE_ENV']).toBe('production');
    });

    it('connects to the postgres service', () => {
      const url = env['DATABASE_URL'] ?? '';
      expect(url).toMatch(/^postgres(ql)?:\/\//);
      // Credentials come from the same variable as the postgres service's password.
      expect(url).toMatch(/^postgres(ql)?:\/\/mamori:\$\{POSTGRES_PASSWORD(:\?[^}]*)?\}@postgres:5432\/mamori$/);
    });

    it('waits for PostgreSQL to be healthy', () => {
      const dependsOn = app?.depends_on;
      expect(dependsOn).toBeDefined();
      expect(Array.isArray(dependsOn)).toBe(false);
      expect((dependsOn as Record<string, { condition?: string }>)['postgres']?.condition).toBe('service_healthy');
    });

    it('has a healthcheck on the readiness endpoint', () => {
      expect(healthcheckCommand(app)).toContain('/api/v1/health/ready');
    });

    it('sends mail to the mail catcher', () => {
      expect(env['SMTP_URL']).toMatch(/^smtp:\/\/mailpit:1025\/?$/);
    });

    it('publishes port 3000', () => {
      expect((app?.ports ?? []).map(String)).toEqual(
        expect.arrayContaining([expect.stringMatching(/(^|:)3000:3000$/)]),
      );
    });

    it('sets only variables the app reads', () => {
      // SMTP_URL is read by the mail transport of the notifications.
      const known = new Set([...configVariableNames(), 'SMTP_URL']);
      expect(Object.keys(env).filter((name) => !known.has(name))).toEqual([]);
    });
  });

  describe('mailpit', () => {
    const mailpit = services['mailpit'];

    it('runs Mailpit with its web UI on 8025 and SMTP on 1025', () => {
      expect(mailpit?.image).toMatch(/^axllent\/mailpit(:|$)/);
      const ports = [...(mailpit?.ports ?? []), ...(mailpit?.expose ?? [])].map(String).join(' ');
      expect(ports).toContain('8025');
      expect(ports).toContain('1025');
    });
  });

  it('.env.example names the password without a value', () => {
    const example = readRepoFile('.env.example');
    const lines = example.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(lines).toEqual(['POSTGRES_PASSWORD=']);
  });

  it('holds no password literal', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (/PASSWORD|SECRET|TOKEN/.test(key)) {
          expect({ service: name, key, value }).toEqual({
            service: name,
            key,
            value: expect.stringMatching(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/),
          });
        }
        // Credentials inside URLs must come from a variable too.
        const userinfo = /^[a-z]+:\/\/[^:/@]+:([^@]+)@/.exec(value);
        if (userinfo)
          expect({ service: name, key, password: userinfo[1] }).toEqual({
            service: name,
            key,
            password: expect.stringMatching(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/),
          });
      }
    }
  });
});
