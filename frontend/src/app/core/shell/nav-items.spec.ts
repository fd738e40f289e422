import { DEFAULT_NAV_ITEMS, NavItem, navSections } from './nav-items';

describe('navSections', () => {
  it('lists only Home today, with no PDCA heading', () => {
    const sections = navSections(DEFAULT_NAV_ITEMS);
    expect(sections.map((s) => s.id)).toEqual(['overview']);
    expect(sections[0].headingKey).toBeNull();
    expect(sections[0].items.map((i) => i.route)).toEqual(['/']);
  });

  it('shows a PDCA group as soon as it has an item, in PDCA order, and hides empty ones', () => {
    const items: NavItem[] = [
      { group: 'check', labelKey: 'glossary.internalAudit', route: '/audits', icon: 'shield' },
      ...DEFAULT_NAV_ITEMS,
      { group: 'plan', labelKey: 'glossary.piLedger', route: '/inventory', icon: 'shield' },
      { group: 'check', labelKey: 'glossary.incident', route: '/incidents', icon: 'error' },
    ];
    const sections = navSections(items);
    expect(sections.map((s) => [s.id, s.headingKey])).toEqual([
      ['overview', null],
      ['plan', 'nav.group.plan'],
      ['check', 'nav.group.check'],
    ]);
    expect(sections[2].items.map((i) => i.route)).toEqual(['/audits', '/incidents']);
  });
});
