import { Column, PrimaryColumn } from 'typeorm';

/**
 * Columns every tracked row carries: a uuid made by the application (so the audit event written in the
 * same transaction can name it), timestamps set from the injectable clock, who wrote it, and `version`
 * for optimistic locking. Updates go through `UPDATE … WHERE id = $1 AND version = $2` (see
 * `updateVersioned` in platform/access/versioning.ts); TypeORM's @VersionColumn is not used on purpose.
 */
export abstract class TrackedRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;

  @Column('integer', { default: 1 })
  version!: number;
}

/** A tracked row that belongs to one company of the group. */
export abstract class BusinessRow extends TrackedRow {
  @Column('uuid')
  companyId!: string;
}
