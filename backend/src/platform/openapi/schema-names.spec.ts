import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript file under `dir`, specs excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('OpenAPI schema names', () => {
  it('are unique: two DTO classes with one name would silently share one schema in docs/openapi.json', () => {
    const root = join(__dirname, '..', '..');
    const seen = new Map<string, string[]>();
    for (const file of sources(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^export class (\w+Dto)\b/gm)) {
        seen.set(match[1], [...(seen.get(match[1]) ?? []), relative(root, file)]);
      }
    }
    const duplicates = [...seen].filter(([, files]) => files.length > 1);
    expect(duplicates).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });
});
