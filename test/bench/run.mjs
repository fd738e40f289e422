// npm run bench: starts Mamori on a throwaway embedded database, runs every row in rows/ (in file
// name order), prints a markdown table and writes test/bench/results.json. Figures, not pass/fail
// tests: the process exits 0 even when a target is missed, and says so in the table.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, startApp } from '../support/app-process.mjs';
import { captureEnv } from './sql-replay.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

const files = (await readdir(join(here, 'rows'))).filter((f) => f.endsWith('.mjs')).sort();
// The app records its SQL on demand: the latency rows replay it as their baseline (sql-replay.mjs).
const captureDir = await mkdtemp(join(tmpdir(), 'mamori-bench-sql-'));
const capture = captureEnv(captureDir);
// The scheduler is off: a reminder run over the rows' generated deadlines would land at a random
// moment inside a timed window and measure the job, not the endpoint.
const app = { ...(await startApp({ ...capture.env, JOBS_ENABLED: 'false' })), captureFile: capture.file };
const rows = [];
try {
  for (const file of files) {
    if (only.length && !only.some((o) => file.toLowerCase().startsWith(o.toLowerCase()))) continue;
    process.stderr.write(`bench: ${file}\n`);
    const { default: run } = await import(pathToFileURL(join(here, 'rows', file)).href);
    rows.push(...(await run({ app })));
  }
} finally {
  await app.stop();
  await rm(captureDir, { recursive: true, force: true });
}

const table = [
  '| Row | What | Value | Baseline | Ratio | Target | Met |',
  '|---|---|---:|---:|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.id} | ${r.name} | ${fmt(r.value, ['ms', 's'].includes(r.unit) ? 1 : 0)} ${r.unit} | ${r.baseline === undefined ? '' : `${fmt(r.baseline, ['ms', 's'].includes(r.unit) ? 1 : 0)} ${r.unit}`} | ${r.ratio ?? ''} | ${r.target} | ${r.pass ? 'yes' : 'NO'} |`,
  ),
].join('\n');
const notes = [
  ...rows
    .filter((r) => r.detail?.cpuRatio !== undefined)
    .map(
      (r) =>
        `${r.id}: CPU per request ${r.detail.appCpuMicrosPerRequest} µs vs ${r.detail.bareCpuMicrosPerRequest} µs (ratio ${r.detail.cpuRatio}), steadier than req/s on a busy machine.`,
    ),
  ...rows.filter((r) => r.note).map((r) => `${r.id}: ${r.note}`),
];
process.stdout.write(`\n${table}\n${notes.length ? `\n${notes.join('\n')}\n` : ''}\n`);

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  rows,
};
await writeFile(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`Wrote ${join('test', 'bench', 'results.json')}\n`);
