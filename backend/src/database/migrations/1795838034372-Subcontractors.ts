import { MigrationInterface, QueryRunner } from 'typeorm';

export class Subcontractors1795838034372 implements MigrationInterface {
  name = 'Subcontractors1795838034372';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"subcontractors\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"corporate_number\" character varying(13), \"address\" character varying(300), \"representative\" character varying(100), \"contact_name\" character varying(100), \"contact_email\" character varying(254), \"services\" character varying(1000) NOT NULL, \"personal_data_items\" character varying(1000) NOT NULL, \"approx_persons\" integer NOT NULL DEFAULT '0', \"sensitive_data\" boolean NOT NULL DEFAULT false, \"my_number\" boolean NOT NULL DEFAULT false, \"computed_risk_tier\" character varying(10) NOT NULL, \"risk_tier_override\" character varying(10), \"risk_tier_override_reason\" character varying(500), \"risk_tier\" character varying(10) NOT NULL, \"privacy_mark_number\" character varying(20), \"privacy_mark_expires_on\" date, \"isms_certified\" boolean NOT NULL DEFAULT false, \"isms_expires_on\" date, \"status\" character varying(30) NOT NULL, \"approved_on\" date, \"last_audit_on\" date, \"next_audit_due_on\" date, \"contract_ends_on\" date, \"owner_account_id\" uuid, CONSTRAINT \"PK_c7b0ce95b59dd2af5d80af1f271\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractors_company_next_audit\" ON \"subcontractors\"  (\"company_id\", \"next_audit_due_on\") ");
    await queryRunner.query("CREATE INDEX \"ix_subcontractors_company_status\" ON \"subcontractors\"  (\"company_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_subcontractors_company_name\" ON \"subcontractors\"  (\"company_id\", \"name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_settings\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"criteria\" jsonb NOT NULL, \"pass_mark\" integer NOT NULL, \"audit_schedule\" jsonb NOT NULL, CONSTRAINT \"PK_ec5296997953e24e630c6d97975\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_subcontractor_settings_company\" ON \"subcontractor_settings\"  (\"company_id\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_evaluations\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"subcontractor_id\" uuid NOT NULL, \"evaluated_on\" date NOT NULL, \"evaluator_name\" character varying(100) NOT NULL, \"criteria\" jsonb NOT NULL, \"scores\" jsonb NOT NULL, \"total\" integer NOT NULL, \"pass_mark\" integer NOT NULL, \"passed\" boolean NOT NULL, \"comment\" character varying(2000), CONSTRAINT \"PK_7080677a9a85dea8de5682e059b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractor_evaluations_subcontractor\" ON \"subcontractor_evaluations\"  (\"subcontractor_id\", \"evaluated_on\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_contracts\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"subcontractor_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date, \"clauses\" jsonb NOT NULL, \"clause_exceptions\" jsonb NOT NULL, \"retain_until\" date, \"data_disposition\" character varying(10) NOT NULL DEFAULT 'held', \"data_disposed_on\" date, CONSTRAINT \"PK_18a29bdb88d48fb1a3b27ff0280\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractor_contracts_subcontractor\" ON \"subcontractor_contracts\"  (\"subcontractor_id\", \"starts_on\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_audits\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"subcontractor_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"due_on\" date NOT NULL, \"status\" character varying(20) NOT NULL, \"questions\" jsonb NOT NULL, \"answers\" jsonb NOT NULL, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"result\" character varying(20), \"result_comment\" character varying(2000), \"closed_on\" date, \"findings\" jsonb NOT NULL, CONSTRAINT \"PK_c73ac15404656f95440763843ff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractor_audits_subcontractor\" ON \"subcontractor_audits\"  (\"subcontractor_id\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_questionnaire_links\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"audit_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"sent_to\" character varying(254) NOT NULL, \"language\" character varying(2) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"saved_at\" TIMESTAMP WITH TIME ZONE, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b64c154f3b04a3b6b82e5ce75b3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractor_questionnaire_links_audit\" ON \"subcontractor_questionnaire_links\"  (\"audit_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_subcontractor_questionnaire_links_token\" ON \"subcontractor_questionnaire_links\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"subcontractor_resubcontractors\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"subcontractor_id\" uuid NOT NULL, \"parent_id\" uuid, \"name\" character varying(200) NOT NULL, \"services\" character varying(1000) NOT NULL, \"personal_data_items\" character varying(1000), \"basis\" character varying(20) NOT NULL, \"basis_on\" date NOT NULL, \"starts_on\" date, \"note\" character varying(1000), CONSTRAINT \"PK_ee5e7566d0a961da69f4b4bd129\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_subcontractor_resubcontractors_subcontractor\" ON \"subcontractor_resubcontractors\"  (\"subcontractor_id\") ");
    await queryRunner.query("ALTER TABLE \"subcontractors\" ADD CONSTRAINT \"fk_subcontractors_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractors\" ADD CONSTRAINT \"fk_subcontractors_owner\" FOREIGN KEY (\"owner_account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_settings\" ADD CONSTRAINT \"fk_subcontractor_settings_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_evaluations\" ADD CONSTRAINT \"fk_subcontractor_evaluations_subcontractor\" FOREIGN KEY (\"subcontractor_id\") REFERENCES \"subcontractors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_contracts\" ADD CONSTRAINT \"fk_subcontractor_contracts_subcontractor\" FOREIGN KEY (\"subcontractor_id\") REFERENCES \"subcontractors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_audits\" ADD CONSTRAINT \"fk_subcontractor_audits_subcontractor\" FOREIGN KEY (\"subcontractor_id\") REFERENCES \"subcontractors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_questionnaire_links\" ADD CONSTRAINT \"fk_subcontractor_questionnaire_links_audit\" FOREIGN KEY (\"audit_id\") REFERENCES \"subcontractor_audits\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_resubcontractors\" ADD CONSTRAINT \"fk_subcontractor_resubcontractors_subcontractor\" FOREIGN KEY (\"subcontractor_id\") REFERENCES \"subcontractors\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subcontractor_resubcontractors\" ADD CONSTRAINT \"fk_subcontractor_resubcontractors_parent\" FOREIGN KEY (\"parent_id\") REFERENCES \"subcontractor_resubcontractors\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"subcontractor_resubcontractors\" DROP CONSTRAINT \"fk_subcontractor_resubcontractors_parent\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_resubcontractors\" DROP CONSTRAINT \"fk_subcontractor_resubcontractors_subcontractor\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_questionnaire_links\" DROP CONSTRAINT \"fk_subcontractor_questionnaire_links_audit\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_audits\" DROP CONSTRAINT \"fk_subcontractor_audits_subcontractor\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_contracts\" DROP CONSTRAINT \"fk_subcontractor_contracts_subcontractor\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_evaluations\" DROP CONSTRAINT \"fk_subcontractor_evaluations_subcontractor\"");
    await queryRunner.query("ALTER TABLE \"subcontractor_settings\" DROP CONSTRAINT \"fk_subcontractor_settings_company\"");
    await queryRunner.query("ALTER TABLE \"subcontractors\" DROP CONSTRAINT \"fk_subcontractors_owner\"");
    await queryRunner.query("ALTER TABLE \"subcontractors\" DROP CONSTRAINT \"fk_subcontractors_company\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractor_resubcontractors_subcontractor\"");
    await queryRunner.query("DROP TABLE \"subcontractor_resubcontractors\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_subcontractor_questionnaire_links_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractor_questionnaire_links_audit\"");
    await queryRunner.query("DROP TABLE \"subcontractor_questionnaire_links\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractor_audits_subcontractor\"");
    await queryRunner.query("DROP TABLE \"subcontractor_audits\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractor_contracts_subcontractor\"");
    await queryRunner.query("DROP TABLE \"subcontractor_contracts\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractor_evaluations_subcontractor\"");
    await queryRunner.query("DROP TABLE \"subcontractor_evaluations\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_subcontractor_settings_company\"");
    await queryRunner.query("DROP TABLE \"subcontractor_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractors_company_name\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractors_company_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_subcontractors_company_next_audit\"");
    await queryRunner.query("DROP TABLE \"subcontractors\"");
  }
}
