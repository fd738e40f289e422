import type { DataSource } from 'typeorm';
import { demoOrganizationSeeder } from './demo-organization.seeder';
import { demoSubcontractorsSeeder } from './demo-subcontractors';
import { demoTrainingSeeder } from './demo-training';
import { demoJointUseSeeder } from './demo-joint-use';
import { demoIncidentsSeeder } from './demo-incidents';
import { demoImprovementSeeder } from './demo-improvement';
import type { Seeder } from './seeder';

/** Reference data: rows every installation needs (lookup lists, default templates). In order. */
export const referenceSeeders: Seeder[] = [];

/** Demo data: GMO TECH and its group, for trying Mamori out. Never loaded in production. In order. */
export const demoSeeders: Seeder[] = [
  demoOrganizationSeeder,
  demoSubcontractorsSeeder,
  demoTrainingSeeder,
  demoJointUseSeeder,
  demoIncidentsSeeder,
  demoImprovementSeeder,
];

const SEED_LOCK_KEY = 0x6d616d73; // "mams"

export interface SeedOptions {
  demo: boolean;
}

/** Runs the seeders inside one transaction per seeder, serialised across processes. Returns what ran. */
export async function runSeeds(dataSource: DataSource, options: SeedOptions): Promise<string[]> {
  const seeders = [...referenceSeeders, ...(options.demo ? demoSeeders : [])];
  const ran: string[] = [];
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    for (const seeder of seeders) {
      await dataSource.transaction((manager) => seeder.run(manager));
      ran.push(seeder.name);
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
  return ran;
}
