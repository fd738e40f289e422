import { InjectionToken } from '@angular/core';
import type { TranslationKey } from '../i18n';
import type { IconName } from '../icons/icons';

/** `overview` sits above the PDCA groups and has no heading. */
export type NavGroupId = 'overview' | 'plan' | 'do' | 'check' | 'act';

export interface NavItem {
  readonly group: NavGroupId;
  readonly labelKey: TranslationKey;
  /** Absolute router path, e.g. `/incidents`. */
  readonly route: string;
  readonly icon: IconName;
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
];

/**
 * Every page the navigation lists. Only pages that exist belong here: a domain adds one entry when
 * its first page lands, and its PDCA group appears with it.
 */
export const DEFAULT_NAV_ITEMS: readonly NavItem[] = [
  { group: 'overview', labelKey: 'nav.home', route: '/', icon: 'home' },
];

export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', {
  providedIn: 'root',
  factory: () => DEFAULT_NAV_ITEMS,
});

/** The groups that have at least one item, each with its items in list order. Empty groups are left out. */
export function navSections(items: readonly NavItem[], groups: readonly NavGroup[] = NAV_GROUPS): NavSection[] {
  return groups
    .map((group) => ({ ...group, items: items.filter((item) => item.group === group.id) }))
    .filter((section) => section.items.length > 0);
}
