import {
  changedNoticeFields,
  classifyChange,
  decideChange,
  diffNotice,
  groupReview,
  JointUser,
  jointUsersWithoutContract,
  missingNoticeItems,
  NoticeContent,
  renderNotice,
} from './joint-use.rules';

const user = (name: string, overrides: Partial<JointUser> = {}): JointUser => ({
  companyId: null,
  name,
  address: 'London',
  representative: 'A. Director',
  country: 'GB',
  contractSignedOn: '2025-04-01',
  contractReference: 'JU-2025-001',
  ...overrides,
});

/** The policy's first arrangement as imported: address and representative of GMO TECH are not given. */
const imported = (overrides: Partial<NoticeContent> = {}): NoticeContent => ({
  dataItemsJa: 'お名前、E-Mailアドレス、購買情報、その他下記の利用目的に必要な範囲の項目。',
  dataItemsEn: 'Name, e-mail address, purchase information and other items needed for the purposes below.',
  scopeDescriptionJa: 'GMOインターネットグループ各社(主要グループ会社一覧に記載の各社)',
  scopeDescriptionEn: 'GMO Internet Group companies (as listed in the list of main group companies)',
  coversGroup: true,
  jointUsers: [],
  purposesJa:
    '共同利用するGMOインターネットグループの当該会社において定めるプライバシーポリシーの「個人情報の利用目的」の範囲。',
  purposesEn: 'Within the purposes of use stated in the privacy policy of the group company concerned.',
  responsibleCompanyId: 'c-tech',
  responsibleNameJa: 'GMO TECH株式会社',
  responsibleNameEn: 'GMO TECH, Inc.',
  responsibleAddressJa: '',
  responsibleAddressEn: '',
  responsibleRepresentativeJa: '',
  responsibleRepresentativeEn: '',
  responsibleIsCorporation: true,
  acquisitionMethodJa: '',
  acquisitionMethodEn: '',
  ...overrides,
});

const complete = (overrides: Partial<NoticeContent> = {}) =>
  imported({
    responsibleAddressJa: '東京都渋谷区桜丘町26-1 セルリアンタワー',
    responsibleRepresentativeJa: '代表取締役社長 試験太郎',
    ...overrides,
  });

const conditions = { effectiveOn: null, exception: null, justification: null, publicationDate: '2026-11-28' };

describe('R-JU-01 notice completeness', () => {
  it('finds exactly the address and the representative missing on the policy as imported', () => {
    expect(missingNoticeItems(imported())).toEqual(['responsibleAddress', 'responsibleRepresentative']);
  });

  it('is complete once address and representative are filled', () => {
    expect(missingNoticeItems(complete())).toEqual([]);
  });

  it('lists every empty item in the order the law gives them', () => {
    const empty = imported({
      dataItemsJa: ' ',
      scopeDescriptionJa: '',
      purposesJa: '',
      responsibleNameJa: '',
    });
    expect(missingNoticeItems(empty)).toEqual([
      'dataItems',
      'scope',
      'purposes',
      'responsibleName',
      'responsibleAddress',
      'responsibleRepresentative',
    ]);
  });

  it('accepts a scope given by listed joint users only', () => {
    expect(missingNoticeItems(complete({ scopeDescriptionJa: '', jointUsers: [user('Written Byte Ltd')] }))).toEqual(
      [],
    );
  });

  it('does not ask an individual responsible party for a representative', () => {
    expect(missingNoticeItems(complete({ responsibleIsCorporation: false, responsibleRepresentativeJa: '' }))).toEqual(
      [],
    );
  });

  it('ignores English text: the Japanese items decide', () => {
    expect(missingNoticeItems(complete({ dataItemsEn: '', purposesEn: '' }))).toEqual([]);
  });
});

describe('R-JU-02 joint-use contracts', () => {
  it('names the joint users without a signed contract on file', () => {
    expect(
      jointUsersWithoutContract([
        user('A'),
        user('B', { contractSignedOn: null }),
        user('C', { contractReference: ' ' }),
      ]),
    ).toEqual(['B', 'C']);
  });

  it('is satisfied when every joint user has one', () => {
    expect(jointUsersWithoutContract([user('A'), user('B')])).toEqual([]);
  });
});

