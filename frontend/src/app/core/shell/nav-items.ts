import { InjectionToken } from '@angular/core';
import type { Permission } from '../auth/permissions';
import type { TranslationKey } from '../i18n';
import type { IconName } from '../icons/icons';

/** `overview` sits above the PDCA groups and has no heading; `admin` (organization, accounts) comes last. */
export type NavGroupId = 'overview' | 'plan' | 'do' | 'check' | 'act' | 'admin';

export interface NavItem {
  readonly group: NavGroupId;
  readonly labelKey: TranslationKey;
  /** Absolute router path, e.g. `/incidents`. */
  readonly route: string;
  readonly icon: IconName;
  /** The permission (from `GET /api/v1/me`) the page needs in the current company; null for every signed-in person. */
  readonly requires: Permission | null;
}

export interface NavGroup {
  readonly id: NavGroupId;
  readonly headingKey: TranslationKey | null;
}

export interface NavSection extends NavGroup {
  readonly items: readonly NavItem[];
}

/** The side navigation's groups, in order: PDCA after the overview. */
export const NAV_GROUPS: readonly NavGroup[] = [
  { id: 'overview', headingKey: null },
  { id: 'plan', headingKey: 'nav.group.plan' },
  { id: 'do', headingKey: 'nav.group.do' },
  { id: 'check', headingKey: 'nav.group.check' },
  { id: 'act', headingKey: 'nav.group.act' },
  { id: 'admin', headingKey: 'nav.group.admin' },
];

/**
 * Every page the navigation lists. Only pages that exist belong here: a domain adds one entry when
 * its first page lands, and its PDCA group appears with it.
 */
export const DEFAULT_NAV_ITEMS: readonly NavItem[] = [
  { group: 'overview', labelKey: 'nav.home', route: '/', icon: 'home', requires: null },
  { group: 'overview', labelKey: 'nav.notifications', route: '/notifications', icon: 'notifications', requires: null },
  {
    group: 'admin',
    labelKey: 'nav.companies',
    route: '/admin/companies',
    icon: 'business',
    requires: { resource: 'company', action: 'update' },
  },
  {
    group: 'admin',
    labelKey: 'nav.departments',
    route: '/admin/departments',
    icon: 'accountTree',
    requires: { resource: 'department', action: 'update' },
  },
  {
    group: 'admin',
    labelKey: 'nav.people',
    route: '/admin/people',
    icon: 'group',
    requires: { resource: 'person', action: 'read' },
  },
  {
    group: 'admin',
    labelKey: 'nav.rosterImport',
    route: '/admin/roster-import',
    icon: 'upload',
    requires: { resource: 'roster_import', action: 'create' },
  },
  {
    group: 'admin',
    labelKey: 'nav.accounts',
    route: '/admin/accounts',
    icon: 'key',
    requires: { resource: 'account', action: 'read' },
  },
  {
    group: 'admin',
    labelKey: 'nav.auditTrail',
    route: '/admin/audit-trail',
    icon: 'history',
    requires: { resource: 'audit_trail', action: 'read' },
  },
  {
    group: 'admin',
    labelKey: 'nav.jobs',
    route: '/admin/jobs',
    icon: 'schedule',
    requires: { resource: 'operations', action: 'read' },
  },
  {
    group: 'admin',
    labelKey: 'nav.outbox',
    route: '/admin/mail-outbox',
    icon: 'mail',
    requires: { resource: 'operations', action: 'read' },
  },
  {
    group: 'do',
    labelKey: 'subcontractors.title',
    route: '/subcontractors',
    icon: 'verifiedUser',
    requires: { resource: 'subcontractor', action: 'read' },
  },
  { group: 'do', labelKey: 'training.nav.my', route: '/training/my', icon: 'checkCircle', requires: null },
  {
    group: 'do',
    labelKey: 'training.nav.courses',
    route: '/training/courses',
    icon: 'shield',
    requires: { resource: 'training_course', action: 'create' },
  },
  {
    group: 'do',
    labelKey: 'training.nav.campaigns',
    route: '/training/campaigns',
    icon: 'group',
    requires: { resource: 'training_campaign', action: 'read' },
  },
  {
    group: 'do',
    labelKey: 'jointUse.nav.arrangements',
    route: '/joint-use',
    icon: 'group',
    requires: { resource: 'joint_use', action: 'read' },
  },
  {
    group: 'do',
    labelKey: 'jointUse.nav.provisionRecords',
    route: '/provision-records',
    icon: 'history',
    requires: { resource: 'provision_record', action: 'read' },
  },
  {
    group: 'check',
    labelKey: 'nav.incidents',
    route: '/incidents',
    icon: 'warning',
    requires: { resource: 'incident_report', action: 'read' },
  },
  {
    group: 'act',
    labelKey: 'improvementActions.nav',
    route: '/improvement-actions',
    icon: 'checkCircle',
    requires: { resource: 'improvement_action', action: 'read' },
  },
  {
    group: 'act',
    labelKey: 'managementReviews.nav',
    route: '/management-reviews',
    icon: 'verifiedUser',
    requires: { resource: 'management_review', action: 'read' },
  },
];

export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', {
  providedIn: 'root',
  factory: () => DEFAULT_NAV_ITEMS,
});

/** The items the person may open: those needing no permission, and those whose permission `allows` grants. */
export function visibleNavItems(items: readonly NavItem[], allows: (permission: Permission) => boolean): NavItem[] {
  return items.filter((item) => item.requires === null || allows(item.requires));
}

/** The groups that have at least one item, each with its items in list order. Empty groups are left out. */
export function navSections(items: readonly NavItem[], groups: readonly NavGroup[] = NAV_GROUPS): NavSection[] {
  return groups
    .map((group) => ({ ...group, items: items.filter((item) => item.group === group.id) }))
    .filter((section) => section.items.length > 0);
}
