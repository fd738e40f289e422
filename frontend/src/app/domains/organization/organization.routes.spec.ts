import { DEFAULT_NAV_ITEMS } from '../../core/shell/nav-items';
import { ORGANIZATION_PERMISSIONS, ORGANIZATION_ROUTES } from './organization.routes';

describe('organization routes', () => {
  const children = ORGANIZATION_ROUTES[0].children ?? [];

  it('lists each administration page in the navigation under the permission its route needs', () => {
    const byPath: Record<string, { resource: string; action: string }> = {
      companies: ORGANIZATION_PERMISSIONS.companies,
      departments: ORGANIZATION_PERMISSIONS.departments,
      people: ORGANIZATION_PERMISSIONS.people,
      accounts: ORGANIZATION_PERMISSIONS.accounts,
      'audit-trail': ORGANIZATION_PERMISSIONS.auditTrail,
    };
    for (const [path, permission] of Object.entries(byPath)) {
      const route = children.find((r) => r.path === path);
      expect({ path, guarded: !!route?.canActivate?.length }).toEqual({ path, guarded: true });
      const item = DEFAULT_NAV_ITEMS.find((i) => i.route === `/admin/${path}`);
      expect({ path, requires: item?.requires }).toEqual({ path, requires: permission });
    }
  });

  it('asks before leaving a form with unsaved changes', () => {
    const forms = children.flatMap((r) => r.children ?? []).filter((r) => r.path === 'new' || r.path === ':id');
    const withForms = forms.filter((r) => r.canDeactivate?.length);
    // Account details save each action at once; the other detail pages are forms.
    expect(withForms.length).toBe(forms.length - 1);
  });
});
