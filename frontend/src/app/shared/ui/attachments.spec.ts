import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideIcons } from '../../core/icons/icons';
import { Attachments, AttachmentItem, formatBytes } from './attachments';

const URL = '/api/v1/incidents/6f1c0d52-0000-4000-8000-000000000001/attachments';
const item = (id: string, fileName: string): AttachmentItem => ({
  id,
  fileName,
  contentType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-27T15:30:00Z',
});

describe('Attachments', () => {
  let backend: HttpTestingController;

  function render(canUpload: boolean) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideIcons()] });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Attachments);
    fixture.componentRef.setInput('url', URL);
    fixture.componentRef.setInput('canUpload', canUpload);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => backend.verify());

  it('lists the files as download links of the record’s own route', () => {
    const fixture = render(false);
    backend.expectOne(URL).flush([item('f1', '委託契約書.pdf')]);
    fixture.detectChanges();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('委託契約書.pdf');
    expect(link.getAttribute('href')).toBe(`${URL}/f1`);
    expect(link.hasAttribute('download')).toBe(true);
    expect((fixture.nativeElement as HTMLElement).querySelector('button')).toBeNull();
  });

  it('uploads the chosen file as the raw body with its name, then shows it and says so', () => {
    const fixture = render(true);
    const uploaded: AttachmentItem[] = [];
    fixture.componentInstance.uploaded.subscribe((a) => uploaded.push(a));
    backend.expectOne(URL).flush([]);
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('添付ファイルはまだありません。');
    const input = (fixture.nativeElement as HTMLElement).querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['%PDF-1.4'], '報告書.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const upload = backend.expectOne((r) => r.method === 'POST' && r.url === URL);
    expect(upload.request.params.get('fileName')).toBe('報告書.pdf');
    expect(upload.request.headers.get('content-type')).toBe('application/octet-stream');
    expect(upload.request.body).toBe(file);
    expect(uploaded).toEqual([]);
    upload.flush(item('f2', '報告書.pdf'));
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('a')?.textContent?.trim()).toBe('報告書.pdf');
    expect(uploaded.map((a) => a.id)).toEqual(['f2']);
  });

  it('formats sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(2048, 'ja')).toBe('2 KB');
    expect(formatBytes(12.34 * 1024 * 1024, 'en')).toBe('12.3 MB');
  });
});
