import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';

/** A column a list may show. */
export interface ListColumn<Id extends string = string> {
  id: Id;
  label: TranslationKey;
  /** Always shown: the column that names the record and opens it. */
  fixed?: boolean;
  /** Hidden until the reader asks for it. */
  optional?: boolean;
}

/** What a reader changed from a list's default columns: the defaults hidden and the optional ones shown. */
interface StoredChoice {
  hide: string[];
  show: string[];
}

const PREFIX = 'mamori.columns.';

/**
 * Which columns of a list are shown, as its reader chose them, kept in this browser per list. Only the
 * changes from the defaults are kept, so a column added to a list later shows (or not) as its default says.
 */
export class ColumnChoice<Id extends string = string> {
  private readonly choice = signal<StoredChoice>({ hide: [], show: [] });
  /** The ids of the shown columns, in the list's order. */
  readonly shown = computed(() => {
    const { hide, show } = this.choice();
    return this.columns
      .filter((c) => c.fixed || (c.optional ? show.includes(c.id) : !hide.includes(c.id)))
      .map((c) => c.id);
  });
  /** True when the reader changed nothing. */
  readonly isDefault = computed(() => {
    const { hide, show } = this.choice();
    return hide.length === 0 && show.length === 0;
  });

  constructor(
    readonly columns: readonly ListColumn<Id>[],
    private readonly key: string,
    private readonly storage: Storage | undefined,
  ) {
    this.choice.set(this.read());
  }

  isShown(id: Id): boolean {
    return this.shown().includes(id);
  }

  toggle(id: Id): void {
    const column = this.columns.find((c) => c.id === id);
    if (!column || column.fixed) return;
    const { hide, show } = this.choice();
    const flip = (list: string[]) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
    this.save(column.optional ? { hide, show: flip(show) } : { hide: flip(hide), show });
  }

  reset(): void {
    this.save({ hide: [], show: [] });
  }

  private save(choice: StoredChoice): void {
    this.choice.set(choice);
    try {
      if (choice.hide.length || choice.show.length) this.storage?.setItem(this.key, JSON.stringify(choice));
      else this.storage?.removeItem(this.key);
    } catch {
      // Storage full or refused (private mode): the choice holds until the page is left.
    }
  }

  private read(): StoredChoice {
    try {
      const raw: unknown = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
      const ids = (value: unknown, keep: (c: ListColumn<Id>) => boolean) =>
        Array.isArray(value)
          ? this.columns.filter((c) => !c.fixed && keep(c) && value.includes(c.id)).map((c) => c.id as string)
          : [];
      const stored = (raw ?? {}) as Partial<StoredChoice>;
      return { hide: ids(stored.hide, (c) => !c.optional), show: ids(stored.show, (c) => !!c.optional) };
    } catch {
      return { hide: [], show: [] };
    }
  }
}

/**
 * The column choice of the list `list` (a stable name, e.g. `subcontractors`), read from this browser; call it
 * in a component's field initializer (it injects the document).
 */
export function columnChoice<Id extends string>(list: string, columns: readonly ListColumn<Id>[]): ColumnChoice<Id> {
  return new ColumnChoice(columns, PREFIX + list, inject(DOCUMENT).defaultView?.localStorage);
}

/**
 * The 「表示する列」 button of a list: a menu of the list's columns to tick on and off (the fixed one stays),
 * and a way back to the defaults. The menu stays open while columns are ticked.
 */
@Component({
  selector: 'app-column-picker',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.data-testid]="testId() + '-columns'"
      [attr.aria-label]="'common.columns.menu' | t"
    >
      <mat-icon svgIcon="viewColumn" aria-hidden="true" />{{ 'common.columns.button' | t }}
    </button>
    <mat-menu #menu="matMenu" [ariaLabel]="'common.columns.menu' | t">
      @for (column of choice().columns; track column.id) {
        <button
          mat-menu-item
          type="button"
          role="menuitemcheckbox"
          [attr.aria-checked]="choice().isShown(column.id)"
          [disabled]="column.fixed"
          [attr.data-testid]="testId() + '-column-' + column.id"
          (click)="$event.stopPropagation(); choice().toggle(column.id)"
        >
          <mat-icon [svgIcon]="choice().isShown(column.id) ? 'check' : 'blank'" aria-hidden="true" />
          <span>{{ column.label | t }}</span>
        </button>
      }
      <button
        mat-menu-item
        type="button"
        [disabled]="choice().isDefault()"
        [attr.data-testid]="testId() + '-columns-reset'"
        (click)="$event.stopPropagation(); choice().reset()"
      >
        <mat-icon svgIcon="refresh" aria-hidden="true" />
        <span>{{ 'common.columns.reset' | t }}</span>
      </button>
    </mat-menu>
  `,
})
export class ColumnPicker {
  readonly choice = input.required<ColumnChoice>();
  /** Prefix of the test ids: `<testId>-columns`, `<testId>-column-<id>`. */
  readonly testId = input.required<string>();
}
