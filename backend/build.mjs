// The API's build: every source file but the unit tests, compiled by swc with backend/.swcrc (the settings
// the tests run on) into dist/, with source maps. It takes a second or two where tsc took 17 s on two cores;
// the type check is `npm run typecheck` (tsc --noEmit), which CI runs. See docs/adr/0012.
import { transformFile } from '@swc/core';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const root = import.meta.dirname;
const src = join(root, 'src');
const dist = join(root, 'dist');
const options = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete options.$schema;

const sources = readdirSync(src, { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(src, file));

// From scratch: a deleted source (a migration, say) must not live on in dist/.
rmSync(dist, { recursive: true, force: true });

async function compile(file) {
  const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, {
    ...options,
    sourceMaps: true,
    inlineSourcesContent: false,
    sourceFileName: relative(dirname(out), file),
    outputPath: out,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${code}\n//# sourceMappingURL=${basename(out)}.map\n`);
  if (map) writeFileSync(`${out}.map`, map);
}

const started = performance.now();
const queue = [...sources];
const failures = [];
await Promise.all(
  Array.from({ length: 16 }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await compile(file).catch((error) => failures.push(`${relative(root, file)}: ${error.message ?? error}`));
    }
  }),
);
if (failures.length) {
  process.stderr.write(`${failures.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `Compiled ${sources.length} files to ${relative(process.cwd(), dist) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
