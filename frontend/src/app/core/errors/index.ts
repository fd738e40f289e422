export * from './api-problem';
export * from './error-messages';
export * from './error-notifier.service';
export * from './form-errors';
export * from './problem.interceptor';
