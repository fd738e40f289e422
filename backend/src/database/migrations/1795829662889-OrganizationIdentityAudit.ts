import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationIdentityAudit1795829662889 implements MigrationInterface {
  name = 'OrganizationIdentityAudit1795829662889';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"companies\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"name_ja\" character varying(200) NOT NULL, \"name_en\" character varying(200) NOT NULL, \"corporate_number\" character(13) NOT NULL, \"postal_code\" character varying(8), \"address\" character varying(300), \"representative_title\" character varying(100), \"representative_name\" character varying(100), \"privacy_mark_holder\" boolean NOT NULL DEFAULT false, \"privacy_mark_number\" character varying(30), \"privacy_mark_expires_on\" date, \"contact_desk_name\" character varying(200), \"contact_postal_code\" character varying(8), \"contact_address\" character varying(300), \"contact_phone\" character varying(30), \"contact_hours\" character varying(100), \"contact_email\" character varying(254), CONSTRAINT \"PK_d4bc3e82a314fa9e29f652c2c22\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_companies_name_ja\" ON \"companies\"  (\"name_ja\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_companies_corporate_number\" ON \"companies\"  (\"corporate_number\") ");
    await queryRunner.query("CREATE TABLE \"departments\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"parent_id\" uuid, \"name\" character varying(200) NOT NULL, \"code\" character varying(50) NOT NULL, CONSTRAINT \"PK_839517a681a86bb84cbcc6a1e9d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_departments_company_parent\" ON \"departments\"  (\"company_id\", \"parent_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_departments_company_code\" ON \"departments\"  (\"company_id\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"people\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"employee_number\" character varying(50) NOT NULL, \"family_name\" character varying(100) NOT NULL, \"given_name\" character varying(100) NOT NULL, \"family_name_kana\" character varying(100) NOT NULL, \"given_name_kana\" character varying(100) NOT NULL, \"email\" character varying(254), \"department_id\" uuid, \"employment_type\" character varying(20) NOT NULL, \"hire_date\" date, \"leave_date\" date, \"active\" boolean NOT NULL DEFAULT true, CONSTRAINT \"ck_people_employment_type\" CHECK (employment_type IN ('officer', 'regular', 'contract', 'part_time', 'dispatched')), CONSTRAINT \"PK_aa866e71353ee94c6cc51059c5b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_people_company_department\" ON \"people\"  (\"company_id\", \"department_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_people_company_kana\" ON \"people\"  (\"company_id\", \"family_name_kana\", \"given_name_kana\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_people_company_employee_number\" ON \"people\"  (\"company_id\", \"employee_number\") ");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"company_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"email\" character varying(254) NOT NULL, \"password_hash\" character varying(200) NOT NULL, \"disabled\" boolean NOT NULL DEFAULT false, \"must_change_password\" boolean NOT NULL DEFAULT false, \"failed_attempts\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, \"password_changed_at\" TIMESTAMP WITH TIME ZONE, \"language\" character varying(2) NOT NULL DEFAULT 'ja', CONSTRAINT \"REL_cecdd107ca499a5b3279f9f2ce\" UNIQUE (\"person_id\"), CONSTRAINT \"ck_accounts_email_lower_case\" CHECK (email = lower(email)), CONSTRAINT \"ck_accounts_language\" CHECK (language IN ('ja', 'en')), CONSTRAINT \"PK_5a7a02c20412299d198e097a8fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_accounts_company\" ON \"accounts\"  (\"company_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounts_person\" ON \"accounts\"  (\"person_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounts_email\" ON \"accounts\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"memberships\" (\"id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"updated_by\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"account_id\" uuid NOT NULL, \"company_id\" uuid, \"role\" character varying(20) NOT NULL, CONSTRAINT \"ck_memberships_role\" CHECK (role IN ('pms_manager', 'auditor', 'dept_manager', 'staff', 'executive', 'admin')), CONSTRAINT \"PK_25d28bd932097a9e90495ede7b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_memberships_company\" ON \"memberships\"  (\"company_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_memberships_account_group_role\" ON \"memberships\"  (\"account_id\", \"role\") WHERE company_id IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_memberships_account_company_role\" ON \"memberships\"  (\"account_id\", \"company_id\", \"role\") WHERE company_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" uuid NOT NULL, \"company_id\" uuid, \"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_account_id\" uuid, \"action\" character varying(60) NOT NULL, \"entity_type\" character varying(60) NOT NULL, \"entity_id\" character varying(64), \"changes\" jsonb, \"details\" jsonb, \"request_id\" character varying(64), \"previous_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_entity\" ON \"audit_events\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_actor\" ON \"audit_events\"  (\"actor_account_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_company_occurred\" ON \"audit_events\"  (\"company_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_audit_events_group_seq\" ON \"audit_events\"  (\"seq\") WHERE company_id IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_audit_events_company_seq\" ON \"audit_events\"  (\"company_id\", \"seq\") WHERE company_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL, \"account_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"method\" character varying(20) NOT NULL DEFAULT 'password', CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sessions_expires_at\" ON \"sessions\"  (\"expires_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_sessions_account\" ON \"sessions\"  (\"account_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_sessions_token_hash\" ON \"sessions\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"departments\" ADD CONSTRAINT \"fk_departments_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"departments\" ADD CONSTRAINT \"fk_departments_parent\" FOREIGN KEY (\"parent_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"people\" ADD CONSTRAINT \"fk_people_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"people\" ADD CONSTRAINT \"fk_people_department\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"accounts\" ADD CONSTRAINT \"fk_accounts_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"accounts\" ADD CONSTRAINT \"fk_accounts_person\" FOREIGN KEY (\"person_id\") REFERENCES \"people\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"fk_memberships_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"fk_sessions_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"fk_sessions_account\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_company\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"fk_memberships_account\"");
    await queryRunner.query("ALTER TABLE \"accounts\" DROP CONSTRAINT \"fk_accounts_person\"");
    await queryRunner.query("ALTER TABLE \"accounts\" DROP CONSTRAINT \"fk_accounts_company\"");
    await queryRunner.query("ALTER TABLE \"people\" DROP CONSTRAINT \"fk_people_department\"");
    await queryRunner.query("ALTER TABLE \"people\" DROP CONSTRAINT \"fk_people_company\"");
    await queryRunner.query("ALTER TABLE \"departments\" DROP CONSTRAINT \"fk_departments_parent\"");
    await queryRunner.query("ALTER TABLE \"departments\" DROP CONSTRAINT \"fk_departments_company\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_sessions_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sessions_account\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sessions_expires_at\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_audit_events_company_seq\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_audit_events_group_seq\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_company_occurred\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_actor\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_events_entity\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_memberships_account_company_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_memberships_account_group_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_memberships_company\"");
    await queryRunner.query("DROP TABLE \"memberships\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_accounts_email\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_accounts_person\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_accounts_company\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_people_company_employee_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_people_company_kana\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_people_company_department\"");
    await queryRunner.query("DROP TABLE \"people\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_departments_company_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_departments_company_parent\"");
    await queryRunner.query("DROP TABLE \"departments\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_companies_corporate_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_companies_name_ja\"");
    await queryRunner.query("DROP TABLE \"companies\"");
  }
}
