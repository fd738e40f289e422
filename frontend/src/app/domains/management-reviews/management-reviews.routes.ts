import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';

export const MANAGEMENT_REVIEW_PERMISSION = { resource: 'management_review', action: 'read' } as const;

/** Management reviews, under `/management-reviews` (the printable minutes live outside the shell). */
export const MANAGEMENT_REVIEW_ROUTES: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(MANAGEMENT_REVIEW_PERMISSION)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('managementReviews.title'),
        loadComponent: () => import('./pages/review-list-page').then((m) => m.ReviewListPage),
      },
      {
        path: 'freshness',
        title: pageTitle('managementReviews.freshness.title'),
        loadComponent: () => import('./pages/freshness-page').then((m) => m.FreshnessPage),
      },
      {
        path: 'new',
        title: pageTitle('managementReviews.form.newTitle'),
        loadComponent: () => import('./pages/review-form-page').then((m) => m.ReviewFormPage),
      },
      {
        path: ':id',
        title: pageTitle('managementReviews.title'),
        loadComponent: () => import('./pages/review-detail-page').then((m) => m.ReviewDetailPage),
      },
    ],
  },
];
