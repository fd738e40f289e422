import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root folder. */
export const ROOT = join(__dirname, '..', '..');

/** A file of the repository as text, by its path from the root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The environment variables the app reads: ENVIRONMENT_VARIABLE_NAMES, taken from config.ts's text. */
export function configVariableNames(): string[] {
  const source = readRepoFile('backend/src/platform/config/config.ts');
  const list = /ENVIRONMENT_VARIABLE_NAMES[^=]*=\s*\[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('ENVIRONMENT_VARIABLE_NAMES not found in config.ts');
  return [...list[1].matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]);
}
