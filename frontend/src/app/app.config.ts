import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideAppHttpClient } from './app.http';
import { routes } from './app.routes';
import { I18nService, I18nTitleStrategy } from './core/i18n';
import { provideIcons } from './core/icons/icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    provideAppHttpClient(),
    { provide: TitleStrategy, useExisting: I18nTitleStrategy },
    provideIcons(),
    // Sets <html lang> from the saved choice before the first render.
    provideAppInitializer(() => void inject(I18nService)),
  ],
};
