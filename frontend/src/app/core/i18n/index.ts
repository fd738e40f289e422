export * from './format';
export * from './i18n-title.strategy';
export * from './i18n.service';
export * from './paren.pipe';
export * from './translate';
export * from './translate.pipe';
