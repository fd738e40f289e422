import { MigrationInterface, QueryRunner } from 'typeorm';

export class JointUseJsonbWithoutDefaults1795841061473 implements MigrationInterface {
  name = 'JointUseJsonbWithoutDefaults1795841061473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"joint_use_arrangements\" ALTER COLUMN \"pending_kinds\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"joint_use_notice_versions\" ALTER COLUMN \"change_kinds\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"joint_use_notice_versions\" ALTER COLUMN \"missing_items\" DROP DEFAULT");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"joint_use_notice_versions\" ALTER COLUMN \"missing_items\" SET DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"joint_use_notice_versions\" ALTER COLUMN \"change_kinds\" SET DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"joint_use_arrangements\" ALTER COLUMN \"pending_kinds\" SET DEFAULT '[]'");
  }
}
