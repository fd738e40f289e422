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
  'import-3-check-en',
  'notifications-ja',
  'notifications-en',
  'notification-preferences-ja',
  'notification-preferences-en',
  'subcontractors-list-ja',
  'subcontractors-list-en',
  'subcontractors-columns-ja',
  'subcontractors-columns-en',
  'subcontractors-form-error-ja',
  'subcontractors-evaluation-ja',
  'subcontractors-contract-missing-ja',
  'subcontractors-contract-ja',
  'subcontractors-questionnaire-ja',
  'subcontractors-audit-closed-ja',
  'subcontractors-detail-ja',
  'subcontractors-detail-en',
  'training-1-course-editor-ja',
  'training-1-course-editor-en',
  'training-2-campaign-wizard-ja',
  'training-2-campaign-wizard-en',
  'training-3-dashboard-ja',
  'training-3-dashboard-en',
  'training-4-my-training-phone-ja',
  'training-4-my-training-phone-en',
  'training-5-quiz-phone-ja',
  'training-7-certificate-phone-ja',
  'training-7-certificate-phone-en',
  'training-8-department-manager-ja',
  'training-9-summary-ja',
  'training-9-summary-en',
  'training-10-closed-ja',
  'training-10-closed-en',
  'training-coverage-group-ja',
  'training-coverage-group-en',
  'joint-use-list-ja',
  'joint-use-list-en',
  'joint-use-detail-missing-ja',
  'joint-use-detail-missing-en',
  'joint-use-change-rule-ja',
  'joint-use-change-rule-en',
  'joint-use-joint-users-ja',
  'joint-use-joint-users-en',
  'joint-use-change-forbidden-ja',
  'joint-use-change-forbidden-en',
  'joint-use-versions-ja',
  'joint-use-versions-en',
  'joint-use-notice-ja',
  'joint-use-notice-en',
  'provision-records-ja',
  'provision-records-en',
  'incident-report-form-ja',
  'incident-report-form-en',
  'incidents-list-ja',
  'incidents-list-en',
  'incident-clocks-ja',
  'incident-clocks-en',
  'incident-reports-ja',
  'incident-reports-en',
  'incident-notices-ja',
  'incident-notices-en',
  'incident-timeline-ja',
  'incident-timeline-en',
  'incident-closed-ja',
  'incident-closed-en',
  'incident-print-ja',
  'dashboard-ja',
  'dashboard-en',
  'dashboard-group-ja',
  'dashboard-group-en',
  'actions-overdue-ja',
  'actions-overdue-en',
  'action-approved-ja',
  'action-approved-en',
  'review-compiled-ja',
  'review-compiled-en',
  'review-signed-ja',
  'review-signed-en',
  'minutes-print-ja',
  'review-freshness-ja',
  'review-freshness-en',
  'incidents-nearest-clock-ja',
  'incidents-nearest-clock-en',
  'incident-improvement-action-ja',
  'incident-improvement-action-en',
  'subcontractors-audit-close-ja',
  'subcontractors-audit-close-en',
  'dashboard-officers-ja',
  'dashboard-officers-en',
  'training-1b-course-files-ja',
  'training-1b-course-files-en',
  'training-4b-course-files-phone-ja',
  'training-4b-course-files-phone-en',
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
