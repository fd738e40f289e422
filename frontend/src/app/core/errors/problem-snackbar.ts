import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_SNACK_BAR_DATA, MatSnackBar, MatSnackBarModule, MatSnackBarRef } from '@angular/material/snack-bar';
import { TranslatePipe } from '../i18n';
import type { ApiProblem } from './api-problem';
import { problemMessageKey } from './error-messages';

/** The snackbar body for a failed request: what happened and what to do, then the reference to quote. */
@Component({
  selector: 'app-problem-snackbar',
  imports: [MatButtonModule, MatSnackBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div matSnackBarLabel class="problem" data-testid="problem-snackbar">
      <p class="message">{{ messageKey() | t }}</p>
      @if (problem.requestId; as id) {
        <p class="reference">{{ 'errors.requestId' | t: { id } }}</p>
      }
    </div>
    <div matSnackBarActions>
      <button mat-button matSnackBarAction type="button" (click)="ref.dismissWithAction()">
        {{ 'errors.dismiss' | t }}
      </button>
    </div>
  `,
  styles: `
    .problem p {
      margin: 0;
    }
    .reference {
      margin-top: 4px !important;
      font-size: 0.8125rem;
      opacity: 0.85;
      word-break: break-all;
    }
  `,
})
export class ProblemSnackbar {
  protected readonly problem = inject<ApiProblem>(MAT_SNACK_BAR_DATA);
  protected readonly ref = inject<MatSnackBarRef<ProblemSnackbar>>(MatSnackBarRef);
  protected readonly messageKey = computed(() => problemMessageKey(this.problem));
}

/** Opens the snackbar for `problem` (loaded on demand by `ErrorNotifier`). */
export function openProblemSnackbar(injector: Injector, problem: ApiProblem): MatSnackBarRef<ProblemSnackbar> {
  return injector.get(MatSnackBar).openFromComponent(ProblemSnackbar, {
    data: problem,
    politeness: 'assertive',
    panelClass: 'app-problem-snackbar',
  });
}
