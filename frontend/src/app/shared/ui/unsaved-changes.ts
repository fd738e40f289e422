import { DOCUMENT, DestroyRef, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { confirmAction } from './confirm-dialog';

/** A page with a form the person may leave half-filled. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes for another page of the app. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  return confirmAction(inject(MatDialog), {
    title: 'common.unsaved.title',
    body: 'common.unsaved.body',
    confirm: 'common.unsaved.leave',
    cancel: 'common.unsaved.stay',
    danger: true,
  });
};

/**
 * Lets the browser ask before the tab is closed or reloaded while `dirty()` holds. Call from a
 * constructor; the listener goes with the page.
 */
export function warnBeforeUnload(dirty: () => boolean): void {
  const view = inject(DOCUMENT).defaultView;
  if (!view) return;
  const listener = (event: BeforeUnloadEvent) => {
    if (dirty()) event.preventDefault();
  };
  view.addEventListener('beforeunload', listener);
  inject(DestroyRef).onDestroy(() => view.removeEventListener('beforeunload', listener));
}
