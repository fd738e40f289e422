import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRepoFile as read, ROOT } from './support';

/**
 * Date fields are Material date pickers on the app's adapter (frontend/src/app/shared/ui/date-input.ts),
 * date-and-time fields a picker beside a 24-hour time (shared/ui/datetime-field.ts):
 * they show and take dates as the app writes them in each language and hold the API's `YYYY-MM-DD`. A
 * native `<input type="date">` would show the browser's format instead (`06/10/2026` in an American
 * browser). The adapter is provided on the routes of the domains with date fields, so that the picker
 * is not part of the first download: a page with a date field outside those routes does not open.
 */

const APP = 'frontend/src/app';

function files(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const sources = files(APP);
/** A component's template, inline or in its .html file. */
const template = (component: string) =>
  read(component) +
  (sources.includes(component.replace(/\.ts$/, '.html')) ? read(component.replace(/\.ts$/, '.html')) : '');

describe('date fields', () => {
  it('are never native date, date-and-time or time inputs', () => {
    expect(sources.filter((path) => /type="(date|datetime-local|time)"/.test(read(path)))).toEqual([]);
  });

  it('are only on pages whose routes provide the date adapter', () => {
    const routeFiles = sources.filter((path) => path.endsWith('.routes.ts'));
    const unprovided: string[] = [];
    let pages = 0;
    for (const routes of routeFiles) {
      // Each exported route tree on its own: one file may export several (joint use, provision records).
      for (const tree of read(routes).split(/(?=export const [A-Z_]+: Routes)/)) {
        for (const [, page] of tree.matchAll(/loadComponent: \(\) =>\s*import\('(\.[^']+)'\)/g)) {
          const component = join(dirname(routes), `${page}.ts`);
          // A date-and-time field (shared/ui/datetime-field.ts) holds a date picker too.
          if (!/\[matDatepicker\]|<app-datetime-field/.test(template(component))) continue;
          pages++;
          if (!tree.includes('DATE_INPUT_PROVIDERS')) unprovided.push(component);
        }
      }
    }
    expect(pages).toBeGreaterThan(10);
    expect(unprovided).toEqual([]);
  });
});
