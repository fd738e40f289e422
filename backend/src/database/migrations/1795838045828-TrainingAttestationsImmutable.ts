import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written companion of TrainingCoursesCampaignsAttestations (TypeORM does not manage triggers):
 * quiz attempts (attestations among them) and published course versions refuse UPDATE and DELETE.
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER training_course_versions_immutable ON training_course_versions');
    await queryRunner.query('DROP TRIGGER training_attempts_immutable ON training_attempts');
    await queryRunner.query('DROP FUNCTION training_records_refuse_change()');
  }
}
