import { Routes } from '@angular/router';
import { pageTitle } from '../../core/i18n';

/** Group-wide administration: scheduled jobs and the mail outbox. */
export const ADMIN_ROUTES: Routes = [
  {
    path: 'admin/jobs',
    title: pageTitle('admin.jobs.title'),
    loadComponent: () => import('./jobs-page').then((m) => m.JobsPage),
  },
  {
    path: 'admin/mail-outbox',
    title: pageTitle('admin.outbox.title'),
    loadComponent: () => import('./outbox-page').then((m) => m.OutboxPage),
  },
];
