import { startApp } from '../../support/app-process.mjs';

export default async function globalSetup() {
  const app = await startApp({ LOG_LEVEL: 'warn' });
  globalThis.__MAMORI_E2E_APP__ = app;
  process.env.E2E_BASE_URL = app.url;
}
