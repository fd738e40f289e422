import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795837668506 implements MigrationInterface {
  name = 'Attachments1795837668506';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attachments\" (\"id\" uuid NOT NULL, \"company_id\" uuid NOT NULL, \"owner_type\" character varying(60) NOT NULL, \"owner_id\" uuid NOT NULL, \"file_name\" character varying(200) NOT NULL, \"content_type\" character varying(120) NOT NULL, \"size_bytes\" bigint NOT NULL, \"sha256\" character(64) NOT NULL, \"created_by_account_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"ck_attachments_sha256\" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT \"ck_attachments_size\" CHECK (size_bytes >= 0), CONSTRAINT \"PK_5e1f050bcff31e3084a1d662412\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attachments_company\" ON \"attachments\"  (\"company_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_attachments_owner\" ON \"attachments\"  (\"owner_type\", \"owner_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"attachments\" ADD CONSTRAINT \"fk_attachments_company\" FOREIGN KEY (\"company_id\") REFERENCES \"companies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attachments\" ADD CONSTRAINT \"fk_attachments_created_by\" FOREIGN KEY (\"created_by_account_id\") REFERENCES \"accounts\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"attachments\" DROP CONSTRAINT \"fk_attachments_created_by\"");
    await queryRunner.query("ALTER TABLE \"attachments\" DROP CONSTRAINT \"fk_attachments_company\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachments_owner\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachments_company\"");
    await queryRunner.query("DROP TABLE \"attachments\"");
  }
}
