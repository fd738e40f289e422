import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';

const OPERATIONS = permissionGuard({ resource: 'operations', action: 'read' });

/** Group-wide administration: scheduled jobs and the mail outbox. */
export const ADMIN_ROUTES: Routes = [
  {
    path: 'admin/jobs',
    title: pageTitle('admin.jobs.title'),
    canActivate: [OPERATIONS],
    loadComponent: () => import('./jobs-page').then((m) => m.JobsPage),
  },
  {
    path: 'admin/mail-outbox',
    title: pageTitle('admin.outbox.title'),
    canActivate: [OPERATIONS],
    loadComponent: () => import('./outbox-page').then((m) => m.OutboxPage),
  },
];
