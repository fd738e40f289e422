import { MigrationInterface, QueryRunner } from 'typeorm';

const LAST_PASS = (from: string) =>
  `SELECT person_id, max((submitted_at AT TIME ZONE 'Asia/Tokyo')::date) AS last
     FROM ${from} WHERE passed AND annual GROUP BY person_id`;

/**
 * Hand-written companion of PeopleAnnualTrainingOn (TypeORM does not manage triggers): every insert of
 * quiz attempts moves `people.annual_training_on` to the Tokyo date of the person's latest passed annual
 * attempt, set-based through a statement-level trigger with a transition table. Attempts are never
 * updated or deleted (training_attempts_immutable), so inserts are the only change to follow. Existing
 * attestations are carried over.
 */
export class PeopleAnnualTrainingOnKept1795859087396 implements MigrationInterface {
  name = 'PeopleAnnualTrainingOnKept1795859087396';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION people_annual_training_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE people p SET annual_training_on = n.last
          FROM (${LAST_PASS('new_attempts')}) n
         WHERE p.id = n.person_id AND (p.annual_training_on IS NULL OR p.annual_training_on < n.last);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER training_attempts_annual_training_on AFTER INSERT ON training_attempts REFERENCING NEW TABLE AS new_attempts FOR EACH STATEMENT EXECUTE FUNCTION people_annual_training_on()',
    );
    await queryRunner.query(
      `UPDATE people p SET annual_training_on = a.last FROM (${LAST_PASS('training_attempts')}) a WHERE p.id = a.person_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER training_attempts_annual_training_on ON training_attempts');
    await queryRunner.query('DROP FUNCTION people_annual_training_on()');
    await queryRunner.query('UPDATE people SET annual_training_on = NULL');
  }
}
