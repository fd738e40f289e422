import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideAppHttpClient } from '../../../app.http';
import { TEST_COMPANY } from '../../../core/auth/testing';
import type { RosterImport, RosterImportPreview, RosterRowErrorPage } from './roster-import.data';
import { IMPORT_ID as ID, importFixture } from './testing';
import { IMPORT_POLL_MS, RosterImportWizard, mappingFieldErrors } from './roster-import.wizard';

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const errorPage = (total: number, from = 0): RosterRowErrorPage => ({
  items: Array.from({ length: Math.min(20, total - from) }, (_, i) => ({
    row: from + i + 2,
    column: '入社日',
    field: 'hireDate',
    code: 'DATE_INVALID',
    message: 'This is not a date',
  })),
  total,
  nextCursor: null,
});

describe('RosterImportWizard', () => {
  let wizard: RosterImportWizard;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideAppHttpClient(),
        provideHttpClientTesting(),
        RosterImportWizard,
        { provide: IMPORT_POLL_MS, useValue: 1 },
      ],
    });
    wizard = TestBed.inject(RosterImportWizard);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  async function uploaded(overrides: Partial<RosterImport> = {}) {
    wizard.companyId.set(TEST_COMPANY);
    wizard.selectFile(new File(['社員番号,氏名\r\n'], 'roster.csv', { type: 'text/csv' }));
    const done = wizard.upload();
    backend.expectOne((r) => r.url.endsWith('/roster-imports')).flush(importFixture(overrides));
    await done;
  }

  async function checked(preview: Partial<RosterImportPreview> = {}) {
    await uploaded();
    const done = wizard.check();
    backend.expectOne(`/api/v1/roster-imports/${ID}/mapping`).flush({
      ...importFixture({ status: 'mapped', validCount: 990, errorCount: 10, toCreate: 990, version: 2 }),
      errors: errorPage(10),
      ...preview,
    });
    await done;
  }

  it('starts on the file step and needs a company and a file before reading it', () => {
    expect(wizard.step()).toBe('file');
    expect(wizard.stepIndex()).toBe(0);
    expect(wizard.canUpload()).toBe(false);
    wizard.companyId.set(TEST_COMPANY);
    wizard.selectFile(new File(['a'], 'a.csv'));
    expect(wizard.canUpload()).toBe(true);
    const big = new File(['a'], 'big.csv');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    wizard.selectFile(big);
    expect(wizard.fileTooLarge()).toBe(true);
    expect(wizard.canUpload()).toBe(false);
  });

  it('sends the file as it is, with the encoding and mode, and moves to the mapping with the suggestion', async () => {
    wizard.companyId.set(TEST_COMPANY);
    wizard.encoding.set('shift_jis');
    wizard.mode.set('full');
    const file = new File(['社員番号,氏名\r\n'], '名簿.csv', { type: 'text/csv' });
    wizard.selectFile(file);
    const done = wizard.upload();
    expect(wizard.busy()).toBe(true);
    const request = backend.expectOne((r) => r.url === `/api/v1/companies/${TEST_COMPANY}/roster-imports`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(request.request.params.toString()).toBe('encoding=shift_jis&mode=full&fileName=%E5%90%8D%E7%B0%BF.csv');
    request.flush(importFixture());
    await done;
    expect(wizard.step()).toBe('mapping');
    expect(wizard.busy()).toBe(false);
    expect(wizard.mapping()).toEqual(importFixture().suggestedMapping);
    expect(wizard.canCheck()).toBe(true);
  });

  it('stays on the file step and keeps the problem when the file cannot be read', async () => {
    wizard.companyId.set(TEST_COMPANY);
    wizard.selectFile(new File(['x'], 'x.csv'));
    const done = wizard.upload();
    backend
      .expectOne((r) => r.url.endsWith('/roster-imports'))
      .flush(
        {
          status: 400,
          code: 'ROSTER_ENCODING_INVALID',
          detail: 'The file is not valid UTF-8: line 3 has bytes that are not text in that encoding.',
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await done;
    expect(wizard.step()).toBe('file');
    expect(wizard.problem()?.code).toBe('ROSTER_ENCODING_INVALID');
    wizard.selectFile(new File(['y'], 'y.csv'));
    expect(wizard.problem()).toBeNull();
  });

  it('edits the mapping; the required fields must be mapped before checking', async () => {
    await uploaded();
    wizard.setColumn('employmentType', null);
    expect(wizard.missingRequired()).toEqual(['employmentType']);
    expect(wizard.canCheck()).toBe(false);
    wizard.setColumn('employmentType', '雇用形態');
    wizard.setColumn('email', '備考');
    expect(wizard.mapping()).toMatchObject({ employmentType: '雇用形態', email: '備考' });
    expect(wizard.canCheck()).toBe(true);
  });

  it('checks the rows: sends the mapped fields and the mode, then shows the counts and the first page of errors', async () => {
    await uploaded();
    wizard.mode.set('full');
    const done = wizard.check();
    const request = backend.expectOne(`/api/v1/roster-imports/${ID}/mapping`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      mapping: {
        employeeNumber: '社員番号',
        familyName: '氏名',
        familyNameKana: 'フリガナ',
        employmentType: '雇用形態',
      },
      mode: 'full',
    });
    request.flush({
      ...importFixture({ status: 'mapped', mode: 'full', validCount: 990, errorCount: 10, toLeave: 3, version: 2 }),
      errors: errorPage(25),
    });
    await done;
    expect(wizard.step()).toBe('preview');
    expect(wizard.record()).toMatchObject({ validCount: 990, errorCount: 10, version: 2 });
    expect(wizard.record()).not.toHaveProperty('errors');
    expect(wizard.errors()?.total).toBe(25);

    const next = wizard.loadErrors(1);
    backend.expectOne(`/api/v1/roster-imports/${ID}/errors?offset=20&limit=20`).flush(errorPage(25, 20));
    await next;
    expect(wizard.errorPageIndex()).toBe(1);
    expect(wizard.errors()?.items).toHaveLength(5);
  });

  it('puts the server’s mapping errors next to their fields', async () => {
    await uploaded();
    const done = wizard.check();
    backend.expectOne(`/api/v1/roster-imports/${ID}/mapping`).flush(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'mapping.employmentType', code: 'UNKNOWN_COLUMN', message: 'no such column' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await done;
    expect(wizard.step()).toBe('mapping');
    expect(wizard.mappingErrors()).toEqual({ employmentType: 'UNKNOWN_COLUMN' });
    wizard.setColumn('employmentType', '雇用形態');
    expect(wizard.mappingErrors()).toEqual({});
  });

  it('applies with the checked version and follows the progress until the result', async () => {
    await checked();
    const done = wizard.apply();
    const start = backend.expectOne(`/api/v1/roster-imports/${ID}/apply`);
    expect(start.request.body).toEqual({ version: 2 });
    start.flush(importFixture({ status: 'applying', total: 990, version: 3 }));
    await done;
    expect(wizard.step()).toBe('apply');
    expect(wizard.applying()).toBe(true);
    expect(wizard.progress()).toBe(0);

    await settle(5);
    backend
      .expectOne(`/api/v1/roster-imports/${ID}`)
      .flush(importFixture({ status: 'applying', processed: 495, total: 990 }));
    expect(wizard.progress()).toBe(50);
    await settle(5);
    backend.expectOne(`/api/v1/roster-imports/${ID}`).flush(
      importFixture({
        status: 'applied',
        processed: 990,
        total: 990,
        created: 980,
        updated: 10,
        left: 0,
        errorCount: 10,
      }),
    );
    expect(wizard.finished()).toBe(true);
    expect(wizard.progress()).toBe(100);
    expect(wizard.record()).toMatchObject({ created: 980, updated: 10, left: 0, errorCount: 10 });
    await settle(5);
    backend.expectNone(`/api/v1/roster-imports/${ID}`);
  });

  it('a refused apply (already applied) stays on the preview with the problem', async () => {
    await checked();
    const done = wizard.apply();
    backend
      .expectOne(`/api/v1/roster-imports/${ID}/apply`)
      .flush({ status: 409, code: 'ROSTER_IMPORT_ALREADY_APPLIED' }, { status: 409, statusText: 'Conflict' });
    await done;
    expect(wizard.step()).toBe('preview');
    expect(wizard.problem()?.code).toBe('ROSTER_IMPORT_ALREADY_APPLIED');
  });

  it('goes back a step, and starts over with another file', async () => {
    await checked();
    wizard.back();
    expect(wizard.step()).toBe('mapping');
    wizard.back();
    expect(wizard.step()).toBe('file');
    wizard.restart();
    const discard = backend.expectOne(`/api/v1/roster-imports/${ID}`);
    expect(discard.request.method).toBe('DELETE');
    expect(discard.request.headers.get('If-Match')).toBe('2');
    discard.flush(null, { status: 204, statusText: 'No Content' });
    expect(wizard.file()).toBeNull();
    expect(wizard.record()).toBeNull();
    expect(wizard.step()).toBe('file');
  });
});

describe('RosterImportWizard leaves nothing behind', () => {
  it('reading another file discards the import of the previous one; an applied import is kept', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideAppHttpClient(),
        provideHttpClientTesting(),
        RosterImportWizard,
        { provide: IMPORT_POLL_MS, useValue: 1 },
      ],
    });
    const wizard = TestBed.inject(RosterImportWizard);
    const backend = TestBed.inject(HttpTestingController);
    wizard.companyId.set(TEST_COMPANY);
    wizard.selectFile(new File(['a'], 'a.csv'));
    let done = wizard.upload();
    backend.expectOne((r) => r.url.endsWith('/roster-imports')).flush(importFixture({ id: 'first', version: 1 }));
    await done;
    wizard.back();
    done = wizard.upload();
    backend.expectOne((r) => r.url.endsWith('/roster-imports')).flush(importFixture({ id: 'second', version: 1 }));
    await done;
    const discard = backend.expectOne('/api/v1/roster-imports/first');
    expect(discard.request.method).toBe('DELETE');
    discard.flush(null, { status: 204, statusText: 'No Content' });
    wizard.record.set(importFixture({ id: 'second', status: 'applied' }));
    wizard.restart();
    backend.verify();
  });
});

describe('mappingFieldErrors', () => {
  it('keeps the first error of each mapped field', () => {
    expect(
      mappingFieldErrors([
        { field: 'mapping.familyName', code: 'REQUIRED', message: '' },
        { field: 'mapping.familyName', code: 'TOO_LONG', message: '' },
        { field: 'mode', code: 'NOT_ALLOWED_VALUE', message: '' },
      ]),
    ).toEqual({ familyName: 'REQUIRED' });
  });
});
