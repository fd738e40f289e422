// npm run dev: the API in watch mode (tsc --watch + node --watch) and the Angular dev server on
// http://localhost:4200, which proxies /api to the API on :3000. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeFlags from '../backend/node-flags.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const children = [];

function run(label, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${label}] ${line}\n`)
      .join('');
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  children.push(child);
  return child;
}

// A first full build so node --watch has something to start.
const first = spawnSync(bin('tsc'), ['-p', 'backend/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (first.status !== 0 || !existsSync(join(root, 'backend', 'dist', 'main.js'))) process.exit(first.status ?? 1);

run('tsc', bin('tsc'), ['-p', 'backend/tsconfig.build.json', '--watch', '--preserveWatchOutput']);
run('api', process.execPath, [...nodeFlags, '--watch', 'backend/dist/main.js'], {
  env: { ...process.env, PORT: process.env.PORT ?? '3000' },
});
run('web', 'npm', ['run', 'dev', '-w', 'frontend']);

const stop = () => {
  for (const child of children) child.kill('SIGINT');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
