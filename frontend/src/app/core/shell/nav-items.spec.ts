import type { Permission } from '../auth/permissions';
import { DEFAULT_NAV_ITEMS, NavItem, navSections, visibleNavItems } from './nav-items';

const allowAll = () => true;
const allowNone = () => false;
const allow =
  (...granted: string[]) =>
  (p: Permission) =>
    granted.includes(`${p.resource}:${p.action}`);

describe('visibleNavItems', () => {
  it('shows everyone Home, and the administration pages only with their permission', () => {
    expect(visibleNavItems(DEFAULT_NAV_ITEMS, allowNone).map((i) => i.route)).toEqual([
      '/',
      '/notifications',
      '/training/my',
    ]);
    expect(visibleNavItems(DEFAULT_NAV_ITEMS, allowAll).map((i) => i.route)).toEqual([
      '/',
      '/notifications',
      '/admin/companies',
      '/admin/departments',
      '/admin/people',
      '/admin/roster-import',
      '/admin/accounts',
      '/admin/audit-trail',
      '/admin/jobs',
      '/admin/mail-outbox',
      '/subcontractors',
      '/training/my',
      '/training/courses',
      '/training/campaigns',
      '/joint-use',
      '/provision-records',
      '/incidents',
      '/improvement-actions',
      '/management-reviews',
    ]);
  });

  it('filters by the permission each item requires', () => {
    // An auditor reads the roster, the accounts and the trail, but changes no company or department.
    const auditor = allow('company:read', 'department:read', 'person:read', 'account:read', 'audit_trail:read');
    expect(visibleNavItems(DEFAULT_NAV_ITEMS, auditor).map((i) => i.route)).toEqual([
      '/',
      '/notifications',
      '/admin/people',
      '/admin/accounts',
      '/admin/audit-trail',
      '/training/my',
    ]);
    // Anyone who may report incidents sees them under 点検 (their own reports, or the register).
    expect(visibleNavItems(DEFAULT_NAV_ITEMS, allow('incident_report:read')).map((i) => i.route)).toEqual([
      '/',
      '/notifications',
      '/training/my',
      '/incidents',
    ]);
    // Staff read companies and departments only: nothing to administer.
    expect(visibleNavItems(DEFAULT_NAV_ITEMS, allow('company:read', 'department:read')).map((i) => i.route)).toEqual([
      '/',
      '/notifications',
      '/training/my',
    ]);
  });

  it('asks about each item’s own permission', () => {
    const asked: Permission[] = [];
    visibleNavItems(DEFAULT_NAV_ITEMS, (p) => (asked.push(p), false));
    expect(asked).toContainEqual({ resource: 'audit_trail', action: 'read' });
    expect(asked).toContainEqual({ resource: 'company', action: 'update' });
    expect(asked).toContainEqual({ resource: 'operations', action: 'read' });
    expect(asked).toHaveLength(DEFAULT_NAV_ITEMS.length - 3);
  });
});

describe('navSections', () => {
  it('lists Home without a heading, the PDCA pages under their group and the administration pages under 管理', () => {
    const sections = navSections(DEFAULT_NAV_ITEMS);
    expect(sections.map((s) => [s.id, s.headingKey])).toEqual([
      ['overview', null],
      ['do', 'nav.group.do'],
      ['check', 'nav.group.check'],
      ['act', 'nav.group.act'],
      ['admin', 'nav.group.admin'],
    ]);
    expect(sections[3].items.map((i) => i.route)).toEqual(['/improvement-actions', '/management-reviews']);
    expect(sections[0].items.map((i) => i.route)).toEqual(['/', '/notifications']);
  });

  it('shows no administration heading when none of its pages is visible', () => {
    const sections = navSections(visibleNavItems(DEFAULT_NAV_ITEMS, allowNone));
    expect(sections.map((s) => s.id)).toEqual(['overview', 'do']);
  });

  it('shows a PDCA group as soon as it has an item, in PDCA order, and hides empty ones', () => {
    const items: NavItem[] = [
      { group: 'check', labelKey: 'glossary.internalAudit', route: '/audits', icon: 'shield', requires: null },
      ...DEFAULT_NAV_ITEMS,
      { group: 'plan', labelKey: 'glossary.piLedger', route: '/inventory', icon: 'shield', requires: null },
      { group: 'check', labelKey: 'glossary.incident', route: '/operation-checks', icon: 'error', requires: null },
    ];
    const sections = navSections(items);
    expect(sections.map((s) => [s.id, s.headingKey])).toEqual([
      ['overview', null],
      ['plan', 'nav.group.plan'],
      ['do', 'nav.group.do'],
      ['check', 'nav.group.check'],
      ['act', 'nav.group.act'],
      ['admin', 'nav.group.admin'],
    ]);
    expect(sections[3].items.map((i) => i.route)).toEqual(['/audits', '/incidents', '/operation-checks']);
  });
});
