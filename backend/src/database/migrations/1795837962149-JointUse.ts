import { MigrationInterface, QueryRunner } from 'typeorm';

export class JointUse1795837962149 implements MigrationInterface {
  name = 'JointUse1795837962149';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"joint_use_arrangements\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"status\" character varying(20) NOT NULL, \"content\" jsonb NOT NULL, \"current_version_no\" integer NOT NULL DEFAULT '0', \"published_at\" TIMESTAMP WITH TIME ZONE, \"ended_at\" TIMESTAMP WITH TIME ZONE, \"pending_kinds\" jsonb NOT NULL DEFAULT '[]'::jsonb, \"pending_effective_on\" date, \"pending_exception\" character varying(40), \"pending_justification\" text, \"publish_without_delay_since\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6080325bebe14d5b14117978ddf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_joint_use_arrangements_company_title\" ON \"joint_use_arrangements\"  (\"company_id\", \"title\") ");
    await queryRunner.query("CREATE TABLE \"joint_use_notice_versions\" (\"id\" uuid NOT NULL, \"company_id\" uuid NOT NULL, \"arrangement_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"content\" jsonb NOT NULL, \"text_ja\" text NOT NULL, \"text_en\" text NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"effective_on\" date, \"change_kinds\" jsonb NOT NULL DEFAULT '[]'::jsonb, \"exception\" character varying(40), \"justification\" text, \"missing_items\" jsonb NOT NULL DEFAULT '[]'::jsonb, \"group_companies\" jsonb, \"origin\" character varying(20) NOT NULL DEFAULT 'published', \"published_by\" uuid, CONSTRAINT \"PK_f8a71ba7d42693fb302d5bdc83b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_joint_use_notice_versions_arrangement_no\" ON \"joint_use_notice_versions\"  (\"arrangement_id\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"provision_records\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"direction\" character varying(20) NOT NULL, \"basis\" character varying(20) NOT NULL, \"law_exception_case\" smallint, \"recording_method\" character varying(20) NOT NULL, \"provided_on\" date, \"last_provided_on\" date, \"recorded_on\" date NOT NULL, \"counterparty_name\" character varying(200), \"counterparty_address\" character varying(300), \"counterparty_representative\" character varying(200), \"counterparty_is_corporation\" boolean NOT NULL DEFAULT true, \"provider_acquisition\" text, \"persons_concerned\" text, \"data_items\" text, \"consent_obtained\" boolean NOT NULL DEFAULT false, \"arrangement_id\" uuid, \"note\" text, \"purge_after\" date NOT NULL, CONSTRAINT \"PK_11daa52095f0e5738ff971ca7b3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_provision_records_company_date\" ON \"provision_records\"  (\"company_id\", \"provided_on\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_provision_records_company_date\"");
    await queryRunner.query("DROP TABLE \"provision_records\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_joint_use_notice_versions_arrangement_no\"");
    await queryRunner.query("DROP TABLE \"joint_use_notice_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_joint_use_arrangements_company_title\"");
    await queryRunner.query("DROP TABLE \"joint_use_arrangements\"");
  }
}
