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
  'subcontractors-list-ja',
  'subcontractors-list-en',
  'subcontractors-form-error-ja',
  'subcontractors-evaluation-ja',
  'subcontractors-contract-missing-ja',
  'subcontractors-contract-ja',
  'subcontractors-questionnaire-ja',
  'subcontractors-audit-closed-ja',
  'subcontractors-detail-ja',
  'subcontractors-detail-en',
  'training-1-course-editor-ja',
  'training-2-campaign-wizard-ja',
  'training-3-dashboard-ja',
  'training-4-my-training-phone-ja',
  'training-5-quiz-phone-ja',
  'training-7-certificate-phone-ja',
  'training-8-department-manager-ja',
  'training-9-summary-ja',
  'training-coverage-group-ja',
  'joint-use-list-ja',
  'joint-use-detail-missing-ja',
  'joint-use-change-rule-ja',
  'joint-use-joint-users-ja',
  'joint-use-change-forbidden-ja',
  'joint-use-versions-ja',
  'joint-use-notice-ja',
  'joint-use-notice-en',
  'provision-records-ja',
  'incident-report-form-ja',
  'incidents-list-ja',
  'incident-clocks-ja',
  'incident-reports-ja',
  'incident-notices-ja',
  'incident-timeline-ja',
  'incident-closed-ja',
  'incident-print-ja',
  'dashboard-ja',
  'dashboard-group-ja',
  'actions-overdue-ja',
  'action-approved-ja',
  'review-compiled-ja',
  'review-signed-ja',
  'minutes-print-ja',
  'review-freshness-ja',
  'incidents-nearest-clock-ja',
  'incident-improvement-action-ja',
  'subcontractors-audit-close-ja',
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
