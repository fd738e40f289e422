// Generates the API types from docs/openapi.json (`generate`) or checks that the committed ones are current (`check`).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const specFile = join(root, '..', 'docs', 'openapi.json');
const schemaFile = join(root, 'src', 'app', 'core', 'api', 'schema.ts');

async function render() {
  const ast = await openapiTS(pathToFileURL(specFile), { alphabetize: true });
  const header = '// Generated from docs/openapi.json by `npm run api:generate -w frontend`. Do not edit by hand.\n\n';
  const source = header + astToString(ast);
  const options = (await prettier.resolveConfig(schemaFile)) ?? {};
  return prettier.format(source, { ...options, filepath: schemaFile });
}

const mode = process.argv[2];
const rel = (file) => relative(process.cwd(), file);

if (mode === 'generate') {
  await writeFile(schemaFile, await render(), 'utf8');
  process.stdout.write(`API types written to ${rel(schemaFile)}\n`);
} else if (mode === 'check') {
  const expected = await render();
  const actual = await readFile(schemaFile, 'utf8').catch(() => '');
  if (actual !== expected) {
    process.stderr.write(
      `${rel(schemaFile)} is out of date with ${rel(specFile)}.\n` +
        'Run `npm run api:generate -w frontend` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`${rel(schemaFile)} matches ${rel(specFile)}\n`);
} else {
  process.stderr.write('usage: node scripts/api-schema.mjs generate|check\n');
  process.exit(2);
}
