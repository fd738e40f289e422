import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n';
import { figureValue, reviewItemText, type ReviewItem } from './management-reviews.data';

describe('reviewItemText', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  const action: ReviewItem = {
    text: '委託先監査の指摘への対応（試験 太郎、期限 2020-01-01、未着手）',
    link: '/improvement-actions/1',
    detail: {
      kind: 'action',
      title: '委託先監査の指摘への対応',
      owner: '試験 太郎',
      dueOn: '2020-01-01',
      status: 'open',
    },
  };
  const incidents: ReviewItem = {
    text: '漏えい / 作業・操作ミス: 1200件',
    link: null,
    detail: { kind: 'incidents', eventType: 'leak', cause: 'operation_error', count: 1200 },
  };
  const unclassified: ReviewItem = {
    text: '未分類 / 原因未記入: 1件',
    link: null,
    detail: { kind: 'incidents', eventType: null, cause: null, count: 1 },
  };
  const notice: ReviewItem = {
    text: 'グループ共同利用（第2版、2026-04-01 公表）',
    link: '/joint-use/1',
    detail: { kind: 'notice_version', title: 'グループ共同利用', versionNo: 2, publishedOn: '2026-04-01' },
  };

  const overdue: ReviewItem = {
    text: '株式会社デモコールセンター（監督の期限 2026-10-25 を超過）',
    link: '/subcontractors/1',
    detail: {
      kind: 'subcontractor',
      title: '株式会社デモコールセンター',
      reason: 'audit_overdue',
      dueOn: '2026-10-25',
    },
  };
  const certificate: ReviewItem = {
    text: '株式会社デモコールセンター（認証の有効期限 2027-01-13）',
    link: '/subcontractors/1',
    detail: {
      kind: 'subcontractor',
      title: '株式会社デモコールセンター',
      reason: 'certification_expires',
      dueOn: '2027-01-13',
    },
  };

  it('writes each kind of line in Japanese, with the names of codes and Japanese dates', () => {
    expect(reviewItemText(action, i18n)).toBe('委託先監査の指摘への対応（試験 太郎、期限 2020/01/01、未着手）');
    expect(reviewItemText(incidents, i18n)).toBe('漏えい / 作業・操作ミス: 1,200件');
    expect(reviewItemText(unclassified, i18n)).toBe('未分類 / 原因未記入: 1件');
    expect(reviewItemText(notice, i18n)).toBe('グループ共同利用（第2版、2026/04/01 公表）');
    expect(reviewItemText(overdue, i18n)).toBe('株式会社デモコールセンター（監督の期限 2026/10/25 を超過）');
    expect(reviewItemText(certificate, i18n)).toBe('株式会社デモコールセンター（認証の有効期限 2027/01/13）');
  });

  it('writes them in English once the reader switches', () => {
    i18n.use('en');
    expect(reviewItemText(action, i18n)).toBe('委託先監査の指摘への対応 (試験 太郎, due 2020-01-01, Open)');
    expect(reviewItemText(incidents, i18n)).toBe('Leak / Operation error: 1,200');
    expect(reviewItemText(unclassified, i18n)).toBe('Not classified / Cause not recorded: 1');
    expect(reviewItemText(notice, i18n)).toBe('グループ共同利用 (version 2, published 2026-04-01)');
    expect(reviewItemText(overdue, i18n)).toBe(
      '株式会社デモコールセンター (supervision audit due 2026-10-25, overdue)',
    );
    expect(reviewItemText(certificate, i18n)).toBe('株式会社デモコールセンター (certification expires 2027-01-13)');
  });

  it('shows a line compiled without its makings as it was compiled', () => {
    i18n.use('en');
    expect(reviewItemText({ text: '古い集計の行', link: null, detail: null }, i18n)).toBe('古い集計の行');
  });
});

describe('figureValue', () => {
  it('writes dates and numbers as the language does, and none as a dash', () => {
    localStorage.clear();
    const i18n = TestBed.inject(I18nService);
    expect(figureValue('2026-05-13', i18n)).toBe('2026/05/13');
    expect(figureValue(12345, i18n)).toBe('12,345');
    expect(figureValue('85%', i18n)).toBe('85%');
    expect(figureValue(null, i18n)).toBe('—');
    i18n.use('en');
    expect(figureValue('2026-05-13', i18n)).toBe('2026-05-13');
  });
});
