import type { EntityManager } from 'typeorm';

/**
 * A seeder writes rows that must exist (reference data, every environment) or that show the product
 * (demo data, demo mode only). Seeders are idempotent: each run leaves the same rows, never duplicates.
 */
export interface Seeder {
  name: string;
  run(manager: EntityManager): Promise<void>;
}
