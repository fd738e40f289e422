import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n';

/** Grey bars in the shape of table rows while a list loads, so the page does not jump. */
@Component({
  selector: 'app-skeleton-rows',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', class: 'skeleton-rows' },
  template: `
    <span class="visually-hidden">{{ 'loading.label' | t }}</span>
    @for (row of rowList(); track row) {
      <div class="row" aria-hidden="true" [style.grid-template-columns]="template()">
        @for (column of columnList(); track column) {
          <span class="skeleton" [class.short]="column % 2 === 0"></span>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .row {
      display: grid;
      gap: 24px;
      align-items: center;
      height: 52px;
      padding: 0 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .skeleton.short {
      max-width: 6em;
    }
  `,
})
export class SkeletonRows {
  readonly rows = input(8);
  readonly columns = input(5);
  protected readonly rowList = computed(() => Array.from({ length: this.rows() }, (_, i) => i));
  protected readonly columnList = computed(() => Array.from({ length: this.columns() }, (_, i) => i));
  protected readonly template = computed(() => `repeat(${this.columns()}, minmax(0, 1fr))`);
}
