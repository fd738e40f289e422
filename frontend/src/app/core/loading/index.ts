export * from './loading-bar';
export * from './loading.interceptor';
export * from './loading.service';
