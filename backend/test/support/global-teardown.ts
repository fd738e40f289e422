export default async function globalTeardown(): Promise<void> {
  for (const pg of globalThis.__MAMORI_PG__ ?? []) await pg.stop();
}
