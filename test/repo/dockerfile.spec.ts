import { createRequire } from 'node:module';
import { readRepoFile } from './support';

/** The V8 options every launcher of the API passes (ADR 0013). */
const nodeFlags = createRequire(__filename)('../../backend/node-flags.cjs') as string[];

/** Dockerfile: multi-stage build, a small runtime stage that runs as a non-root user. */

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions in order: comments dropped, backslash continuations joined. */
function instructions(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!current && (line.startsWith('#') || !line)) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(current + line);
    current = '';
  }
  if (current.trim()) logical.push(current.trim());
  return logical.map((line) => {
    const at = line.search(/\s/);
    return at < 0
      ? { keyword: line.toUpperCase(), args: '' }
      : { keyword: line.slice(0, at).toUpperCase(), args: line.slice(at + 1).trim() };
  });
}

const all = instructions(readRepoFile('Dockerfile'));
const fromIndexes = all.map((ins, i) => (ins.keyword === 'FROM' ? i : -1)).filter((i) => i >= 0);
const finalStage = all.slice(fromIndexes[fromIndexes.length - 1] ?? 0);
const args = Object.fromEntries(
  all
    .filter((i) => i.keyword === 'ARG')
    .map((i) => {
      const [name, value = ''] = i.args.split('=');
      return [name, value];
    }),
);

/** ENV values set in the final stage (both `ENV A=1 B=2` and the legacy `ENV A 1`). */
function finalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const ins of finalStage.filter((i) => i.keyword === 'ENV')) {
    if (!ins.args.includes('=')) {
      const [name, ...rest] = ins.args.split(/\s+/);
      env[name] = rest.join(' ');
      continue;
    }
    for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g))
      env[m[1]] = m[2].replace(/^"|"$/g, '');
  }
  return env;
}

describe('Dockerfile', () => {
  it('is a multi-stage build', () => {
    expect(fromIndexes.length).toBeGreaterThanOrEqual(2);
  });

  it('builds on Node 20 (Debian bookworm, slim)', () => {
    const images = all
      .filter((i) => i.keyword === 'FROM')
      .map((i) => i.args.split(/\s+/)[0].replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? ''));
    const external = images.filter(
      (image) => !all.some((i) => i.keyword === 'FROM' && new RegExp(`\\sAS\\s+${image}$`, 'i').test(i.args)),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const image of external) expect(image).toMatch(/^node:20(\.[\d.]+)?-bookworm-slim$/);
  });

  it('installs with npm ci from the lockfile', () => {
    expect(all.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true);
    expect(all.some((i) => i.keyword === 'COPY' && /package-lock\.json/.test(i.args))).toBe(true);
  });

  it('keeps only runtime dependencies in the final stage', () => {
    expect(all.some((i) => i.keyword === 'RUN' && /\bnpm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    expect(finalStage.some((i) => i.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(i.args))).toBe(false);
  });

  it('runs as the non-root node user', () => {
    const users = finalStage.filter((i) => i.keyword === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).toBe('node');
  });

  it('sets production mode and where the web app is', () => {
    const env = finalEnv();
    expect(env['NODE_ENV']).toBe('production');
    expect(env['WEB_DIST_DIR']).toBe('/app/frontend/dist/browser');
    expect(env['HOST']).toBe('0.0.0.0');
  });

  it('exposes port 3000 and checks readiness', () => {
    expect(finalStage.some((i) => i.keyword === 'EXPOSE' && /\b3000\b/.test(i.args))).toBe(true);
    const healthcheck = finalStage.find((i) => i.keyword === 'HEALTHCHECK');
    expect(healthcheck?.args).toMatch(/CMD/);
    expect(healthcheck?.args).toContain('/api/v1/health/ready');
  });

  it('starts the built API with the V8 options every launcher passes', () => {
    const cmd = finalStage.filter((i) => i.keyword === 'CMD').pop();
    expect(JSON.parse(cmd?.args ?? 'null')).toEqual(['node', ...nodeFlags, 'backend/dist/main.js']);
  });

  it('has the backend start script pass the same V8 options', () => {
    const { scripts } = JSON.parse(readRepoFile('backend/package.json')) as { scripts: Record<string, string> };
    expect(scripts['start']).toBe(['node', ...nodeFlags, 'dist/main.js'].join(' '));
  });
});

describe('.dockerignore', () => {
  const ignored = readRepoFile('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it.each([['node_modules'], ['dist'], ['.mamori'], ['.nx'], ['.angular'], ['.git'], ['.env'], ['test/e2e/artifacts']])(
    'keeps %s out of the build context',
    (path) => {
      expect(ignored.some((pattern) => pattern === path || pattern === `**/${path}`)).toBe(true);
    },
  );
});
