import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';
import { unsavedChangesGuard } from '../../shared/ui/unsaved-changes';

export const SUBCONTRACTOR_PERMISSION = { resource: 'subcontractor', action: 'read' } as const;

/** The subcontractor register under `/subcontractors`; each page loads on first use. */
export const SUBCONTRACTOR_ROUTES: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(SUBCONTRACTOR_PERMISSION)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('subcontractors.title'),
        loadComponent: () => import('./pages/subcontractor-list-page').then((m) => m.SubcontractorListPage),
      },
      {
        path: 'new',
        title: pageTitle('subcontractors.form.newTitle'),
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./pages/subcontractor-form-page').then((m) => m.SubcontractorFormPage),
      },
      {
        path: 'settings',
        title: pageTitle('subcontractors.settings.heading'),
        loadComponent: () => import('./pages/settings-page').then((m) => m.SubcontractorSettingsPage),
      },
      {
        path: ':id/edit',
        title: pageTitle('subcontractors.form.editTitle'),
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./pages/subcontractor-form-page').then((m) => m.SubcontractorFormPage),
      },
      {
        path: ':id',
        title: pageTitle('subcontractors.title'),
        loadComponent: () => import('./pages/subcontractor-detail-page').then((m) => m.SubcontractorDetailPage),
      },
    ],
  },
];
