import {
  CLOCK_LABELS_JA,
  CLOCK_STATUS_LABELS_JA,
  INCIDENT_CAUSE_LABELS_JA,
  INCIDENT_EVENT_LABELS_JA,
  INCIDENT_MEDIUM_LABELS_JA,
  INCIDENT_STATUS_LABELS_JA,
  INCIDENT_TYPE_LABELS_JA,
} from '../../backend/src/domains/incidents/incident.labels';
import { FIGURE_LABELS_JA } from '../../backend/src/domains/management-reviews/minutes-labels';
import {
  RISK_TIER_LABELS_JA,
  SUBCONTRACTOR_STATUS_LABELS_JA,
} from '../../backend/src/domains/subcontractors/subcontractor.labels';
import {
  ASSIGNMENT_KIND_LABELS_JA,
  ASSIGNMENT_STATE_LABELS_JA,
  EMPLOYMENT_TYPE_LABELS_JA,
  NO_ANNUAL_COURSE_JA,
} from '../../backend/src/domains/training/training.labels';
import { ja } from '../../frontend/src/app/core/i18n/ja';

/**
 * The API writes some codes by their Japanese names where no browser is in between: the exports (CSV,
 * Excel) and the printed management-review minutes. Those names are the web app's, word for word, so an
 * officer finds 「報告対応中」 in the file where the screen said 「報告対応中」.
 */
describe('the names the API writes are the web app’s', () => {
  const figures = Object.fromEntries(
    Object.entries(FIGURE_LABELS_JA).map(([key, text]) => [key.replace('.', '_'), text]),
  );

  it.each([
    ['incidents.status', INCIDENT_STATUS_LABELS_JA, ja.incidents.status],
    ['incidents.event', INCIDENT_EVENT_LABELS_JA, ja.incidents.event],
    ['incidents.type', INCIDENT_TYPE_LABELS_JA, ja.incidents.type],
    ['incidents.cause', INCIDENT_CAUSE_LABELS_JA, ja.incidents.cause],
    ['incidents.medium', INCIDENT_MEDIUM_LABELS_JA, ja.incidents.medium],
    ['incidents.clock', CLOCK_LABELS_JA, ja.incidents.clock],
    ['incidents.clockStatus', CLOCK_STATUS_LABELS_JA, ja.incidents.clockStatus],
    ['subcontractors.status', SUBCONTRACTOR_STATUS_LABELS_JA, ja.subcontractors.status],
    ['subcontractors.tier', RISK_TIER_LABELS_JA, ja.subcontractors.tier],
    ['enums.employmentType', EMPLOYMENT_TYPE_LABELS_JA, ja.enums.employmentType],
    ['training.state', ASSIGNMENT_STATE_LABELS_JA, ja.training.state],
    ['training.kind', ASSIGNMENT_KIND_LABELS_JA, ja.training.kind],
    ['managementReviews.figure', figures, ja.managementReviews.figure],
  ] as [string, Record<string, string>, Record<string, string>][])('%s', (_, api, web) => {
    expect(Object.keys(api).length).toBeGreaterThan(1);
    expect(api).toEqual(web);
  });

  it('training.campaigns.never', () => {
    expect(NO_ANNUAL_COURSE_JA).toBe(ja.training.campaigns.never);
  });
});
