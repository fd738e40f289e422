import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { tokyoDateTime as tokyoInstant } from '../../platform/notifications/notification.rules';
import type { ManagementReviewDto } from './dto/management-review.dto';
import { DECISION_LABELS_JA, FIGURE_LABELS_JA, INPUT_LABELS_JA, STATUS_LABELS_JA } from './minutes-labels';

/**
 * Noto Sans JP (SIL Open Font License 1.1, redistribution allowed; docs/adr/0006-minutes-pdf-japanese-font.md),
 * embedded as a subset so the minutes' Japanese text renders in any PDF reader.
 */
const requireFont = createRequire(__filename);
const FONT_REGULAR = requireFont.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
const FONT_BOLD = requireFont.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');

const MARGIN = 50;

function ymd(iso: string | null): string {
  return iso ? iso.slice(0, 10).replace(/-/g, '/') : '—';
}

function tokyoDateTime(iso: string | null): string {
  return iso ? tokyoInstant(new Date(iso)).replace(/-/g, '/') : '—';
}

/** The minutes as an A4 PDF, in Japanese, with approval boxes (承認 / 確認 / 作成) and page numbers. */
/** A review input's compiled figures on one line of the minutes: 「未完了の改善処置: 3 ／ 前回のレビュー: 2026/05/13」 (the gaps are ideographic spaces). */
export function figuresLine(figures: readonly { key: string; value: string | number | null }[]): string {
  const value = (v: string | number | null) =>
    v === null ? '—' : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? ymd(v) : String(v);
  return figures.map((f) => `${FIGURE_LABELS_JA[f.key] ?? f.key}: ${value(f.value)}`).join('\u3000／\u3000');
}

export function minutesPdf(review: ManagementReviewDto): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `マネジメントレビュー議事録 ${review.title}`, Creator: 'Mamori' },
    lang: 'ja-JP',
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('ja', FONT_REGULAR);
  doc.registerFont('ja-bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGIN * 2;

  // Approval boxes, top right.
  const boxW = 62;
  const boxH = 58;
  const boxes = [
    { label: '承認', name: review.signedByName, date: review.signedAt ? ymd(review.signedAt) : '' },
    { label: '確認', name: '', date: '' },
    { label: '作成', name: '', date: '' },
  ];
  boxes.forEach((b, i) => {
    const x = doc.page.width - MARGIN - boxW * (boxes.length - i);
    const y = MARGIN;
    doc
      .lineWidth(0.7)
      .rect(x, y, boxW, 16)
      .stroke()
      .rect(x, y + 16, boxW, boxH - 16)
      .stroke();
    doc
      .font('ja')
      .fontSize(8)
      .text(b.label, x, y + 4, { width: boxW, align: 'center' });
    if (b.name) {
      doc.fontSize(8).text(b.name, x + 2, y + 24, { width: boxW - 4, align: 'center' });
      doc.fontSize(7).text(b.date, x + 2, y + 40, { width: boxW - 4, align: 'center' });
    }
  });

  doc
    .font('ja-bold')
    .fontSize(16)
    .text('マネジメントレビュー議事録', MARGIN, MARGIN, { width: width - boxW * 3 - 10 });
  doc
    .font('ja')
    .fontSize(11)
    .text(review.title, { width: width - boxW * 3 - 10 });
  doc
    .moveDown(0.3)
    .fontSize(9)
    .text(
      `${review.companyNameJa}\u3000第${review.revision}版\u3000${STATUS_LABELS_JA[review.status] ?? review.status}`,
    );
  doc.y = Math.max(doc.y, MARGIN + boxH) + 12;

  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font('ja-bold').fontSize(9).text(label, MARGIN, y, { width: 90 });
    doc
      .font('ja')
      .fontSize(9)
      .text(value, MARGIN + 95, y, { width: width - 95 });
    doc.moveDown(0.25);
  };
  row('開催日', ymd(review.heldOn));
  row('議長', review.chairName);
  row('出席者', review.attendees.map((a) => a.name).join('、') || '—');
  row('対象期間', `${review.periodFrom ? ymd(review.periodFrom) : '（前回なし）'} 〜 ${ymd(review.heldOn)}`);
  row('インプット集計時点', tokyoDateTime(review.compiledAsOf));
  row('内部監査報告書', review.auditReportReference ?? '—');
  if (review.signedAt) row('承認', `${review.signedByName ?? ''}（${tokyoDateTime(review.signedAt)}）`);

  const heading = (text: string) => {
    doc.moveDown(0.6);
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.font('ja-bold').fontSize(12).text(text, MARGIN, doc.y, { width });
    doc
      .moveTo(MARGIN, doc.y + 2)
      .lineTo(MARGIN + width, doc.y + 2)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.4);
  };

  heading('1. インプット（JIS Q 15001 9.3 及び A.3.7.3）');
  for (const input of review.inputs) {
    const label = INPUT_LABELS_JA[input.key];
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('ja-bold').fontSize(10).text(`${label.number} ${label.text}`, MARGIN, doc.y, { width });
    const figures = (input.compiled ?? []).flatMap((c) => c.figures);
    const items = (input.compiled ?? []).flatMap((c) => c.items);
    if (figures.length) {
      const text = figuresLine(figures);
      doc
        .font('ja')
        .fontSize(8)
        .fillColor('#444444')
        .text(`集計: ${text}`, MARGIN + 10, doc.y, { width: width - 10 });
    }
    for (const item of items.slice(0, 10)) {
      doc
        .font('ja')
        .fontSize(8)
        .fillColor('#444444')
        .text(`・${item.text}`, MARGIN + 10, doc.y, { width: width - 10 });
    }
    doc.fillColor('#000000').font('ja').fontSize(9);
    const body = input.noChange && !input.commentary?.trim() ? '変更なし' : (input.commentary ?? '（未記入）');
    doc.text(input.noChange && input.commentary?.trim() ? `変更なし。${body}` : body, MARGIN + 10, doc.y + 2, {
      width: width - 10,
    });
    doc.moveDown(0.5);
  }

  heading('2. アウトプット（決定事項）');
  if (!review.decisions.length) doc.font('ja').fontSize(9).text('決定事項なし', MARGIN, doc.y);
  review.decisions.forEach((d, i) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    doc
      .font('ja-bold')
      .fontSize(9)
      .text(`${i + 1}. 【${DECISION_LABELS_JA[d.type]}】${d.description}`, MARGIN, doc.y, { width });
    doc
      .font('ja')
      .fontSize(8)
      .text(
        `担当: ${d.ownerName ?? '—'}\u3000期限: ${ymd(d.dueOn)}\u3000改善処置: ${d.actionId ? '起票済み' : '承認時に起票'}`,
        MARGIN + 12,
        doc.y,
        {
          width: width - 12,
        },
      );
    doc.moveDown(0.3);
  });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('ja')
      .fontSize(8)
      .fillColor('#666666')
      .text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN, { width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
