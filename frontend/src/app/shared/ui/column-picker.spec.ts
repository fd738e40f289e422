import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ColumnChoice, ColumnPicker, columnChoice, type ListColumn } from './column-picker';
import { provideIcons } from '../../core/icons/icons';

type Id = 'name' | 'status' | 'services' | 'persons' | 'lastAudit';
const COLUMNS: readonly ListColumn<Id>[] = [
  { id: 'name', label: 'subcontractors.col.name', fixed: true },
  { id: 'status', label: 'subcontractors.col.status' },
  { id: 'persons', label: 'subcontractors.col.persons', optional: true },
  { id: 'services', label: 'subcontractors.col.services' },
  { id: 'lastAudit', label: 'subcontractors.col.lastAudit', optional: true },
];
const KEY = 'mamori.columns.test';

describe('ColumnChoice', () => {
  beforeEach(() => localStorage.clear());

  const choice = (columns: readonly ListColumn<Id>[] = COLUMNS) => new ColumnChoice(columns, KEY, localStorage);

  it('shows the default columns in the list’s order, the optional ones hidden', () => {
    const c = choice();
    expect(c.shown()).toEqual(['name', 'status', 'services']);
    expect(c.isDefault()).toBe(true);
  });

  it('hides a default column and shows an optional one, in the list’s order, and keeps the choice', () => {
    const c = choice();
    c.toggle('lastAudit');
    c.toggle('status');
    c.toggle('persons');
    expect(c.shown()).toEqual(['name', 'persons', 'services', 'lastAudit']);
    expect(c.isDefault()).toBe(false);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ hide: ['status'], show: ['lastAudit', 'persons'] });
    expect(choice().shown()).toEqual(['name', 'persons', 'services', 'lastAudit']);
  });

  it('never hides the fixed column, and forgets the choice on reset', () => {
    const c = choice();
    c.toggle('name');
    expect(c.shown()).toContain('name');
    c.toggle('services');
    c.reset();
    expect(c.shown()).toEqual(['name', 'status', 'services']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('shows a column added to the list later as its default says', () => {
    localStorage.setItem(KEY, JSON.stringify({ hide: ['services'], show: [] }));
    const later = [...COLUMNS, { id: 'contract' as Id, label: 'subcontractors.col.contractEnds' as const }];
    expect(choice(later).shown()).toEqual(['name', 'status', 'contract']);
  });

  it('ignores a stored choice it cannot read, and ids it does not know', () => {
    localStorage.setItem(KEY, '{not json');
    expect(choice().shown()).toEqual(['name', 'status', 'services']);
    localStorage.setItem(KEY, JSON.stringify({ hide: ['name', 'gone', 'persons'], show: ['status', 'lastAudit'] }));
    expect(choice().shown()).toEqual(['name', 'status', 'services', 'lastAudit']);
  });
});

@Component({
  imports: [ColumnPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-column-picker [choice]="choice" testId="test" /><span id="shown">{{
      choice.shown().join(',')
    }}</span>`,
})
class Host {
  readonly choice = columnChoice('test', COLUMNS);
}

describe('ColumnPicker', () => {
  beforeEach(() => localStorage.clear());

  it('ticks columns on and off in a menu that stays open, with the fixed column disabled', async () => {
    TestBed.configureTestingModule({ providers: [provideIcons()] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    (root.querySelector('[data-testid="test-columns"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    await fixture.whenStable();
    const item = (id: string) => document.querySelector(`[data-testid="test-column-${id}"]`) as HTMLButtonElement;
    expect(item('name').disabled).toBe(true);
    expect(item('persons').getAttribute('role')).toBe('menuitemcheckbox');
    expect(item('persons').getAttribute('aria-checked')).toBe('false');
    item('persons').click();
    fixture.detectChanges();
    expect(item('persons').getAttribute('aria-checked')).toBe('true');
    item('status').click();
    fixture.detectChanges();
    expect(root.querySelector('#shown')!.textContent).toBe('name,persons,services');
    (document.querySelector('[data-testid="test-columns-reset"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(root.querySelector('#shown')!.textContent).toBe('name,status,services');
  });
});
