import { ROSTER_FIELDS, type RosterField, type RosterMapping } from './roster-mapping';

export const MAX_HEADER_LENGTH = 200;

/**
 * The first row's cells as column names: trimmed, an empty one named 「列N」, and repeats made unique
 * (「氏名」, 「氏名 (2)」), since the mapping refers to columns by name.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim().slice(0, MAX_HEADER_LENGTH - 6) || `列${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Header text reduced for matching: NFKC, lower case, without spaces, brackets, dots and underscores. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.\-・:：/()（）[\]「」【】〔〕<>＜＞]/g, '');
}

type Rule = (h: string) => boolean;
const exact =
  (...names: string[]): Rule =>
  (h) =>
    names.includes(h);
const has =
  (...parts: string[]): Rule =>
  (h) =>
    parts.some((p) => h.includes(p));
const all =
  (...rules: Rule[]): Rule =>
  (h) =>
    rules.every((r) => r(h));
const not =
  (rule: Rule): Rule =>
  (h) =>
    !rule(h);

const KANA = has('カナ', 'かな', 'フリガナ', 'ふりがな', 'ヨミ', 'よみ', 'kana', 'furigana', 'reading');
const CODE = has('コード', 'code', 'cd', '番号', 'no', 'id');
/** A given-name column: 名 on its own, not inside 氏名 or 名前. */
const GIVEN: Rule = (h) =>
  has('メイ', 'めい', 'given', 'first')(h) || (h.includes('名') && !h.includes('氏名') && !h.includes('名前'));

/**
 * Recognisers per field, strongest first. Fields are resolved in this order, each taking the best
 * header not already taken, so 「氏名カナ」 goes to the kana before the name looks at it.
 */
const RECOGNISERS: [RosterField, Rule[]][] = [
  [
    'familyNameKana',
    [
      exact('セイ', 'せい', '姓カナ', '姓かな', '姓フリガナ', '姓ふりがな', 'familynamekana', 'lastnamekana'),
      all(KANA, has('姓', 'セイ', 'せい', '苗字', 'family', 'last', 'surname')),
      exact(
        'フリガナ',
        'ふりがな',
        'カナ',
        'かな',
        '氏名カナ',
        '氏名かな',
        '氏名フリガナ',
        'kana',
        'namekana',
        'furigana',
      ),
      all(KANA, not(GIVEN)),
    ],
  ],
  [
    'givenNameKana',
    [
      exact('メイ', 'めい', '名カナ', '名かな', '名フリガナ', '名ふりがな', 'givennamekana', 'firstnamekana'),
      all(KANA, GIVEN),
    ],
  ],
  [
    'employeeNumber',
    [
      exact(
        '社員番号',
        '従業員番号',
        '職員番号',
        '社員コード',
        '従業員コード',
        '社員no',
        '社員id',
        '従業員id',
        '個人コード',
        'employeenumber',
        'employeeno',
        'employeeid',
        'employeecode',
        'empno',
        'empid',
        'staffnumber',
        'staffid',
        'staffno',
      ),
      all(has('社員', '従業員', '職員', 'employee', 'staff'), CODE, not(has('区分', '形態', 'type', 'mail'))),
    ],
  ],
  [
    'email',
    [
      exact('メールアドレス', 'メール', 'eメール', 'email', 'mail', 'emailaddress', 'mailaddress'),
      has('メール', 'mail'),
    ],
  ],
  [
    'departmentCode',
    [
      exact('部署コード', '部門コード', '所属コード', '所属部署コード', '所属部門コード', 'departmentcode', 'deptcode'),
      all(has('部署', '部門', '所属', '組織', 'department', 'dept'), has('コード', 'code', 'cd')),
      exact('部署', '部門', '所属', '所属部署', '所属部門', 'department', 'dept'),
      all(has('部署', '部門', '所属', 'department', 'dept'), not(has('長', '責任者', 'manager', 'head'))),
    ],
  ],
  [
    'employmentType',
    [
      exact(
        '雇用形態',
        '雇用区分',
        '社員区分',
        '従業員区分',
        '雇用種別',
        'employmenttype',
        'employmentstatus',
        'employeetype',
      ),
      has('雇用', '区分', '形態', 'employment', 'contracttype'),
    ],
  ],
  [
    'hireDate',
    [
      exact(
        '入社日',
        '入社年月日',
        '採用日',
        '雇用開始日',
        'hiredate',
        'dateofhire',
        'startdate',
        'joiningdate',
        'joindate',
      ),
      has('入社', '採用', 'hire', 'joined'),
    ],
  ],
  [
    'leaveDate',
    [
      exact('退職日', '退職年月日', '離職日', '雇用終了日', 'leavedate', 'terminationdate', 'enddate', 'leavingdate'),
      has('退職', '離職', 'termination', 'leave', 'leaving'),
    ],
  ],
  [
    'familyName',
    [
      exact('姓', '氏', '苗字', '名字', 'familyname', 'lastname', 'surname'),
      exact('氏名', '名前', '社員名', '従業員名', '氏名漢字', 'name', 'fullname', 'employeename', 'staffname'),
      all(has('姓', 'family', 'last', 'surname'), not(KANA)),
      all(has('氏名', '名前', 'name'), not(KANA)),
    ],
  ],
  ['givenName', [exact('名', 'givenname', 'firstname'), all(has('given', 'first'), not(KANA)), exact('名漢字')]],
];

/**
 * The mapping proposed for a file's headers: Japanese HR headers (社員番号, 氏名, フリガナ, 所属コード,
 * 雇用区分, 入社日 …) and English ones. Fields with no plausible column are left out.
 */
export function suggestMapping(headers: readonly string[]): RosterMapping {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: RosterMapping = {};
  for (const [field, rules] of RECOGNISERS) {
    for (const rule of rules) {
      const index = normalized.findIndex((h, i) => !taken.has(i) && h !== '' && rule(h));
      if (index !== -1) {
        taken.add(index);
        mapping[field] = headers[index];
        break;
      }
    }
  }
  // Keep the fields in their display order.
  return Object.fromEntries(ROSTER_FIELDS.filter((f) => mapping[f]).map((f) => [f, mapping[f]])) as RosterMapping;
}
