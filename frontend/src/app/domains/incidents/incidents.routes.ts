import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { unsavedChangesGuard } from '../../shared/ui/unsaved-changes';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';

/** Anyone who may report incidents sees the list (their own reports, or the register for officers). */
export const INCIDENT_PERMISSIONS = {
  list: { resource: 'incident_report', action: 'read' },
  report: { resource: 'incident_report', action: 'create' },
  manage: { resource: 'incident', action: 'update' },
} as const;

/** Incidents and leak response, under `/incidents`. */
export const INCIDENT_ROUTES: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(INCIDENT_PERMISSIONS.list)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('incidents.title'),
        loadComponent: () => import('./pages/incident-list-page').then((m) => m.IncidentListPage),
      },
      {
        path: 'report',
        title: pageTitle('incidents.form.heading'),
        canActivate: [permissionGuard(INCIDENT_PERMISSIONS.report)],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./pages/incident-report-page').then((m) => m.IncidentReportPage),
      },
      {
        path: ':id',
        title: pageTitle('incidents.title'),
        loadComponent: () => import('./pages/incident-detail-page').then((m) => m.IncidentDetailPage),
      },
      {
        path: ':id/print/:body/:stage',
        title: pageTitle('incidents.print'),
        loadComponent: () => import('./pages/incident-print-page').then((m) => m.IncidentPrintPage),
      },
    ],
  },
];
