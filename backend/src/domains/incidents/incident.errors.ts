import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../platform/errors/problem';
import type { ChecklistItem } from './incident.rules';

/** Error codes of the incidents domain. */
export const incidentProblems = {
  invalidTransition: (from: string, to: string) =>
    new ProblemException(HttpStatus.CONFLICT, 'INCIDENT_INVALID_TRANSITION', {
      detail: `An incident cannot move from ${from} to ${to}.`,
      extensions: { from, to },
    }),
  closeChecklistIncomplete: (missing: ChecklistItem[]) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'INCIDENT_CLOSE_CHECKLIST_INCOMPLETE', {
      detail: 'The closing checklist (JIS Q 15001 A.3.3.7) is not complete.',
      extensions: { missing },
    }),
  closed: () =>
    new ProblemException(HttpStatus.CONFLICT, 'INCIDENT_CLOSED', {
      detail: 'The incident is closed; its record can no longer change.',
    }),
  reportSubmitted: () =>
    new ProblemException(HttpStatus.CONFLICT, 'INCIDENT_REPORT_SUBMITTED', {
      detail: 'The report was submitted: its snapshot is frozen and cannot be edited.',
    }),
};
