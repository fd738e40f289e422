import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RosterImport } from './roster-import.entity';

/** One problem found in one row of an import's file, listed by the preview. Replaced at each mapping. */
@Entity({ name: 'roster_import_errors' })
export class RosterImportError {
  @PrimaryColumn('uuid')
  importId!: string;

  @ManyToOne(() => RosterImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_roster_import_errors_import' })
  import?: RosterImport;

  /** Order of the error in the list (by row, then column). */
  @PrimaryColumn('integer')
  seq!: number;

  /** The row as a spreadsheet shows it: the header is row 1. */
  @Column('integer')
  rowNumber!: number;

  /** The column header as it is in the file. */
  @Column('varchar', { length: 200 })
  columnName!: string;

  /** The person field the column is mapped to. */
  @Column('varchar', { length: 40 })
  field!: string;

  @Column('varchar', { length: 60 })
  code!: string;

  @Column('varchar', { length: 300 })
  message!: string;
}
