import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';
import { unsavedChangesGuard } from '../../shared/ui/unsaved-changes';

/**
 * What each administration page needs in the current company. The navigation (core/shell/nav-items.ts)
 * lists a page under the same permission.
 */
export const ORGANIZATION_PERMISSIONS = {
  companies: { resource: 'company', action: 'update' },
  departments: { resource: 'department', action: 'update' },
  people: { resource: 'person', action: 'read' },
  accounts: { resource: 'account', action: 'read' },
  auditTrail: { resource: 'audit_trail', action: 'read' },
  rosterImport: { resource: 'roster_import', action: 'create' },
} as const;

/** The organization's administration pages, under `/admin`; each page loads on first use. */
export const ORGANIZATION_ROUTES: Routes = [
  {
    path: '',
    // Date fields speak the current language (paginators get their words from the shell).
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'people' },
      {
        path: 'companies',
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.companies)],
        children: [
          {
            path: '',
            title: pageTitle('companies.title'),
            loadComponent: () => import('./companies/company-list-page').then((m) => m.CompanyListPage),
          },
          {
            path: 'new',
            title: pageTitle('companies.form.newTitle'),
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./companies/company-form-page').then((m) => m.CompanyFormPage),
          },
          {
            path: ':id',
            title: pageTitle('companies.form.editTitle'),
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./companies/company-form-page').then((m) => m.CompanyFormPage),
          },
        ],
      },
      {
        path: 'departments',
        title: pageTitle('departments.title'),
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.departments)],
        loadComponent: () => import('./departments/departments-page').then((m) => m.DepartmentsPage),
      },
      {
        path: 'people',
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.people)],
        children: [
          {
            path: '',
            title: pageTitle('people.title'),
            loadComponent: () => import('./people/people-list-page').then((m) => m.PeopleListPage),
          },
          {
            path: 'new',
            title: pageTitle('people.form.newTitle'),
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./people/person-form-page').then((m) => m.PersonFormPage),
          },
          {
            path: ':id',
            title: pageTitle('people.form.editTitle'),
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./people/person-form-page').then((m) => m.PersonFormPage),
          },
        ],
      },
      {
        path: 'roster-import',
        title: pageTitle('rosterImport.title'),
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.rosterImport)],
        loadComponent: () => import('./roster-import/roster-import-page').then((m) => m.RosterImportPage),
      },
      {
        path: 'accounts',
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.accounts)],
        children: [
          {
            path: '',
            title: pageTitle('accounts.title'),
            loadComponent: () => import('./accounts/account-list-page').then((m) => m.AccountListPage),
          },
          {
            path: 'new',
            title: pageTitle('accounts.create.title'),
            canDeactivate: [unsavedChangesGuard],
            loadComponent: () => import('./accounts/account-create-page').then((m) => m.AccountCreatePage),
          },
          {
            path: ':id',
            title: pageTitle('accounts.detail.title'),
            loadComponent: () => import('./accounts/account-detail-page').then((m) => m.AccountDetailPage),
          },
        ],
      },
      {
        path: 'audit-trail',
        title: pageTitle('auditTrail.title'),
        canActivate: [permissionGuard(ORGANIZATION_PERMISSIONS.auditTrail)],
        loadComponent: () => import('./audit-trail/audit-trail-page').then((m) => m.AuditTrailPage),
      },
    ],
  },
];
