import { MigrationInterface, QueryRunner } from 'typeorm';

const KEY = "company_id, (COALESCE(annual_training_on, '-infinity'::date))";
const GROUPED = (from: string) =>
  `SELECT company_id, annual_training_on, count(*)::int AS n FROM ${from} WHERE active GROUP BY company_id, annual_training_on`;
const SUBTRACT = `UPDATE training_coverage_counts c SET n = c.n - o.n FROM (${GROUPED('old_rows')}) o
        WHERE c.company_id = o.company_id AND c.annual_training_on IS NOT DISTINCT FROM o.annual_training_on;`;
const ADD = `INSERT INTO training_coverage_counts AS c (company_id, annual_training_on, n) ${GROUPED('new_rows')}
        ON CONFLICT (${KEY}) DO UPDATE SET n = c.n + EXCLUDED.n;`;

/**
 * Hand-written (TypeORM does not manage triggers): `training_coverage_counts` keeps the number of active
 * people per company and date of their last passed annual course (null: never), maintained by
 * statement-level triggers with transition tables on `people` (a roster import of 50,000 rows costs
 * one grouped statement). People not covered on a day are the rows before that day's cut plus the
 * null row: the dashboards read a few rows per company instead of every person.
 */
export class TrainingCoverageCounts1795859087397 implements MigrationInterface {
  name = 'TrainingCoverageCounts1795859087397';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_coverage_counts (
        company_id uuid NOT NULL,
        annual_training_on date,
        n integer NOT NULL,
        CONSTRAINT fk_training_coverage_counts_company FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX ux_training_coverage_counts ON training_coverage_counts (${KEY})`);
    await queryRunner.query(`
      CREATE FUNCTION training_coverage_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${ADD}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION training_coverage_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${SUBTRACT}
        ${ADD}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION training_coverage_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${SUBTRACT}
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER people_coverage_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION training_coverage_add()',
    );
    await queryRunner.query(
      'CREATE TRIGGER people_coverage_update AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION training_coverage_move()',
    );
    await queryRunner.query(
      'CREATE TRIGGER people_coverage_delete AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION training_coverage_remove()',
    );
    await queryRunner.query(
      `INSERT INTO training_coverage_counts (company_id, annual_training_on, n) ${GROUPED('people')}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER people_coverage_delete ON people');
    await queryRunner.query('DROP TRIGGER people_coverage_update ON people');
    await queryRunner.query('DROP TRIGGER people_coverage_insert ON people');
    await queryRunner.query('DROP FUNCTION training_coverage_remove()');
    await queryRunner.query('DROP FUNCTION training_coverage_move()');
    await queryRunner.query('DROP FUNCTION training_coverage_add()');
    await queryRunner.query('DROP TABLE training_coverage_counts');
  }
}