describe('R-JU-03 change classification', () => {
  const before = complete({ jointUsers: [user('Written Byte Ltd')] });

  it('no change: nothing to decide', () => {
    expect(classifyChange(before, complete({ jointUsers: [user('Written Byte Ltd')] }))).toEqual({
      kinds: [],
      changedFields: [],
      verdict: 'none',
    });
  });

  it('ignores the order of a joint user’s members (as PostgreSQL jsonb returns them) and null versus empty', () => {
    const stored = JSON.parse(
      '{"name": "Written Byte Ltd", "address": "London", "country": "GB", "companyId": null, "representative": "A. Director", "contractSignedOn": "2025-04-01", "contractReference": "JU-2025-001"}',
    );
    expect(classifyChange({ ...before, jointUsers: [stored] }, before)).toMatchObject({ kinds: [], verdict: 'none' });
    const blankAddress = { ...before, jointUsers: [user('Written Byte Ltd', { address: null })] };
    expect(
      classifyChange(blankAddress, { ...before, jointUsers: [user('Written Byte Ltd', { address: '' })] }).kinds,
    ).toEqual([]);
  });

  it('ignores differences of width and white space only', () => {
    const after = { ...before, dataItemsJa: `  ${before.dataItemsJa.replace('E-Mail', 'Ｅ-Ｍａｉｌ')} ` };
    expect(classifyChange(before, after).verdict).toBe('none');
  });

  it.each([
    ['responsibleNameJa', 'GMO TECH株式会社(商号変更後)'],
    ['responsibleAddressJa', '東京都渋谷区道玄坂1-2-3'],
    ['responsibleRepresentativeJa', '代表取締役社長 新任花子'],
  ] as const)('a change of the responsible party %s (same entity) is to be published without delay', (field, value) => {
    const c = classifyChange(before, { ...before, [field]: value });
    expect(c).toMatchObject({ kinds: ['responsible_details'], verdict: 'publish_without_delay' });
    expect(decideChange(c, conditions)).toEqual({
      allowed: true,
      publishWithoutDelay: true,
      effectiveOn: null,
      exception: null,
    });
  });

  it('filling the missing address and representative of the imported version is such a change', () => {
    const c = classifyChange(imported(), complete());
    expect(c.kinds).toEqual(['responsible_details']);
    expect(c.changedFields).toEqual(['responsibleAddressJa', 'responsibleRepresentativeJa']);
  });

  it('a change of the purposes needs an effective date after its publication', () => {
    const c = classifyChange(before, { ...before, purposesJa: '新しい利用目的' });
    expect(c).toMatchObject({ kinds: ['purposes'], verdict: 'prior_notice' });
    expect(decideChange(c, conditions)).toEqual({ allowed: false, code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED' });
    expect(decideChange(c, { ...conditions, effectiveOn: '2026-11-28' })).toEqual({
      allowed: false,
      code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED',
    });
    expect(decideChange(c, { ...conditions, effectiveOn: '2026-11-27' })).toMatchObject({ allowed: false });
    expect(decideChange(c, { ...conditions, effectiveOn: '2026-12-01' })).toEqual({
      allowed: true,
      publishWithoutDelay: false,
      effectiveOn: '2026-12-01',
      exception: null,
    });
  });

  it('another entity becoming responsible needs prior notice too, even with the same name', () => {
    const c = classifyChange(before, { ...before, responsibleCompanyId: 'c-other' });
    expect(c).toMatchObject({ kinds: ['responsible_party'], verdict: 'prior_notice' });
    expect(decideChange(c, conditions)).toMatchObject({ allowed: false, code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED' });
    expect(decideChange(c, { ...conditions, effectiveOn: '2027-01-01' })).toMatchObject({ allowed: true });
  });

  it('adding a data item is refused without an exception', () => {
    const c = classifyChange(before, { ...before, dataItemsJa: `${before.dataItemsJa}、電話番号` });
    expect(c).toMatchObject({ kinds: ['data_items'], verdict: 'forbidden' });
    expect(decideChange(c, conditions)).toEqual({ allowed: false, code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN' });
  });

  it('a data item change is allowed only with the persons’ prior consent and its justification', () => {
    const c = classifyChange(before, { ...before, dataItemsJa: '氏名のみ' });
    for (const exception of ['joint_user_renamed', 'merger_succession'] as const) {
      expect(decideChange(c, { ...conditions, exception, justification: '十分な理由の説明です。' })).toEqual({
        allowed: false,
        code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN',
      });
    }
    expect(decideChange(c, { ...conditions, exception: 'prior_consent', justification: '短い' })).toEqual({
      allowed: false,
      code: 'JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED',
    });
    expect(
      decideChange(c, {
        ...conditions,
        exception: 'prior_consent',
        justification: '全員から事前に同意を取得済み(同意書一覧 2026-11)',
      }),
    ).toEqual({ allowed: true, publishWithoutDelay: false, effectiveOn: null, exception: 'prior_consent' });
  });

  it('adding or removing a joint user is a scope change', () => {
    const added = classifyChange(before, { ...before, jointUsers: [user('Written Byte Ltd'), user('Other Ltd')] });
    expect(added).toMatchObject({ kinds: ['scope'], verdict: 'forbidden' });
    const removed = classifyChange(before, { ...before, jointUsers: [] });
    expect(removed.kinds).toEqual(['scope']);
    expect(classifyChange(before, { ...before, scopeDescriptionJa: '当社の子会社' }).kinds).toEqual(['scope']);
    expect(classifyChange(before, { ...before, coversGroup: false }).kinds).toEqual(['scope']);
  });

  it('a joint user renamed with the items unchanged passes under that exception with a justification', () => {
    const c = classifyChange(before, { ...before, jointUsers: [user('Written Byte Limited')] });
    expect(c.kinds).toEqual(['scope']);
    expect(
      decideChange(c, {
        ...conditions,
        exception: 'joint_user_renamed',
        justification: '商号変更のみ。項目と利用目的に変更なし。',
      }),
    ).toMatchObject({ allowed: true, exception: 'joint_user_renamed' });
    expect(
      decideChange(c, { ...conditions, exception: 'merger_succession', justification: '吸収合併による承継のため。' }),
    ).toMatchObject({ allowed: true, exception: 'merger_succession' });
  });

  it('a joint user identified by its directory company keeps its identity when renamed', () => {
    const a = complete({ jointUsers: [user('GMOペパボ株式会社', { companyId: 'c-pepabo' })] });
    const c = classifyChange(a, { ...a, jointUsers: [user('GMOペパボ(新商号)', { companyId: 'c-pepabo' })] });
    expect(c).toMatchObject({ kinds: ['other'], verdict: 'allowed' });
  });

  it('contract details, English text and the acquisition method carry no legal condition', () => {
    const c = classifyChange(before, {
      ...before,
      jointUsers: [user('Written Byte Ltd', { contractReference: 'JU-2026-002' })],
      purposesEn: 'Reworded English',
      acquisitionMethodJa: 'ウェブフォーム',
    });
    expect(c).toMatchObject({ kinds: ['other'], verdict: 'allowed' });
    expect(decideChange(c, conditions)).toMatchObject({ allowed: true, publishWithoutDelay: false });
  });

  it('the strictest rule wins when several things change at once', () => {
    const c = classifyChange(before, {
      ...before,
      responsibleAddressJa: '新住所',
      purposesJa: '新目的',
      dataItemsJa: '新項目',
    });
    expect(c).toMatchObject({ kinds: ['responsible_details', 'purposes', 'data_items'], verdict: 'forbidden' });
    expect(
      decideChange(c, { ...conditions, exception: 'prior_consent', justification: '全員の同意を取得済みです。' }),
    ).toEqual({ allowed: false, code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED' });
    expect(
      decideChange(c, {
        ...conditions,
        exception: 'prior_consent',
        justification: '全員の同意を取得済みです。',
        effectiveOn: '2027-04-01',
      }),
    ).toEqual({ allowed: true, publishWithoutDelay: true, effectiveOn: '2027-04-01', exception: 'prior_consent' });
  });
});

describe('R-JU-04 public text and versions', () => {
  it('renders the Japanese notice as the privacy policy shows it, with the legal basis', () => {
    const text = renderNotice(complete(), 'ja');
    expect(text.split('\n')).toEqual([
      '当社は、個人情報保護法第27条第5項第3号に基づき、以下のとおり個人データを共同利用します。',
      '共同して利用する者の範囲',
      'GMOインターネットグループ各社(主要グループ会社一覧に記載の各社)',
      '共同利用する個人情報の項目',
      'お名前、E-Mailアドレス、購買情報、その他下記の利用目的に必要な範囲の項目。',
      '利用目的',
      '共同利用するGMOインターネットグループの当該会社において定めるプライバシーポリシーの「個人情報の利用目的」の範囲。',
      '個人情報管理責任者',
      'GMO TECH株式会社',
      '住所: 東京都渋谷区桜丘町26-1 セルリアンタワー',
      '代表者: 代表取締役社長 試験太郎',
    ]);
  });

  it('renders the English notice, falling back to Japanese where no English is given', () => {
    const text = renderNotice(complete({ acquisitionMethodJa: 'ウェブフォーム' }), 'en');
    expect(text).toContain('Article 27(5)(iii)');
    expect(text).toContain('Scope of joint users\nGMO Internet Group companies');
    expect(text).toContain('Party responsible for managing the personal data\nGMO TECH, Inc.\nAddress: 東京都渋谷区');
    expect(text).toContain('Method of acquisition\nウェブフォーム');
  });

  it('leaves out the address and representative lines while they are missing', () => {
    const text = renderNotice(imported(), 'ja');
    expect(text).not.toContain('住所');
    expect(text.endsWith('個人情報管理責任者\nGMO TECH株式会社')).toBe(true);
  });

  it('lists named joint users after a scope description, or alone', () => {
    const listed = complete({
      coversGroup: false,
      scopeDescriptionJa: '提携先',
      jointUsers: [user('A社'), user('B社')],
    });
    expect(renderNotice(listed, 'ja')).toContain('提携先(A社、B社)');
    expect(renderNotice({ ...listed, scopeDescriptionJa: '' }, 'ja')).toContain('共同して利用する者の範囲\nA社、B社');
    expect(renderNotice({ ...listed, scopeDescriptionJa: '' }, 'en')).toContain('Scope of joint users\nA社, B社');
  });

  it('diffs two versions field by field', () => {
    expect(diffNotice(imported(), complete())).toEqual([
      { field: 'responsibleAddressJa', before: '', after: '東京都渋谷区桜丘町26-1 セルリアンタワー' },
      { field: 'responsibleRepresentativeJa', before: '', after: '代表取締役社長 試験太郎' },
    ]);
    expect(changedNoticeFields(complete(), complete())).toEqual([]);
  });

  it('the first version lists what it sets', () => {
    const fields = diffNotice(null, imported()).map((d) => d.field);
    expect(fields).toContain('dataItemsJa');
    expect(fields).toContain('coversGroup');
    expect(fields).not.toContain('responsibleAddressJa');
    expect(fields).not.toContain('jointUsers');
  });
});

describe('group directory review', () => {
  const a = { id: 'a', nameJa: 'A社' };
  const b = { id: 'b', nameJa: 'B社' };
  const c = { id: 'c', nameJa: 'C社' };

  it('flags an arrangement covering the group when a company joins or leaves', () => {
    expect(groupReview(true, [a, b], [a, c])).toEqual({ needed: true, added: [c], removed: [b] });
  });

  it('is quiet when the directory is as it was at publication', () => {
    expect(groupReview(true, [a, b], [b, a])).toEqual({ needed: false, added: [], removed: [] });
  });

  it('never flags an arrangement that does not cover the group, nor one never published', () => {
    expect(groupReview(false, [a], [a, b]).needed).toBe(false);
    expect(groupReview(true, null, [a, b]).needed).toBe(false);
  });
});
