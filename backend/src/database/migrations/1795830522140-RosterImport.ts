import { MigrationInterface, QueryRunner } from 'typeorm';

export class RosterImport1795830522140 implements MigrationInterface {
  name = 'RosterImport1795830522140';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"roster_imports\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"status\" character varying(20) NOT NULL, \"encoding\" character varying(20) NOT NULL, \"mode\" character varying(10) NOT NULL, \"file_name\" character varying(255), \"byte_size\" integer NOT NULL, \"content\" bytea, \"headers\" jsonb NOT NULL, \"sample_rows\" jsonb, \"suggested_mapping\" jsonb NOT NULL, \"mapping\" jsonb, \"row_count\" integer NOT NULL, \"valid_count\" integer, \"error_count\" integer, \"to_create\" integer, \"to_update\" integer, \"to_leave\" integer, \"unchanged\" integer, \"processed\" integer NOT NULL DEFAULT '0', \"total\" integer NOT NULL DEFAULT '0', \"created_count\" integer, \"updated_count\" integer, \"left_count\" integer, \"failure_code\" character varying(60), \"apply_started_at\" TIMESTAMP WITH TIME ZONE, \"heartbeat_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_roster_imports_mode\" CHECK (mode IN ('full', 'partial')), CONSTRAINT \"ck_roster_imports_encoding\" CHECK (encoding IN ('utf-8', 'shift_jis')), CONSTRAINT \"ck_roster_imports_status\" CHECK (status IN ('uploaded', 'mapped', 'applying', 'applied', 'failed')), CONSTRAINT \"PK_0d59095c8b83e5bb74bde511464\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_roster_imports_status\" ON \"roster_imports\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_roster_imports_company_created\" ON \"roster_imports\"  (\"company_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"roster_import_errors\" (\"import_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"row_number\" integer NOT NULL, \"column_name\" character varying(200) NOT NULL, \"field\" character varying(40) NOT NULL, \"code\" character varying(60) NOT NULL, \"message\" character varying(300) NOT NULL, CONSTRAINT \"PK_5aa94a3967e8f23726d0adf52a9\" PRIMARY KEY (\"import_id\", \"seq\"))");
    await queryRunner.query("ALTER TABLE \"roster_imports\" ADD CONSTRAINT \"fk_roster_imports_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"roster_import_errors\" ADD CONSTRAINT \"fk_roster_import_errors_import\" FOREIGN KEY (\"import_id\") REFERENCES \"roster_imports\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"roster_import_errors\" DROP CONSTRAINT \"fk_roster_import_errors_import\"");
    await queryRunner.query("ALTER TABLE \"roster_imports\" DROP CONSTRAINT \"fk_roster_imports_company\"");
    await queryRunner.query("DROP TABLE \"roster_import_errors\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_roster_imports_company_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_roster_imports_status\"");
    await queryRunner.query("DROP TABLE \"roster_imports\"");
  }
}
