export * from './auth.guards';
export * from './auth.service';
export * from './company-context.service';
export * from './password-rules';
export * from './permissions';
export * from './session.interceptor';
