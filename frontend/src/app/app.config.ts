import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';
import { problemInterceptor } from './core/errors';
import { I18nService, I18nTitleStrategy } from './core/i18n';
import { provideIcons } from './core/icons/icons';
import { loadingInterceptor } from './core/loading';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // The loading indicator sees every request, including those that then fail.
    provideHttpClient(withFetch(), withInterceptors([loadingInterceptor, problemInterceptor])),
    { provide: TitleStrategy, useExisting: I18nTitleStrategy },
    provideIcons(),
    // Sets <html lang> from the saved choice before the first render.
    provideAppInitializer(() => void inject(I18nService)),
  ],
};
