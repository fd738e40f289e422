import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY, meFixture, signInForTest } from '../../../core/auth/testing';
import { provideIcons } from '../../../core/icons/icons';
import type { Incident } from '../incidents.data';
import { incidentFixture } from '../testing';
import { IncidentDetailPage } from './incident-detail-page';
import { DATE_INPUT_PROVIDERS } from '../../../shared/ui/date-input';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const ID = '55555555-5555-4555-8555-000000000001';
const OWNER = '44444444-4444-4444-8444-000000000001';
const ACTION = '66666666-6666-4666-8666-000000000001';

function incident(overrides: Partial<Incident> = {}): Incident {
  return incidentFixture({ id: ID, version: 3, ...overrides });
}

describe('IncidentDetailPage: the recurrence prevention as an improvement action', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(loaded: Incident) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'incidents/:id', component: IncidentDetailPage }], withComponentInputBinding()),
        provideAppHttpClient(),
        provideHttpClientTesting(),
        provideIcons(),
        DATE_INPUT_PROVIDERS,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const me = meFixture({ roles: ['pms_manager'] });
    me.permissions[0].grants = { ...me.permissions[0].grants, incident: ['read', 'update'] };
    await signInForTest(me);
    harness = await RouterTestingHarness.create(`/incidents/${ID}`);
    backend.expectOne(`/api/v1/incidents/${ID}`).flush(loaded);
    await drain();
    // The record tab.
    root().querySelectorAll<HTMLElement>('[role="tab"]')[1].click();
    await drain();
  }

  /** Answers the incident's side lists (reports, notices, timeline, attachments) with nothing, and renders. */
  async function drain() {
    for (let i = 0; i < 4; i++) {
      await settle();
      backend.match((r) => /\/(reports|notices|timeline|attachments)$/.test(r.url)).forEach((r) => r.flush([]));
      harness.fixture.detectChanges();
    }
  }

  const root = () => harness.fixture.nativeElement as HTMLElement;
  const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
    root().querySelector<T>(`[data-testid="${testId}"]`);
  const page = () => harness.routeDebugElement!.componentInstance as IncidentDetailPage;
  // Bracket access reaches the page's protected form, fully typed.
  const form = () => page()['form'];

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('sends createImprovementAction with the owner and due date, then links to the action it opened', async () => {
    await open(incident());
    expect(q('incident-action-link')).toBeNull();
    q('incident-create-action')!.querySelector<HTMLInputElement>('input')!.click();
    await drain();
    // The owner list loads only once the option is ticked, from the incident's company.
    const people = backend.expectOne((r) => r.url === '/api/v1/people');
    expect(people.request.params.get('companyId')).toBe(TEST_COMPANY);
    people.flush({
      items: [{ id: OWNER, familyName: '渡辺', givenName: '学' }],
      total: 1,
      nextCursor: null,
    });
    await drain();
    expect(q('incident-action-owner')).not.toBeNull();
    expect(q('incident-action-due')).not.toBeNull();

    const f = form();
    f.controls.recurrencePrevention.setValue('添付ファイルの二重確認を手順化した。');
    f.controls.createImprovementAction.setValue({
      ownerPersonId: OWNER,
      dueOn: '2027-03-31',
      grade: 'minor_nonconformity',
    });
    q<HTMLButtonElement>('incident-save')!.click();
    await settle();
    const patch = backend.expectOne(`/api/v1/incidents/${ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toContain('3');
    expect(patch.request.body).toMatchObject({
      recurrencePrevention: '添付ファイルの二重確認を手順化した。',
      createImprovementAction: { ownerPersonId: OWNER, dueOn: '2027-03-31', grade: 'minor_nonconformity' },
    });
    expect(patch.request.body.improvementActionId).toBeUndefined();
    patch.flush(
      incident({
        recurrencePrevention: '添付ファイルの二重確認を手順化した。',
        improvementActionId: ACTION,
        version: 4,
      }),
    );
    await drain();

    expect(q('incident-create-action')).toBeNull();
    expect(q('incident-action-linked')!.textContent).toContain('再発防止策は改善処置として登録されています。');
    expect(q('incident-action-link')!.getAttribute('href')).toBe(`/improvement-actions/${ACTION}`);
  });

  it('asks for the recurrence prevention before opening an action from it, and requires owner and due date', async () => {
    await open(incident());
    q('incident-create-action')!.querySelector<HTMLInputElement>('input')!.click();
    await settle();
    backend.expectOne((r) => r.url === '/api/v1/people').flush({ items: [], total: 0, nextCursor: null });
    await drain();
    q<HTMLButtonElement>('incident-save')!.click();
    await drain();
    const f = form();
    expect(f.controls.recurrencePrevention.hasError('required')).toBe(true);
    expect(f.controls.createImprovementAction.controls.ownerPersonId.hasError('required')).toBe(true);
    expect(f.controls.createImprovementAction.controls.dueOn.hasError('required')).toBe(true);
    expect(q('form-summary')).not.toBeNull();
    // Unticked, the action's fields neither show nor block the save.
    q('incident-create-action')!.querySelector<HTMLInputElement>('input')!.click();
    await drain();
    expect(q('incident-action-owner')).toBeNull();
    f.controls.recurrencePrevention.setValue('手順化した。');
    q<HTMLButtonElement>('incident-save')!.click();
    await settle();
    const patch = backend.expectOne(`/api/v1/incidents/${ID}`);
    expect(patch.request.body.createImprovementAction).toBeUndefined();
    patch.flush(incident({ recurrencePrevention: '手順化した。', version: 4 }));
    await drain();
  });

  it('shows the link instead of the option when an action is already linked', async () => {
    await open(incident({ improvementActionId: ACTION, recurrencePrevention: '手順化した。' }));
    expect(q('incident-create-action')).toBeNull();
    expect(q('incident-action-link')!.getAttribute('href')).toBe(`/improvement-actions/${ACTION}`);
  });
});
