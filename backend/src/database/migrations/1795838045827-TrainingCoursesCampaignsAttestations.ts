import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingCoursesCampaignsAttestations1795838045827 implements MigrationInterface {
  name = 'TrainingCoursesCampaignsAttestations1795838045827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"training_courses\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"title_ja\" character varying(200) NOT NULL, \"title_en\" character varying(200) NOT NULL, \"body_ja\" text NOT NULL, \"body_en\" text NOT NULL, \"video_urls\" jsonb NOT NULL, \"topics\" jsonb NOT NULL, \"annual\" boolean NOT NULL DEFAULT false, \"questions\" jsonb NOT NULL, \"pass_mark\" integer NOT NULL, \"pledge_ja\" text NOT NULL, \"pledge_en\" text NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'draft', \"published_version\" integer NOT NULL DEFAULT '0', \"current_version_id\" uuid, CONSTRAINT \"ck_training_courses_pass_mark\" CHECK (pass_mark BETWEEN 0 AND 100), CONSTRAINT \"ck_training_courses_status\" CHECK (status IN ('draft', 'published')), CONSTRAINT \"PK_13bbeecb2ed8a1f45be3c02d68e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_training_courses_company_updated\" ON \"training_courses\"  (\"company_id\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"training_campaigns\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"title_ja\" character varying(200) NOT NULL, \"title_en\" character varying(200) NOT NULL, \"course_id\" uuid NOT NULL, \"audience\" jsonb NOT NULL, \"window_start\" date NOT NULL, \"window_end\" date NOT NULL, \"due_on\" date NOT NULL, \"reminders\" boolean NOT NULL DEFAULT true, \"status\" character varying(20) NOT NULL DEFAULT 'open', CONSTRAINT \"ck_training_campaigns_window\" CHECK (window_start <= due_on AND due_on <= window_end), CONSTRAINT \"ck_training_campaigns_status\" CHECK (status IN ('open', 'closed')), CONSTRAINT \"PK_5d3e950471dd6d6db37f8f9596e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_training_campaigns_company_due\" ON \"training_campaigns\"  (\"company_id\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"training_assignments\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"campaign_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"department_id\" uuid, \"employment_type\" character varying(20) NOT NULL, \"kind\" character varying(10) NOT NULL DEFAULT 'regular', \"status\" character varying(20) NOT NULL DEFAULT 'assigned', \"due_on\" date NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"best_score\" integer, \"passed_at\" TIMESTAMP WITH TIME ZONE, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"notice_sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_training_assignments_kind\" CHECK (kind IN ('regular', 'makeup')), CONSTRAINT \"ck_training_assignments_status\" CHECK (status IN ('assigned', 'passed', 'withdrawn')), CONSTRAINT \"PK_c05e77c7a449a96eb76160a98f8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_training_assignments_regular\" ON \"training_assignments\"  (\"campaign_id\", \"person_id\") WHERE kind = 'regular'");
    await queryRunner.query("CREATE INDEX \"ix_training_assignments_person\" ON \"training_assignments\"  (\"person_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_training_assignments_progress\" ON \"training_assignments\"  (\"campaign_id\", \"company_id\", \"department_id\", \"employment_type\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"training_course_versions\" (\"id\" uuid NOT NULL, \"company_id\" uuid NOT NULL, \"course_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"content\" jsonb NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"published_by\" uuid, CONSTRAINT \"PK_bb1d4802b9f05bf716e3ed25e54\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_training_course_versions_course_no\" ON \"training_course_versions\"  (\"course_id\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"training_attempts\" (\"id\" uuid NOT NULL, \"company_id\" uuid NOT NULL, \"assignment_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"course_version_id\" uuid NOT NULL, \"annual\" boolean NOT NULL, \"answers\" jsonb NOT NULL, \"score\" integer NOT NULL, \"pass_mark\" integer NOT NULL, \"passed\" boolean NOT NULL, \"pledge_text\" text, \"ip\" character varying(64), \"account_id\" uuid, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_becd54bf0556d4db97cc5f63405\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_training_attempts_person_passed\" ON \"training_attempts\"  (\"person_id\", \"passed\", \"submitted_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_training_attempts_assignment\" ON \"training_attempts\"  (\"assignment_id\", \"submitted_at\") ");
    await queryRunner.query("ALTER TABLE \"training_courses\" ADD CONSTRAINT \"fk_training_courses_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_campaigns\" ADD CONSTRAINT \"fk_training_campaigns_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_campaigns\" ADD CONSTRAINT \"fk_training_campaigns_course\" FOREIGN KEY (\"course_id\") REFERENCES \"training_courses\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_assignments\" ADD CONSTRAINT \"fk_training_assignments_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_assignments\" ADD CONSTRAINT \"fk_training_assignments_campaign\" FOREIGN KEY (\"campaign_id\") REFERENCES \"training_campaigns\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_assignments\" ADD CONSTRAINT \"fk_training_assignments_person\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_course_versions\" ADD CONSTRAINT \"fk_training_course_versions_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_course_versions\" ADD CONSTRAINT \"fk_training_course_versions_course\" FOREIGN KEY (\"course_id\") REFERENCES \"training_courses\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_attempts\" ADD CONSTRAINT \"fk_training_attempts_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_attempts\" ADD CONSTRAINT \"fk_training_attempts_assignment\" FOREIGN KEY (\"assignment_id\") REFERENCES \"training_assignments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_attempts\" ADD CONSTRAINT \"fk_training_attempts_person\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_attempts\" ADD CONSTRAINT \"fk_training_attempts_course_version\" FOREIGN KEY (\"course_version_id\") REFERENCES \"training_course_versions\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"training_attempts\" DROP CONSTRAINT \"fk_training_attempts_course_version\"");
    await queryRunner.query("ALTER TABLE \"training_attempts\" DROP CONSTRAINT \"fk_training_attempts_person\"");
    await queryRunner.query("ALTER TABLE \"training_attempts\" DROP CONSTRAINT \"fk_training_attempts_assignment\"");
    await queryRunner.query("ALTER TABLE \"training_attempts\" DROP CONSTRAINT \"fk_training_attempts_company\"");
    await queryRunner.query("ALTER TABLE \"training_course_versions\" DROP CONSTRAINT \"fk_training_course_versions_course\"");
    await queryRunner.query("ALTER TABLE \"training_course_versions\" DROP CONSTRAINT \"fk_training_course_versions_company\"");
    await queryRunner.query("ALTER TABLE \"training_assignments\" DROP CONSTRAINT \"fk_training_assignments_person\"");
    await queryRunner.query("ALTER TABLE \"training_assignments\" DROP CONSTRAINT \"fk_training_assignments_campaign\"");
    await queryRunner.query("ALTER TABLE \"training_assignments\" DROP CONSTRAINT \"fk_training_assignments_company\"");
    await queryRunner.query("ALTER TABLE \"training_campaigns\" DROP CONSTRAINT \"fk_training_campaigns_course\"");
    await queryRunner.query("ALTER TABLE \"training_campaigns\" DROP CONSTRAINT \"fk_training_campaigns_company\"");
    await queryRunner.query("ALTER TABLE \"training_courses\" DROP CONSTRAINT \"fk_training_courses_company\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_attempts_assignment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_attempts_person_passed\"");
    await queryRunner.query("DROP TABLE \"training_attempts\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_training_course_versions_course_no\"");
    await queryRunner.query("DROP TABLE \"training_course_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_assignments_progress\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_assignments_person\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_training_assignments_regular\"");
    await queryRunner.query("DROP TABLE \"training_assignments\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_campaigns_company_due\"");
    await queryRunner.query("DROP TABLE \"training_campaigns\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_training_courses_company_updated\"");
    await queryRunner.query("DROP TABLE \"training_courses\"");
  }
}
