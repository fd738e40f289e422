export * from './api-client';
export type { components, paths } from './schema';
