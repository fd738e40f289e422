import { randomUUID } from 'node:crypto';
import { TextDecoder } from 'node:util';
import type { DataSource } from 'typeorm';

let table: Map<string, number[]> | undefined;

/**
 * Shift_JIS (CP932) bytes for a text. Node can decode Shift_JIS but not encode it, so the table is
 * built by decoding every double-byte sequence once; the first sequence found for a character wins
 * (the standard JIS one before the NEC and IBM duplicates).
 */
export function encodeShiftJis(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    const add = (bytes: number[]) => {
      try {
        const char = decoder.decode(Uint8Array.from(bytes));
        if ([...char].length === 1 && char !== '\ufffd' && !table!.has(char)) table!.set(char, bytes);
      } catch {
        /* unmapped */
      }
    };
    for (let b = 0; b < 0x80; b++) add([b]);
    for (let b = 0xa1; b <= 0xdf; b++) add([b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead >= 0xa0 && lead <= 0xdf) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
    }
  }
  const out: number[] = [];
  for (const char of text) {
    const bytes = table.get(char);
    if (!bytes) throw new Error(`${JSON.stringify(char)} has no Shift_JIS encoding`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

/** A CSV text: cells quoted when they need it, lines ended with CRLF as Excel writes them. */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const JAPANESE_HEADERS = [
  '社員番号',
  '氏名',
  'フリガナ',
  'メールアドレス',
  '部署コード',
  '雇用形態',
  '入社日',
  '退職日',
];

/** A roster row under JAPANESE_HEADERS. */
export function rosterRow(n: number, overrides: Partial<Record<(typeof JAPANESE_HEADERS)[number], string>> = {}) {
  const base: Record<string, string> = {
    社員番号: `E${String(n).padStart(6, '0')}`,
    氏名: `山田 太郎${n}`,
    フリガナ: 'ヤマダ タロウ',
    メールアドレス: `taro${n}@example.jp`,
    部署コード: '',
    雇用形態: ['正社員', '契約社員', 'パート・アルバイト', '派遣社員', '役員'][n % 5],
    入社日: '2020/04/01',
    退職日: '',
  };
  return JAPANESE_HEADERS.map((h) => overrides[h] ?? base[h]);
}

/** An import row inserted directly (for tests about access rather than about files). */
export async function insertRosterImport(
  db: DataSource,
  companyId: string,
  options: { status?: string; content?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const content = options.content ?? csv([JAPANESE_HEADERS, rosterRow(1)]);
  await db.query(
    `INSERT INTO roster_imports (id, company_id, status, encoding, mode, byte_size, content, headers, sample_rows, suggested_mapping,
                                 row_count, created_at, updated_at, version)
     VALUES ($1, $2, $3, 'utf-8', 'partial', $4, $5, $6::jsonb, '[]'::jsonb, $7::jsonb, 1, now(), now(), 1)`,
    [
      id,
      companyId,
      options.status ?? 'uploaded',
      Buffer.byteLength(content),
      Buffer.from(content),
      JSON.stringify(JAPANESE_HEADERS),
      JSON.stringify(JAPANESE_MAPPING),
    ],
  );
  return id;
}

export const JAPANESE_MAPPING = {
  employeeNumber: '社員番号',
  familyName: '氏名',
  familyNameKana: 'フリガナ',
  email: 'メールアドレス',
  departmentCode: '部署コード',
  employmentType: '雇用形態',
  hireDate: '入社日',
  leaveDate: '退職日',
};
