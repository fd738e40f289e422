import { MigrationInterface, QueryRunner } from 'typeorm';

const NO_DEPARTMENT = "'00000000-0000-0000-0000-000000000000'::uuid";
const KEY = `campaign_id, company_id, (COALESCE(department_id, ${NO_DEPARTMENT})), employment_type, status, due_on`;
const GROUPED = (from: string) =>
  `SELECT campaign_id, company_id, department_id, employment_type, status, due_on, count(*)::int AS n
   FROM ${from} WHERE kind = 'regular' GROUP BY campaign_id, company_id, department_id, employment_type, status, due_on`;

/**
 * Hand-written companion of TrainingCoursesCampaignsAttestations (TypeORM does not manage triggers):
 * - quiz attempts (attestations among them) and published course versions refuse UPDATE and DELETE;
 * - `training_progress_counts` keeps the number of regular assignments per campaign, company,
 *   department, employment type, status and due date, maintained by statement-level triggers with
 *   transition tables (set-based: a campaign of 50,000 people costs one grouped INSERT), so progress
 *   reads a few hundred rows instead of every assignment.
 */
export class TrainingAttestationsImmutable1795838045828 implements MigrationInterface {
  name = 'TrainingAttestationsImmutable1795838045828';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION training_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is a record: it cannot be changed or deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER training_attempts_immutable BEFORE UPDATE OR DELETE ON training_attempts FOR EACH ROW EXECUTE FUNCTION training_records_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER training_course_versions_immutable BEFORE UPDATE OR DELETE ON training_course_versions FOR EACH ROW EXECUTE FUNCTION training_records_refuse_change()',
    );

    await queryRunner.query(`
      CREATE TABLE training_progress_counts (
        campaign_id uuid NOT NULL,
        company_id uuid NOT NULL,
        department_id uuid,
        employment_type varchar(20) NOT NULL,
        status varchar(20) NOT NULL,
        due_on date NOT NULL,
        n integer NOT NULL,
        CONSTRAINT fk_training_progress_counts_campaign FOREIGN KEY (campaign_id) REFERENCES training_campaigns (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX ux_training_progress_counts ON training_progress_counts (${KEY})`);
    await queryRunner.query(`
      CREATE FUNCTION training_progress_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO training_progress_counts AS c (campaign_id, company_id, department_id, employment_type, status, due_on, n)
        ${GROUPED('new_rows')}
        ON CONFLICT (${KEY}) DO UPDATE SET n = c.n + EXCLUDED.n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION training_progress_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE training_progress_counts c SET n = c.n - o.n FROM (${GROUPED('old_rows')}) o
        WHERE c.campaign_id = o.campaign_id AND c.company_id = o.company_id AND c.department_id IS NOT DISTINCT FROM o.department_id
          AND c.employment_type = o.employment_type AND c.status = o.status AND c.due_on = o.due_on;
        INSERT INTO training_progress_counts AS c (campaign_id, company_id, department_id, employment_type, status, due_on, n)
        ${GROUPED('new_rows')}
        ON CONFLICT (${KEY}) DO UPDATE SET n = c.n + EXCLUDED.n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION training_progress_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE training_progress_counts c SET n = c.n - o.n FROM (${GROUPED('old_rows')}) o
        WHERE c.campaign_id = o.campaign_id AND c.company_id = o.company_id AND c.department_id IS NOT DISTINCT FROM o.department_id
          AND c.employment_type = o.employment_type AND c.status = o.status AND c.due_on = o.due_on;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER training_assignments_progress_insert AFTER INSERT ON training_assignments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION training_progress_add()',
    );
    await queryRunner.query(
      'CREATE TRIGGER training_assignments_progress_update AFTER UPDATE ON training_assignments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION training_progress_move()',
    );
    await queryRunner.query(
      'CREATE TRIGGER training_assignments_progress_delete AFTER DELETE ON training_assignments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION training_progress_remove()',
    );
    await queryRunner.query(
      `INSERT INTO training_progress_counts (campaign_id, company_id, department_id, employment_type, status, due_on, n) ${GROUPED('training_assignments')}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER training_assignments_progress_delete ON training_assignments');
    await queryRunner.query('DROP TRIGGER training_assignments_progress_update ON training_assignments');
    await queryRunner.query('DROP TRIGGER training_assignments_progress_insert ON training_assignments');
    await queryRunner.query('DROP FUNCTION training_progress_remove()');
    await queryRunner.query('DROP FUNCTION training_progress_move()');
    await queryRunner.query('DROP FUNCTION training_progress_add()');
    await queryRunner.query('DROP TABLE training_progress_counts');
    await queryRunner.query('DROP TRIGGER training_course_versions_immutable ON training_course_versions');
    await queryRunner.query('DROP TRIGGER training_attempts_immutable ON training_attempts');
    await queryRunner.query('DROP FUNCTION training_records_refuse_change()');
  }
}
