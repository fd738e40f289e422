import { en } from './en';
import { ja, type Dictionary } from './ja';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { ja, en };

/** Dotted paths to every string of a dictionary: `'home.status.ready'`, `'errors.code.NOT_FOUND'` … */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<Dictionary>;
export type TranslateParams = Readonly<Record<string, string | number>>;

/** The dictionary key of a language's name (日本語 / English). */
export function langKey(lang: Lang): `lang.${Lang}` {
  return `lang.${lang}`;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** True when `key` names a string in the dictionaries (for keys built at run time, such as error codes). */
export function isTranslationKey(key: string): key is TranslationKey {
  return lookup(ja, key) !== undefined;
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `params`. A placeholder without
 * a value stays visible as `{name}` rather than silently disappearing; an unknown key comes back as
 * the key itself.
 */
export function translate(lang: Lang, key: TranslationKey, params?: TranslateParams): string {
  const text = lookup(DICTIONARIES[lang], key) ?? lookup(ja, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
