import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp } from './support/app';
import { startFaultPostgres, stopFaultPostgres } from './support/postgres-control';

describe('health', () => {
  let app: NestFastifyApplication;

  afterEach(async () => {
    await app?.close();
  });

  it('answers liveness and readiness with the database up', async () => {
    app = await createTestApp();
    const live = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    expect(live.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const ready = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 while PostgreSQL is down and 200 again once it is back, without restarting the API', async () => {
    app = await createTestApp({ databaseUrl: process.env.MAMORI_FAULT_DATABASE_URL });
    expect((await app.inject({ method: 'GET', url: '/api/v1/health/ready' })).statusCode).toBe(200);

    stopFaultPostgres();
    try {
      const down = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(down.statusCode).toBe(503);
      expect(down.headers['content-type']).toContain('application/problem+json');
      expect(down.headers['retry-after']).toBe('5');
      expect(down.json()).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', title: 'Service Unavailable' });
      expect(JSON.stringify(down.json())).not.toMatch(/at \w+ \(|ECONNREFUSED|node_modules/);

      // Liveness does not depend on the database.
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      startFaultPostgres();
    }

    const back = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toEqual({ status: 'ok' });
  });
});
