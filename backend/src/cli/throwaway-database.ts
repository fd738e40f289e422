import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../platform/database/embedded-postgres';

/** A database for one command: DATABASE_URL when set, else a throwaway embedded PostgreSQL. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(join(tmpdir(), 'mamori-db-'));
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pgdata'), persistent: false, fast: true });
    url = embedded.url;
  }
  try {
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}
