import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written companion of OrganizationIdentityAudit (TypeORM does not manage triggers, extensions or
 * expression indexes):
 * - audit_events is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE;
 * - people search: a trigram index on the searched text (the expression in people.service.ts).
 */
export class AuditTrailAppendOnlyAndPeopleSearch1795829662890 implements MigrationInterface {
  name = 'AuditTrailAppendOnlyAndPeopleSearch1795829662890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()',
    );
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `CREATE INDEX ix_people_search_trgm ON people USING gin ((family_name || given_name || ' ' || family_name_kana || given_name_kana || ' ' || employee_number || ' ' || coalesce(email, '')) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_people_search_trgm');
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER audit_events_append_only ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_refuse_change()');
  }
}
