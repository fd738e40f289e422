import { Routes } from '@angular/router';
import { pageTitle } from './core/i18n';
import { Shell } from './core/shell/shell';

/** Every page lives inside the shell; each domain adds one lazy route tree here. */
export const routes: Routes = [
  {
    path: '',
    component: Shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: pageTitle('home.title'),
        loadComponent: () => import('./pages/home/home-page').then((m) => m.HomePage),
      },
      {
        path: '**',
        title: pageTitle('notFound.title'),
        loadComponent: () => import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
