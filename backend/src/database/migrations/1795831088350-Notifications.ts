import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795831088350 implements MigrationInterface {
  name = 'Notifications1795831088350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_states" ("name" character varying(80) NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_by" character varying(64), "locked_until" TIMESTAMP WITH TIME ZONE, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "last_status" character varying(20), "last_error" character varying(1000), "last_duration_ms" integer, "last_result" jsonb, "failures" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_job_states_last_status" CHECK (last_status IS NULL OR last_status IN (\'succeeded\', \'failed\')), CONSTRAINT "PK_3a40db204af6b88c38faf99a050" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "recipient_account_id" uuid, "to_address" character varying(254) NOT NULL, "language" character varying(2) NOT NULL, "template" character varying(40) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" character varying(1000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_mail_outbox_language" CHECK (language IN (\'ja\', \'en\')), CONSTRAINT "ck_mail_outbox_status" CHECK (status IN (\'pending\', \'sending\', \'retrying\', \'sent\', \'failed\')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_mail_outbox_created" ON "mail_outbox"  ("created_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mail_outbox_due" ON "mail_outbox"  ("next_attempt_at") WHERE status IN (\'pending\', \'retrying\', \'sending\')',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_mail_outbox_dedupe_key" ON "mail_outbox"  ("dedupe_key") ');
    await queryRunner.query(
      'CREATE TABLE "calendar_tokens" ("id" uuid NOT NULL, "account_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_181f2e17c83bfa7d4d287cf08a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_calendar_tokens_active_account" ON "calendar_tokens"  ("account_id") WHERE revoked_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_calendar_tokens_token_hash" ON "calendar_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "deadlines" ("id" uuid NOT NULL, "company_id" uuid, "source_type" character varying(60) NOT NULL, "source_id" uuid NOT NULL, "assignee_account_id" uuid NOT NULL, "title_ja" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "due_on" date NOT NULL, "link" character varying(300), "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_deadlines_assignee" ON "deadlines"  ("assignee_account_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_deadlines_open_due_on" ON "deadlines"  ("due_on") WHERE completed_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_deadlines_source_assignee" ON "deadlines"  ("source_type", "source_id", "assignee_account_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("account_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "delivery" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_notification_preferences_delivery" CHECK (delivery IN (\'immediate\', \'digest\')), CONSTRAINT "PK_99a4a3b248c0a4b80df8252a9e1" PRIMARY KEY ("account_id", "event_type"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL, "recipient_account_id" uuid NOT NULL, "company_id" uuid, "event_type" character varying(40) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "link" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "digest_state" character varying(10) NOT NULL DEFAULT \'none\', CONSTRAINT "ck_notifications_digest_state" CHECK (digest_state IN (\'none\', \'pending\', \'sent\')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_digest_pending" ON "notifications"  ("recipient_account_id") WHERE digest_state = \'pending\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_recipient_unread" ON "notifications"  ("recipient_account_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_recipient_created" ON "notifications"  ("recipient_account_id", "created_at") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_notifications_dedupe_key" ON "notifications"  ("dedupe_key") ');
    await queryRunner.query(
      'ALTER TABLE "calendar_tokens" ADD CONSTRAINT "fk_calendar_tokens_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deadlines" ADD CONSTRAINT "fk_deadlines_assignee" FOREIGN KEY ("assignee_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "fk_notification_preferences_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient" FOREIGN KEY ("recipient_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient"');
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "fk_notification_preferences_account"',
    );
    await queryRunner.query('ALTER TABLE "deadlines" DROP CONSTRAINT "fk_deadlines_assignee"');
    await queryRunner.query('ALTER TABLE "calendar_tokens" DROP CONSTRAINT "fk_calendar_tokens_account"');
    await queryRunner.query('DROP INDEX "public"."ux_notifications_dedupe_key"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_recipient_created"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_recipient_unread"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_digest_pending"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."ux_deadlines_source_assignee"');
    await queryRunner.query('DROP INDEX "public"."ix_deadlines_open_due_on"');
    await queryRunner.query('DROP INDEX "public"."ix_deadlines_assignee"');
    await queryRunner.query('DROP TABLE "deadlines"');
    await queryRunner.query('DROP INDEX "public"."ux_calendar_tokens_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ux_calendar_tokens_active_account"');
    await queryRunner.query('DROP TABLE "calendar_tokens"');
    await queryRunner.query('DROP INDEX "public"."ux_mail_outbox_dedupe_key"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_outbox_due"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_outbox_created"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
    await queryRunner.query('DROP TABLE "job_states"');
  }
}
