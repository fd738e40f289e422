import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { unsavedChangesGuard } from '../../shared/ui/unsaved-changes';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';

/** What each page needs in the current company; the navigation lists a page under the same permission. */
export const JOINT_USE_PERMISSIONS = {
  arrangements: { resource: 'joint_use', action: 'read' },
  changeArrangement: { resource: 'joint_use', action: 'update' },
  createArrangement: { resource: 'joint_use', action: 'create' },
  provisionRecords: { resource: 'provision_record', action: 'read' },
  createProvisionRecord: { resource: 'provision_record', action: 'create' },
} as const;

/** Joint use (共同利用), under `/joint-use`. */
export const JOINT_USE_ROUTES: Routes = [
  {
    path: '',
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        canActivate: [permissionGuard(JOINT_USE_PERMISSIONS.arrangements)],
        children: [
          {
            path: '',
            pathMatch: 'full',
            title: pageTitle('jointUse.title'),
            loadComponent: () => import('./arrangements/arrangement-list-page').then((m) => m.ArrangementListPage),
          },
          {
            path: 'new',
            title: pageTitle('jointUse.change.newTitle'),
            canActivate: [permissionGuard(JOINT_USE_PERMISSIONS.createArrangement)],
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./arrangements/arrangement-change-page').then((m) => m.ArrangementChangePage),
          },
          {
            path: ':id',
            title: pageTitle('jointUse.title'),
            loadComponent: () => import('./arrangements/arrangement-detail-page').then((m) => m.ArrangementDetailPage),
          },
          {
            path: ':id/change',
            title: pageTitle('jointUse.change.title'),
            canActivate: [permissionGuard(JOINT_USE_PERMISSIONS.changeArrangement)],
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./arrangements/arrangement-change-page').then((m) => m.ArrangementChangePage),
          },
        ],
      },
    ],
  },
];

/** Third-party provision records (確認・記録), under `/provision-records`. */
export const PROVISION_RECORD_ROUTES: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(JOINT_USE_PERMISSIONS.provisionRecords)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('jointUse.records.title'),
        loadComponent: () =>
          import('./provision-records/provision-record-list-page').then((m) => m.ProvisionRecordListPage),
      },
      {
        path: 'new',
        title: pageTitle('jointUse.records.form.newTitle'),
        canActivate: [permissionGuard(JOINT_USE_PERMISSIONS.createProvisionRecord)],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./provision-records/provision-record-form-page').then((m) => m.ProvisionRecordFormPage),
      },
      {
        path: ':id',
        title: pageTitle('jointUse.records.form.editTitle'),
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./provision-records/provision-record-form-page').then((m) => m.ProvisionRecordFormPage),
      },
    ],
  },
];
