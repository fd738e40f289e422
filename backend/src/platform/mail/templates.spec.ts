import { escapeHtml, renderDigestMail, renderNotificationMail } from './templates';

const URL = 'https://mamori.example.jp';

describe('mail templates', () => {
  it('renders a due-soon reminder in Japanese with the date in Japanese style', () => {
    const mail = renderNotificationMail(
      {
        type: 'due_soon',
        params: { titleJa: '個人情報保護教育 2026', titleEn: 'Privacy training 2026', dueOn: '2026-06-10' },
        link: '/training/assignments/1',
      },
      'ja',
      URL,
    );
    expect(mail.subject).toBe('【Mamori】期限が近づいています: 個人情報保護教育 2026');
    expect(mail.text).toContain('2026/06/10');
    expect(mail.text).toContain(`${URL}/training/assignments/1`);
    expect(mail.html).toContain('<html lang="ja">');
    expect(mail.html).toContain(`href="${URL}/training/assignments/1"`);
  });

  it('renders the same reminder in English', () => {
    const mail = renderNotificationMail(
      { type: 'overdue', params: { titleJa: '教育', titleEn: 'Training', dueOn: '2026-06-10' }, link: null },
      'en',
      URL,
    );
    expect(mail.subject).toBe('[Mamori] Overdue: Training');
    expect(mail.text).toContain('2026-06-10');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('escapes HTML and keeps subjects on one line', () => {
    const mail = renderNotificationMail(
      { type: 'assigned', params: { titleJa: '<b>x</b>\r\nBcc: y', titleEn: '<b>x</b>' }, link: null },
      'ja',
      URL,
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain('<b>x</b>');
    expect(mail.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('tells administrators about a lock-out without naming the account', () => {
    const mail = renderNotificationMail(
      { type: 'account_locked', params: { until: '2026-06-01T03:15:00Z' }, link: '/admin/accounts/abc' },
      'ja',
      URL,
    );
    expect(mail.subject).toBe('【Mamori】アカウントがロックされました');
    expect(mail.text).toContain('2026/06/01 12:15');
    expect(mail.text).not.toMatch(/@/);
  });

  it('summarises the roster import with its counts', () => {
    const mail = renderNotificationMail(
      { type: 'roster_import_finished', params: { counts: { created: 3, updated: 2, failed: 1 } }, link: null },
      'en',
      URL,
    );
    expect(mail.text).toContain('3 added, 2 updated, 1 with errors');
  });

  it('lists every waiting notification in the digest', () => {
    const mail = renderDigestMail(
      [
        { type: 'due_today', params: { titleJa: 'A', titleEn: 'A', dueOn: '2026-06-01' }, link: '/a' },
        { type: 'approval_requested', params: { titleJa: 'B', titleEn: 'B' }, link: null },
      ],
      'ja',
      URL,
    );
    expect(mail.subject).toBe('【Mamori】本日のお知らせ（2件）');
    expect(mail.text).toContain('- 本日が期限です: A');
    expect(mail.text).toContain('- 承認をお願いします: B');
    expect(mail.html).toContain('<li><a href="https://mamori.example.jp/a">');
  });
});
