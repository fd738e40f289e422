import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';

export const TRAINING_PERMISSIONS = {
  courses: { resource: 'training_course', action: 'create' },
  campaigns: { resource: 'training_campaign', action: 'read' },
  createCampaign: { resource: 'training_campaign', action: 'create' },
} as const;

/** Training pages under `/training`; "My training" and certificates are for every signed-in person. */
export const TRAINING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'my' },
  {
    path: 'my',
    title: pageTitle('training.my.title'),
    loadComponent: () => import('./my-training-page').then((m) => m.MyTrainingPage),
  },
  {
    path: 'my/:id',
    title: pageTitle('training.my.title'),
    loadComponent: () => import('./take-training-page').then((m) => m.TakeTrainingPage),
  },
  {
    path: 'attestations/:id',
    title: pageTitle('training.certificate.title'),
    loadComponent: () => import('./certificate-page').then((m) => m.CertificatePage),
  },
  {
    path: 'courses',
    canActivate: [permissionGuard(TRAINING_PERMISSIONS.courses)],
    children: [
      {
        path: '',
        title: pageTitle('training.courses.title'),
        loadComponent: () => import('./course-list-page').then((m) => m.CourseListPage),
      },
      {
        path: 'new',
        title: pageTitle('training.editor.titleNew'),
        loadComponent: () => import('./course-editor-page').then((m) => m.CourseEditorPage),
      },
      {
        path: ':id',
        title: pageTitle('training.editor.titleEdit'),
        loadComponent: () => import('./course-editor-page').then((m) => m.CourseEditorPage),
      },
    ],
  },
  {
    path: 'campaigns',
    canActivate: [permissionGuard(TRAINING_PERMISSIONS.campaigns)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('training.campaigns.title'),
        loadComponent: () => import('./campaign-list-page').then((m) => m.CampaignListPage),
      },
      {
        path: 'new',
        title: pageTitle('training.wizard.title'),
        canActivate: [permissionGuard(TRAINING_PERMISSIONS.createCampaign)],
        loadComponent: () => import('./campaign-wizard-page').then((m) => m.CampaignWizardPage),
      },
      {
        path: ':id',
        title: pageTitle('training.campaigns.progress'),
        loadComponent: () => import('./campaign-dashboard-page').then((m) => m.CampaignDashboardPage),
      },
      {
        path: ':id/summary',
        title: pageTitle('training.summary.title'),
        loadComponent: () => import('./summary-page').then((m) => m.SummaryPage),
      },
    ],
  },
];
