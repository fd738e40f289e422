import { rm } from 'node:fs/promises';
export default async function globalTeardown(): Promise<void> {
  for (const pg of globalThis.__MAMORI_PG__ ?? []) await pg.stop();
  const attachments = process.env.MAMORI_TEST_ATTACHMENTS_DIR;
  if (attachments) await rm(attachments, { recursive: true, force: true });
}
