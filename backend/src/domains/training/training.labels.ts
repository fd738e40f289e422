import type { EmploymentType } from '../organization/person.entity';
import type { AssignmentKind } from './assignment.entity';
import type { AssignmentStateName } from './dto/campaign.dto';

/**
 * The Japanese names of the attendee list's codes, as its export writes them (the web app's
 * `enums.employmentType`, `training.state`, `training.kind`; test/repo/labels.spec.ts keeps them the same).
 */
export const EMPLOYMENT_TYPE_LABELS_JA: Record<EmploymentType, string> = {
  officer: '役員',
  regular: '正社員',
  contract: '契約社員',
  part_time: 'パート・アルバイト',
  dispatched: '派遣社員',
};

export const ASSIGNMENT_STATE_LABELS_JA: Record<AssignmentStateName, string> = {
  open: '受講中',
  overdue: '期限超過',
  passed: '合格',
  withdrawn: '取消',
};

export const ASSIGNMENT_KIND_LABELS_JA: Record<AssignmentKind, string> = { regular: '通常', makeup: '補講' };

/** The coverage export's last-pass column for someone who never passed an annual course (`training.campaigns.never`). */
export const NO_ANNUAL_COURSE_JA = '未受講';
