import { Injectable, Injector, inject } from '@angular/core';
import type { ApiProblem } from './api-problem';

/**
 * Tells the user that a request failed, in the current language, by the problem's code. The message
 * stays until dismissed (people need time to read it and note the reference) and is announced to
 * screen readers at once. The snackbar and its overlay load on the first failure, not with the app.
 */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly injector = inject(Injector);

  async show(problem: ApiProblem): Promise<void> {
    const { openProblemSnackbar } = await import('./problem-snackbar');
    openProblemSnackbar(this.injector, problem);
  }
}
