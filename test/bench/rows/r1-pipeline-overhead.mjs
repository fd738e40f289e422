// R1: requests/second of a JSON endpoint through the full API pipeline (Fastify, request id, helmet
// headers, Nest guards / pipes / filters, JSON logging) divided by a bare node:http server returning
// the same JSON, measured side by side in the same run.
import { spawn } from 'node:child_process';
import { cpuMs, freePort, load, waitFor } from '../../support/app-process.mjs';

const BARE_SERVER = `
const http = require('node:http');
const body = JSON.stringify({ status: 'ok' });
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

export default async function r1({ app }) {
  const port = await freePort();
  const bare = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    const bareUrl = `http://127.0.0.1:${port}/api/v1/health`;
    await waitFor(bareUrl);
    const appUrl = `${app.url}/api/v1/health`;
    // Warm both up, then alternate two rounds each so drift on a noisy machine hits both sides.
    await load(bareUrl, { duration: 2 });
    await load(appUrl, { duration: 2 });
    const bareRuns = [];
    const appRuns = [];
    // CPU time per request of each server process: unlike req/s, it does not depend on what else the
    // machine is doing, so it is printed beside the ratio as a steadier figure.
    const cpu = { bare: 0, app: 0, bareRequests: 0, appRequests: 0 };
    for (let round = 0; round < 2; round++) {
      let before = cpuMs(bare.pid);
      const b = await load(bareUrl);
      cpu.bare += cpuMs(bare.pid) - before;
      cpu.bareRequests += b.requests;
      bareRuns.push(b);
      before = cpuMs(app.pid);
      const a = await load(appUrl);
      cpu.app += cpuMs(app.pid) - before;
      cpu.appRequests += a.requests;
      appRuns.push(a);
    }
    const bareCpuUs = (cpu.bare * 1000) / cpu.bareRequests;
    const appCpuUs = (cpu.app * 1000) / cpu.appRequests;
    const mean = (runs) => runs.reduce((s, r) => s + r.rps, 0) / runs.length;
    const bareRps = mean(bareRuns);
    const appRps = mean(appRuns);
    const ratio = appRps / bareRps;
    return [
      {
        id: 'R1',
        name: 'GET /api/v1/health through the full pipeline ÷ bare node:http',
        value: Number(appRps.toFixed(0)),
        unit: 'req/s',
        baseline: Number(bareRps.toFixed(0)),
        ratio: Number(ratio.toFixed(3)),
        target: 'ratio ≥ 0.5',
        pass: ratio >= 0.5,
        detail: {
          appP97_5Ms: appRuns.at(-1).p97_5,
          bareP97_5Ms: bareRuns.at(-1).p97_5,
          appCpuMicrosPerRequest: Number(appCpuUs.toFixed(1)),
          bareCpuMicrosPerRequest: Number(bareCpuUs.toFixed(1)),
          cpuRatio: Number((bareCpuUs / appCpuUs).toFixed(3)),
        },
      },
    ];
  } finally {
    bare.kill();
  }
}
