import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImprovementActionsManagementReviews1795838040250 implements MigrationInterface {
  name = 'ImprovementActionsManagementReviews1795838040250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"improvement_actions\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL, \"kind\" character varying(20) NOT NULL, \"grade\" character varying(30) NOT NULL, \"source_type\" character varying(40) NOT NULL, \"source_id\" uuid, \"source_label\" character varying(300), \"root_cause\" text, \"plan\" text, \"owner_person_id\" uuid NOT NULL, \"due_on\" date NOT NULL, \"status\" character varying(30) NOT NULL, \"implemented_on\" date, \"implementation_note\" text, \"verifier_person_id\" uuid, \"effectiveness_checked_on\" date, \"effectiveness_result\" character varying(20), \"effectiveness_note\" text, \"closing_approved_by_account_id\" uuid, \"closing_approved_at\" TIMESTAMP WITH TIME ZONE, \"closed_on\" date, \"reopen_count\" integer NOT NULL DEFAULT '0', \"reopen_reason\" text, CONSTRAINT \"ck_improvement_actions_verifier\" CHECK (verifier_person_id IS NULL OR verifier_person_id <> owner_person_id), CONSTRAINT \"ck_improvement_actions_status\" CHECK (status IN ('open', 'in_progress', 'implemented', 'effectiveness_check', 'closed', 'reopened')), CONSTRAINT \"ck_improvement_actions_grade\" CHECK (grade IN ('major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity')), CONSTRAINT \"ck_improvement_actions_kind\" CHECK (kind IN ('corrective', 'preventive', 'improvement')), CONSTRAINT \"PK_8195d6d47bd8272dfb15513f9b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_improvement_actions_owner\" ON \"improvement_actions\"  (\"owner_person_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_improvement_actions_source\" ON \"improvement_actions\"  (\"source_type\", \"source_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_improvement_actions_company_status_due\" ON \"improvement_actions\"  (\"company_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"management_reviews\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"held_on\" date NOT NULL, \"status\" character varying(20) NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"revision_of\" uuid, \"superseded_by_id\" uuid, \"chair_person_id\" uuid NOT NULL, \"chair_name\" character varying(200) NOT NULL, \"attendees\" jsonb NOT NULL DEFAULT '[]', \"inputs\" jsonb NOT NULL, \"compiled_at\" TIMESTAMP WITH TIME ZONE, \"compiled_as_of\" TIMESTAMP WITH TIME ZONE, \"period_from\" date, \"decisions\" jsonb NOT NULL DEFAULT '[]', \"audit_report_reference\" character varying(300), \"signed_by_account_id\" uuid, \"signed_by_name\" character varying(200), \"signed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_management_reviews_status\" CHECK (status IN ('draft', 'signed', 'superseded')), CONSTRAINT \"PK_78c50716b2594019d292235c860\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_management_reviews_company_status\" ON \"management_reviews\"  (\"company_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_management_reviews_company_held\" ON \"management_reviews\"  (\"company_id\", \"held_on\") ");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" ADD CONSTRAINT \"fk_improvement_actions_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" ADD CONSTRAINT \"fk_improvement_actions_owner\" FOREIGN KEY (\"owner_person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" ADD CONSTRAINT \"fk_improvement_actions_verifier\" FOREIGN KEY (\"verifier_person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" ADD CONSTRAINT \"fk_improvement_actions_approver\" FOREIGN KEY (\"closing_approved_by_account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"management_reviews\" ADD CONSTRAINT \"fk_management_reviews_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"management_reviews\" ADD CONSTRAINT \"fk_management_reviews_chair\" FOREIGN KEY (\"chair_person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"management_reviews\" ADD CONSTRAINT \"fk_management_reviews_signer\" FOREIGN KEY (\"signed_by_account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"management_reviews\" DROP CONSTRAINT \"fk_management_reviews_signer\"");
    await queryRunner.query("ALTER TABLE \"management_reviews\" DROP CONSTRAINT \"fk_management_reviews_chair\"");
    await queryRunner.query("ALTER TABLE \"management_reviews\" DROP CONSTRAINT \"fk_management_reviews_company\"");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" DROP CONSTRAINT \"fk_improvement_actions_approver\"");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" DROP CONSTRAINT \"fk_improvement_actions_verifier\"");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" DROP CONSTRAINT \"fk_improvement_actions_owner\"");
    await queryRunner.query("ALTER TABLE \"improvement_actions\" DROP CONSTRAINT \"fk_improvement_actions_company\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_management_reviews_company_held\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_management_reviews_company_status\"");
    await queryRunner.query("DROP TABLE \"management_reviews\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_improvement_actions_company_status_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_improvement_actions_source\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_improvement_actions_owner\"");
    await queryRunner.query("DROP TABLE \"improvement_actions\"");
  }
}
