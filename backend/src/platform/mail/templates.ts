import type { Language } from '../../domains/organization/account.entity';
import type { EventType, NotificationParams } from '../notifications/event-types';
import { tokyoDateTime } from '../notifications/notification.rules';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailItem {
  type: EventType;
  params: NotificationParams;
  link: string | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Header-safe text: one line, bounded. */
function oneLine(text: string, max = 120): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function formatDate(date: string, language: Language): string {
  return language === 'ja' ? date.replace(/-/g, '/') : date;
}

function formatInstant(iso: string, language: Language): string {
  const [date, time] = tokyoDateTime(new Date(iso)).split(' ');
  return language === 'ja' ? `${formatDate(date, language)} ${time}` : `${date} ${time} (JST)`;
}

function title(params: NotificationParams, language: Language): string {
  return oneLine((language === 'ja' ? params.titleJa : params.titleEn) ?? params.titleJa ?? params.titleEn ?? '');
}

interface Lines {
  subject: string;
  lines: string[];
}

/** The words of one notification, in the recipient's language. */
export function describe(item: MailItem, language: Language): Lines {
  const p = item.params;
  const t = title(p, language);
  const due = p.dueOn ? formatDate(p.dueOn, language) : '';
  const ja = language === 'ja';
  switch (item.type) {
    case 'due_soon':
      return ja
        ? { subject: `期限が近づいています: ${t}`, lines: [`「${t}」の期限は ${due} です。`] }
        : { subject: `Due soon: ${t}`, lines: [`"${t}" is due on ${due}.`] };
    case 'due_today':
      return ja
        ? { subject: `本日が期限です: ${t}`, lines: [`「${t}」の期限は本日（${due}）です。`] }
        : { subject: `Due today: ${t}`, lines: [`"${t}" is due today (${due}).`] };
    case 'overdue':
      return ja
        ? {
            subject: `期限を過ぎています: ${t}`,
            lines: [`「${t}」は期限（${due}）を過ぎています。対応をお願いします。`],
          }
        : { subject: `Overdue: ${t}`, lines: [`"${t}" was due on ${due} and is overdue. Please take care of it.`] };
    case 'assigned':
      return ja
        ? {
            subject: `担当に割り当てられました: ${t}`,
            lines: [`「${t}」の担当に割り当てられました。`, ...(due ? [`期限: ${due}`] : [])],
          }
        : {
            subject: `Assigned to you: ${t}`,
            lines: [`"${t}" has been assigned to you.`, ...(due ? [`Due: ${due}`] : [])],
          };
    case 'approval_requested':
      return ja
        ? { subject: `承認をお願いします: ${t}`, lines: [`「${t}」の承認が依頼されました。`] }
        : { subject: `Approval requested: ${t}`, lines: [`Your approval is requested for "${t}".`] };
    case 'account_locked': {
      const until = p.until ? formatInstant(p.until, language) : '';
      return ja
        ? {
            subject: 'アカウントがロックされました',
            lines: [
              `サインインの失敗が続いたため、アカウントが ${until} まで一時的にロックされました。`,
              '心当たりがない場合は、不正なサインインの試みでないか確認してください。',
            ],
          }
        : {
            subject: 'An account was locked',
            lines: [
              `After repeated failed sign-ins, an account is locked until ${until}.`,
              'If this is unexpected, check whether someone is trying to sign in without permission.',
            ],
          };
    }
    case 'roster_import_finished': {
      const c = p.counts ?? {};
      const n = (k: string) => c[k] ?? 0;
      return ja
        ? {
            subject: '従業者名簿の取り込みが完了しました',
            lines: [
              `取り込みが完了しました。追加 ${n('created')} 件、更新 ${n('updated')} 件、エラー ${n('failed')} 件。`,
            ],
          }
        : {
            subject: 'Staff roster import finished',
            lines: [
              `The import has finished: ${n('created')} added, ${n('updated')} updated, ${n('failed')} with errors.`,
            ],
          };
    }
  }
}

const BRAND = { ja: '【Mamori】', en: '[Mamori] ' } as const;

function footer(language: Language, publicUrl: string): string[] {
  const preferences = `${publicUrl}/notifications/preferences`;
  return language === 'ja'
    ? [
        'このメールは Mamori（個人情報保護マネジメントシステム）から自動で送信されています。',
        `通知の設定: ${preferences}`,
      ]
    : [
        'This message was sent automatically by Mamori (personal information protection management).',
        `Notification settings: ${preferences}`,
      ];
}

function linkLine(link: string | null, language: Language, publicUrl: string): string | null {
  if (!link) return null;
  return `${language === 'ja' ? '開く' : 'Open'}: ${publicUrl}${link}`;
}

function html(
  language: Language,
  paragraphs: string[],
  links: { label: string; url: string }[],
  foot: string[],
): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const anchors = links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`).join('\n');
  const small = foot.map((f) => escapeHtml(f)).join('<br>');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>Mamori</title></head>
<body style="font-family: 'Noto Sans JP', 'Hiragino Sans', Meiryo, sans-serif; line-height: 1.6; color: #1b1b1f;">
${body}
${anchors}
<hr><p style="font-size: 12px; color: #5d5e66;">${small}</p>
</body></html>
`;
}

/** One notification as a mail: subject, plain text and HTML, in the recipient's language. */
export function renderNotificationMail(item: MailItem, language: Language, publicUrl: string): RenderedMail {
  const { subject, lines } = describe(item, language);
  const link = linkLine(item.link, language, publicUrl);
  const foot = footer(language, publicUrl);
  return {
    subject: oneLine(`${BRAND[language]}${subject}`, 200),
    text: [...lines, ...(link ? ['', link] : []), '', '--', ...foot, ''].join('\n'),
    html: html(
      language,
      lines,
      item.link
        ? [{ label: language === 'ja' ? 'Mamori で開く' : 'Open in Mamori', url: `${publicUrl}${item.link}` }]
        : [],
      foot,
    ),
  };
}

/** The daily digest: every notification waiting for it, one line each. */
export function renderDigestMail(items: MailItem[], language: Language, publicUrl: string): RenderedMail {
  const ja = language === 'ja';
  const subject = ja ? `本日のお知らせ（${items.length}件）` : `Your daily summary (${items.length})`;
  const intro = ja
    ? `Mamori からのお知らせが ${items.length} 件あります。`
    : `You have ${items.length} notifications from Mamori.`;
  const entries = items.map((item) => {
    const { subject: line } = describe(item, language);
    return { line, url: item.link ? `${publicUrl}${item.link}` : null };
  });
  const foot = footer(language, publicUrl);
  const list = `${publicUrl}/notifications`;
  const text = [
    intro,
    '',
    ...entries.map((e) => `- ${e.line}${e.url ? `\n  ${e.url}` : ''}`),
    '',
    `${ja ? '一覧' : 'All notifications'}: ${list}`,
    '',
    '--',
    ...foot,
    '',
  ].join('\n');
  const htmlBody = html(language, [intro], [], foot).replace(
    '\n\n<hr>',
    `\n<ul>\n${entries
      .map((e) => `<li>${e.url ? `<a href="${escapeHtml(e.url)}">${escapeHtml(e.line)}</a>` : escapeHtml(e.line)}</li>`)
      .join('\n')}\n</ul>\n<p><a href="${escapeHtml(list)}">${ja ? '通知の一覧' : 'All notifications'}</a></p>\n<hr>`,
  );
  return { subject: oneLine(`${BRAND[language]}${subject}`, 200), text, html: htmlBody };
}
