import { Routes } from '@angular/router';
import { authGuard, guestGuard, signedInGuard } from './core/auth';
import { pageTitle } from './core/i18n';
import { ADMIN_ROUTES } from './pages/admin/admin.routes';
import { NOTIFICATION_ROUTES } from './pages/notifications/notifications.routes';

/**
 * Signing in and changing the password live outside the shell; every other page lives inside it and
 * needs a session. Each domain adds one lazy route tree under the shell.
 */
export const routes: Routes = [
  {
    path: 'sign-in',
    canActivate: [guestGuard],
    title: pageTitle('auth.signIn.title'),
    loadComponent: () => import('./pages/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'change-password',
    canActivate: [signedInGuard],
    title: pageTitle('auth.password.title'),
    loadComponent: () => import('./pages/change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
  {
    // The subcontractor's questionnaire link: no account, nothing but that questionnaire.
    path: 'q/:token',
    title: pageTitle('questionnaire.title'),
    loadComponent: () => import('./domains/subcontractors/pages/questionnaire-page').then((m) => m.QuestionnairePage),
  },
  {
    // The printable minutes stand alone (no shell), laid out for A4 paper.
    path: 'minutes/:id',
    canActivate: [authGuard],
    title: pageTitle('managementReviews.print.heading'),
    loadComponent: () =>
      import('./domains/management-reviews/pages/minutes-print-page').then((m) => m.MinutesPrintPage),
  },
  {
    path: '',
    loadComponent: () => import('./core/shell/shell').then((m) => m.Shell),
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: pageTitle('home.title'),
        loadComponent: () => import('./pages/home/home-page').then((m) => m.HomePage),
      },
      ...NOTIFICATION_ROUTES,
      ...ADMIN_ROUTES,
      {
        path: 'admin',
        loadChildren: () => import('./domains/organization/organization.routes').then((m) => m.ORGANIZATION_ROUTES),
      },
      {
        path: 'subcontractors',
        loadChildren: () =>
          import('./domains/subcontractors/subcontractors.routes').then((m) => m.SUBCONTRACTOR_ROUTES),
      },
      {
        path: 'training',
        loadChildren: () => import('./domains/training/training.routes').then((m) => m.TRAINING_ROUTES),
      },
      {
        path: 'joint-use',
        loadChildren: () => import('./domains/joint-use/joint-use.routes').then((m) => m.JOINT_USE_ROUTES),
      },
      {
        path: 'provision-records',
        loadChildren: () => import('./domains/joint-use/joint-use.routes').then((m) => m.PROVISION_RECORD_ROUTES),
      },
      {
        path: 'incidents',
        loadChildren: () => import('./domains/incidents/incidents.routes').then((m) => m.INCIDENT_ROUTES),
      },
      {
        path: 'improvement-actions',
        loadChildren: () =>
          import('./domains/improvement-actions/improvement-actions.routes').then((m) => m.IMPROVEMENT_ACTION_ROUTES),
      },
      {
        path: 'management-reviews',
        loadChildren: () =>
          import('./domains/management-reviews/management-reviews.routes').then((m) => m.MANAGEMENT_REVIEW_ROUTES),
      },
      {
        path: 'dashboard',
        loadChildren: () => import('./domains/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: '**',
        title: pageTitle('notFound.title'),
        loadComponent: () => import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
