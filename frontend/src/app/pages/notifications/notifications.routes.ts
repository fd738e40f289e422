import { Routes } from '@angular/router';
import { pageTitle } from '../../core/i18n';

export const NOTIFICATION_ROUTES: Routes = [
  {
    path: 'notifications',
    title: pageTitle('notifications.title'),
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
  {
    path: 'notifications/preferences',
    title: pageTitle('notifications.preferences.title'),
    loadComponent: () => import('./preferences-page').then((m) => m.PreferencesPage),
  },
];
