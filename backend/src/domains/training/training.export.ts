import type { FastifyReply } from 'fastify';
import type { AttendeeDto } from './dto/campaign.dto';

export const ATTENDEE_COLUMNS: { key: keyof AttendeeDto | 'name'; header: string }[] = [
  { key: 'companyName', header: '会社 / Company' },
  { key: 'departmentName', header: '部署 / Department' },
  { key: 'employeeNumber', header: '社員番号 / Employee number' },
  { key: 'name', header: '氏名 / Name' },
  { key: 'employmentType', header: '雇用区分 / Employment type' },
  { key: 'kind', header: '種別 / Kind' },
  { key: 'state', header: '状況 / Status' },
  { key: 'dueOn', header: '期限 / Due' },
  { key: 'attempts', header: '受験回数 / Attempts' },
  { key: 'bestScore', header: '最高点 / Best score' },
  { key: 'passedAt', header: '合格日時 / Passed at' },
  { key: 'attestationId', header: '誓約記録 / Attestation' },
];

export function attendeeRows(items: AttendeeDto[]): Record<string, unknown>[] {
  return items.map((i) => ({ ...i, name: `${i.familyName} ${i.givenName}` }));
}

/** RFC 4180 cell with a guard against formula injection in spreadsheets. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The attendee list as CSV (UTF-8 with BOM, so Excel opens the Japanese correctly). */
export async function sendAttendees(
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  fileName: string,
  items: AttendeeDto[],
): Promise<void> {
  void format;
  const lines = [ATTENDEE_COLUMNS.map((c) => cell(c.header)).join(',')];
  for (const row of attendeeRows(items)) lines.push(ATTENDEE_COLUMNS.map((c) => cell(row[c.key])).join(','));
  await reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}.csv"`)
    .header('x-content-type-options', 'nosniff')
    .send(`\uFEFF${lines.join('\r\n')}\r\n`);
}
