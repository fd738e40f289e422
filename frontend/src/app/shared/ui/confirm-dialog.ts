import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe, type TranslateParams, type TranslationKey } from '../../core/i18n';

export interface ConfirmData {
  readonly title: TranslationKey;
  readonly body: TranslationKey;
  readonly confirm: TranslationKey;
  readonly cancel?: TranslationKey;
  readonly params?: TranslateParams;
  /** A destructive action: the confirm button is drawn in the error colour. */
  readonly danger?: boolean;
}

/** A question with two answers; the safe one has the focus. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | t: data.params }}</h2>
    <mat-dialog-content>
      <p class="body">{{ data.body | t: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">
        {{ data.cancel ?? 'common.cancel' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.danger]="data.danger"
        [mat-dialog-close]="true"
        data-testid="confirm-ok"
      >
        {{ data.confirm | t: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .body {
      margin: 0;
      max-width: 36em;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Asks and resolves true only when the person confirmed. */
export async function confirmAction(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    width: 'min(480px, calc(100vw - 32px))',
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
