import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentsBySha2561795896659011 implements MigrationInterface {
  name = 'AttachmentsBySha2561795896659011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"ix_attachments_sha256\" ON \"attachments\"  (\"sha256\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachments_sha256\"");
  }
}
