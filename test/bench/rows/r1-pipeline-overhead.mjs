// R1: requests/second of a JSON endpoint through the full API pipeline (Fastify, request id, security
// headers, Nest guards / pipes / filters, JSON logging) divided by a bare node:http server returning
// the same JSON, measured side by side in the same run.
//
// Two reference servers run in the same rounds to show where the cost lies: Fastify alone and an empty
// NestJS app on Fastify (no guards, hooks or logging). The empty NestJS app is the floor Mamori's
// pipeline cannot go below with the product's fixed stack.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, freePort, load, waitFor } from '../../support/app-process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// Four short rounds rather than two long ones: the machine's load drifts, and finer alternation spreads
// the drift over all four servers.
const ROUNDS = 4;
const ROUND_SECONDS = 4;

async function startReference(file) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(here, '..', 'reference', file)], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/api/v1/health`;
  await waitFor(url);
  return { pid: child.pid, url, stop: () => child.kill() };
}

export default async function r1({ app }) {
  const servers = {
    bare: await startReference('bare.cjs'),
    fastify: await startReference('fastify-minimal.cjs'),
    nest: await startReference('nest-minimal.cjs'),
    app: { pid: app.pid, url: `${app.url}/api/v1/health`, stop: () => {} },
  };
  try {
    for (const s of Object.values(servers)) await load(s.url, { duration: 2 }); // warm up
    // Alternate the servers round by round so drift on a noisy machine hits all of them. CPU time per
    // request of each server process does not depend on what else the machine is doing as much as
    // req/s does, so it is printed beside the ratio as a steadier figure.
    const runs = Object.fromEntries(Object.keys(servers).map((k) => [k, { rps: [], cpuMs: 0, requests: 0 }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, s] of Object.entries(servers)) {
        const before = cpuMs(s.pid);
        const result = await load(s.url, { duration: ROUND_SECONDS });
        runs[name].cpuMs += cpuMs(s.pid) - before;
        runs[name].requests += result.requests;
        runs[name].rps.push(result.rps);
        runs[name].p97_5 = result.p97_5;
      }
    }
    const rps = (name) => runs[name].rps.reduce((a, b) => a + b, 0) / runs[name].rps.length;
    const cpuUs = (name) => (runs[name].cpuMs * 1000) / runs[name].requests;
    const ratio = rps('app') / rps('bare');
    const round3 = (x) => Number(x.toFixed(3));
    return [
      {
        id: 'R1',
        name: 'GET /api/v1/health through the full pipeline ÷ bare node:http',
        value: Number(rps('app').toFixed(0)),
        unit: 'req/s',
        baseline: Number(rps('bare').toFixed(0)),
        ratio: round3(ratio),
        target: 'ratio ≥ 0.5',
        pass: ratio >= 0.5,
        detail: {
          appP97_5Ms: runs.app.p97_5,
          bareP97_5Ms: runs.bare.p97_5,
          appCpuMicrosPerRequest: Number(cpuUs('app').toFixed(1)),
          bareCpuMicrosPerRequest: Number(cpuUs('bare').toFixed(1)),
          cpuRatio: round3(cpuUs('bare') / cpuUs('app')),
          fastifyOnlyRatio: round3(rps('fastify') / rps('bare')),
          emptyNestRatio: round3(rps('nest') / rps('bare')),
          emptyNestCpuMicrosPerRequest: Number(cpuUs('nest').toFixed(1)),
        },
        note:
          `reference servers in the same rounds: Fastify alone ${round3(rps('fastify') / rps('bare'))}, ` +
          `an empty NestJS app on Fastify ${round3(rps('nest') / rps('bare'))} of bare node:http ` +
          `(${cpuUs('nest').toFixed(1)} µs CPU per request, Mamori ${cpuUs('app').toFixed(1)} µs).`,
      },
    ];
  } finally {
    for (const s of Object.values(servers)) s.stop();
  }
}
