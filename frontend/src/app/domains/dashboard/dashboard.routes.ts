import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';

export const DASHBOARD_PERMISSION = { resource: 'dashboard', action: 'read' } as const;

/** The dashboard's own lists, under `/dashboard` (the dashboard itself is on the home page). */
export const DASHBOARD_ROUTES: Routes = [
  {
    path: 'privacy-marks',
    canActivate: [permissionGuard(DASHBOARD_PERMISSION)],
    title: pageTitle('dashboard.privacyMarks.title'),
    loadComponent: () => import('./privacy-marks-page').then((m) => m.PrivacyMarksPage),
  },
  {
    path: 'officers',
    canActivate: [permissionGuard(DASHBOARD_PERMISSION)],
    title: pageTitle('dashboard.officers.title'),
    loadComponent: () => import('./officers-page').then((m) => m.OfficersPage),
  },
];
