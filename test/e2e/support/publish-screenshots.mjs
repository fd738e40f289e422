// Copies the browser tests' screenshots that the user guide shows into docs/user-guide/images/.
// Run after `npm run test:e2e`: npm run docs:screenshots -w test
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const artifacts = join(root, 'test', 'e2e', 'artifacts');
const images = join(root, 'docs', 'user-guide', 'images');
const shown = [
  'shell-ja',
  'shell-en',
  'signin-ja',
  'signin-en',
  'people-ja',
  'people-en',
  'audit-trail-ja',
  'audit-trail-en',
  'import-3-check-ja',
  'notifications-ja',
  'notification-preferences-ja',
  'dashboard-ja',
  'actions-overdue-ja',
  'action-approved-ja',
  'review-compiled-ja',
  'review-signed-ja',
  'minutes-print-ja',
  'review-freshness-ja',
];

mkdirSync(images, { recursive: true });
let missing = 0;
for (const name of shown) {
  const from = join(artifacts, `${name}.png`);
  if (!existsSync(from)) {
    process.stderr.write(`missing ${from}: run npm run test:e2e first\n`);
    missing++;
    continue;
  }
  copyFileSync(from, join(images, `${name}.png`));
  process.stdout.write(`docs/user-guide/images/${name}.png\n`);
}
process.exit(missing ? 1 : 0);
