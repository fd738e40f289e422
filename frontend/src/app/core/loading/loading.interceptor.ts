import { HttpContextToken, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { finalize } from 'rxjs';
import type { TranslationKey } from '../i18n';
import { LoadingService } from './loading.service';

/** What a request is doing, in words shown when it takes longer than a second. */
export const LOADING_LABEL = new HttpContextToken<TranslationKey>(() => 'loading.slow');
/** Set on background requests (polling) that should not show the global indicator. */
export const BACKGROUND_REQUEST = new HttpContextToken<boolean>(() => false);

export const loadingInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.context.get(BACKGROUND_REQUEST)) return next(request);
  const end = inject(LoadingService).begin(request.context.get(LOADING_LABEL));
  return next(request).pipe(finalize(end));
};
