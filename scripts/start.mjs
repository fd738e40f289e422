// npm start: builds what changed (Nx, cached) and runs Mamori at http://localhost:3000 (PORT overrides).
// The API starts as soon as its own build is done, so PostgreSQL, the migrations and the demo data get
// ready while the web app is still building; until the web app lands, pages show a notice that reloads
// itself (backend/src/platform/http/create-app.ts). Ctrl-C stops everything; PostgreSQL is stopped cleanly.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import nodeFlags from '../backend/node-flags.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Nx's own script, run by this Node: no shell and no `.bin` shim, so it works the same on every platform.
const require = createRequire(import.meta.url);
const nxBin = join(dirname(require.resolve('nx/package.json')), require('nx/package.json').bin.nx);
const children = new Set();
let stopping = false;

/**
 * Runs a child; resolves with its exit code (1 when a signal ended it). A quiet child's output is kept
 * and shown only if it fails: the build's file tables would push the sign-in help off the screen.
 */
function run(command, args, { env = {}, quiet = false } = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      children.delete(child);
      resolve(1);
    });
    child.once('close', (code) => {
      children.delete(child);
      if (code !== 0 && !stopping) process.stderr.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

// The type check is left to `npm run typecheck` and CI: it costs a cold start 6–12 s. Angular's builder
// keeps one core for itself and gives the others to its workers: on two cores that left the second one
// mostly idle (a cold build took 45–46 s with one worker, 42 s with two).
const buildWebApp = () =>
  run(process.execPath, [nxBin, 'run', '@mamori/frontend:build', '--output-style=static'], {
    quiet: true,
    env: {
      NG_BUILD_TYPE_CHECK: '0',
      ...(availableParallelism() <= 2 && !process.env.NG_BUILD_MAX_WORKERS ? { NG_BUILD_MAX_WORKERS: '2' } : {}),
    },
  });

function stopAll(signal) {
  stopping = true;
  for (const child of children) child.kill(signal);
}
// The API's own handler stops PostgreSQL, and a signal that also reached it from the terminal is harmless.
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

// The web app's build is the long one (~45 s on two cores); the API's takes a second or two (swc, ADR 0012)
// and its start-up (PostgreSQL, migrations, demo data) runs beside the web app's build.
const started = performance.now();
const seconds = () => `${Math.round((performance.now() - started) / 1000)} s`;
process.stdout.write('\n  Building Mamori (the web app takes about a minute the first time, seconds after that)…\n\n');
const web = buildWebApp();
// The API's build directly rather than through a second Nx process: swc needs half a second, while Nx's
// own start-up would take seconds of CPU from the web app's build.
const backend = await run(process.execPath, [join(root, 'backend', 'build.mjs')], { quiet: true });
if (backend !== 0 || stopping) {
  stopAll('SIGTERM');
  await web;
  process.exit(backend || 130);
}
process.stdout.write(`  The API is built (${seconds()}); starting it.\n\n`);
const api = run(process.execPath, [...nodeFlags, join(root, 'backend', 'dist', 'main.js')]);

let failed = 0;
void web.then((code) => {
  if (stopping) return;
  if (code !== 0) {
    process.stderr.write('\n  The web app did not build (see above); stopping Mamori.\n\n');
    failed = code;
    stopAll('SIGINT');
    return;
  }
  const host =
    process.env.HOST && !['0.0.0.0', '127.0.0.1'].includes(process.env.HOST) ? process.env.HOST : 'localhost';
  process.stdout.write(`\n  The web app is built (${seconds()}): http://${host}:${process.env.PORT ?? 3000}\n\n`);
});
const apiCode = await api;
if (!stopping) stopAll('SIGTERM'); // the API ended by itself (a wrong setting, a port in use): stop the build
await web;
process.exit(failed || apiCode);
