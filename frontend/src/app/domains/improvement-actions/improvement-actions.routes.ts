import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth';
import { pageTitle } from '../../core/i18n';
import { DATE_INPUT_PROVIDERS } from '../../shared/ui/date-input';

export const IMPROVEMENT_ACTION_PERMISSION = { resource: 'improvement_action', action: 'read' } as const;

/** Improvement actions, under `/improvement-actions`. */
export const IMPROVEMENT_ACTION_ROUTES: Routes = [
  {
    path: '',
    canActivate: [permissionGuard(IMPROVEMENT_ACTION_PERMISSION)],
    providers: [...DATE_INPUT_PROVIDERS],
    children: [
      {
        path: '',
        title: pageTitle('improvementActions.title'),
        loadComponent: () => import('./pages/action-list-page').then((m) => m.ActionListPage),
      },
      {
        path: 'new',
        title: pageTitle('improvementActions.form.newTitle'),
        loadComponent: () => import('./pages/action-form-page').then((m) => m.ActionFormPage),
      },
      {
        path: ':id',
        title: pageTitle('improvementActions.title'),
        loadComponent: () => import('./pages/action-detail-page').then((m) => m.ActionDetailPage),
      },
    ],
  },
];
