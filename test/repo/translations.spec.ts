import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRepoFile as read, ROOT } from './support';

/**
 * Every problem code the API answers with has a message in both languages of the web app (and every
 * scheduled job a name on the administrators' page): the app shows
 * a problem by its code (errors.code.* or a domain's own error dictionary), and an unknown code falls
 * back to a generic message for its HTTP status, which tells an officer nothing about what to fix.
 */

function files(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const apiCodes = [
  ...new Set(
    files('backend/src', (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts')).flatMap((path) =>
      [...read(path).matchAll(/new ProblemException\(\s*[^,]+,\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
    ),
  ),
].sort();

/** Field error codes the API's own rules give (class-validator's are mapped in validation.ts). */
const fieldCodes = [
  ...new Set(
    files('backend/src', (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts')).flatMap((path) =>
      [...read(path).matchAll(/\{\s*field:[^{}]*?code: '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
    ),
  ),
].sort();

const dictionaries = (language: 'ja' | 'en') =>
  files('frontend/src/app', (name) => name === `${language}.ts` || name === `i18n-${language}.ts`).map((path) =>
    read(path),
  );

const KEY = (code: string) => new RegExp(`^\\s+${code}:`, 'm');

describe('problem codes', () => {
  it('are found in the API source', () => {
    expect(apiCodes.length).toBeGreaterThan(50);
    expect(apiCodes).toContain('SUBCONTRACTOR_EVALUATION_REQUIRED');
  });

  it.each(['ja', 'en'] as const)('each has a message in the %s dictionaries', (language) => {
    const texts = dictionaries(language);
    expect(apiCodes.filter((code) => !texts.some((text) => KEY(code).test(text)))).toEqual([]);
  });
});

describe('field error codes of the API rules', () => {
  const fieldBlock = (language: 'ja' | 'en') => {
    const text = read(`frontend/src/app/core/i18n/${language}.ts`);
    const start = text.indexOf('\n    field: {\n      REQUIRED:');
    return text.slice(start, text.indexOf('\n    },', start));
  };

  it('are found in the API source', () => {
    expect(fieldCodes).toEqual(expect.arrayContaining(['PLEDGE_REQUIRED', 'OUTSIDE_WINDOW', 'IN_FUTURE']));
  });

  it.each(['ja', 'en'] as const)('each has a message under errors.field in %s', (language) => {
    const block = fieldBlock(language);
    expect(fieldCodes.filter((code) => !KEY(code).test(block))).toEqual([]);
  });
});

describe('scheduled jobs', () => {
  const jobs = files('backend/src', (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts')).flatMap((path) =>
    [...read(path).matchAll(/export const [A-Z_]+_JOB = '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]),
  );

  it('are found in the API source', () => {
    expect(jobs).toEqual(expect.arrayContaining(['mail.deliver', 'incidents.clock_recipients']));
  });

  it.each(['ja', 'en'] as const)("each has a name on the administrators' jobs page in %s", (language) => {
    const text = read(`frontend/src/app/core/i18n/${language}.ts`);
    expect(jobs.filter((job) => !KEY(job.replace('.', '_')).test(text))).toEqual([]);
  });
});

describe('management review figures', () => {
  // The figures a domain puts into a review (its contributor's reviewInputs), the labels the printed
  // minutes give them (minutes-labels.ts), and the English web app's (managementReviews.figure.*, dot as `_`).
  const compiled = files('backend/src/domains', (name) => name.endsWith('.contributor.ts')).flatMap((path) => {
    const text = read(path);
    const start = text.indexOf('async reviewInputs(');
    if (start < 0) return [];
    const end = text.indexOf('\n  async ', start + 1);
    return [...text.slice(start, end < 0 ? undefined : end).matchAll(/key: '([a-z_]+\.[A-Za-z]+)'/g)].map((m) => m[1]);
  });
  const labels = read('backend/src/domains/management-reviews/minutes-labels.ts');
  const printed = [...labels.slice(labels.indexOf('FIGURE_LABELS_JA')).matchAll(/^\s+'([a-z_]+\.[A-Za-z]+)': '/gm)].map(
    (m) => m[1],
  );
  const englishFigures = () => {
    const text = read('frontend/src/app/core/i18n/en.ts');
    const start = text.indexOf('\n    figure: {\n      improvement_openTotal:');
    return text.slice(start, text.indexOf('\n    },', start));
  };

  it('are found in the contributors', () => {
    expect(compiled).toEqual(expect.arrayContaining(['improvement.openTotal', 'incidents.clocksMissed']));
    expect(compiled).not.toContain('improvement.perMonth'); // a dashboard figure, not a review's
  });

  it('each has its label in the printed minutes', () => {
    expect(compiled.filter((key) => !printed.includes(key))).toEqual([]);
  });

  // The Japanese ones are the printed minutes' word for word (labels.spec.ts).
  it('each has its label in the English web app', () => {
    const block = englishFigures();
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((key) => !KEY(key.replace('.', '_')).test(block))).toEqual([]);
  });
});
