// Lets a child process run the TypeScript sources directly (`node -r ./test/support/swc-register.js src/main.ts`),
// compiled by swc with the same settings as the tests, so a multi-process test needs no build first.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const options = JSON.parse(readFileSync(join(__dirname, '..', '..', '.swcrc'), 'utf8'));
delete options.$schema;
options.sourceMaps = 'inline';

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
