import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAnnualTrainingOn1795859087395 implements MigrationInterface {
  name = 'PeopleAnnualTrainingOn1795859087395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"people\" ADD \"annual_training_on\" date");
    await queryRunner.query("CREATE INDEX \"ix_people_annual_training\" ON \"people\"  (\"annual_training_on\", \"company_id\") WHERE active");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_people_annual_training\"");
    await queryRunner.query("ALTER TABLE \"people\" DROP COLUMN \"annual_training_on\"");
  }
}
