import {
  addYears,
  deletionAllowed,
  missingReceiptChecks,
  missingRecordFields,
  ProvisionRecordInput,
  purgeAfter,
  recordRequired,
} from './provision-record.rules';

const provision = (overrides: Partial<ProvisionRecordInput> = {}): ProvisionRecordInput => ({
  direction: 'provision',
  basis: 'consent',
  lawExceptionCase: null,
  recordingMethod: 'per_provision',
  providedOn: '2026-10-01',
  lastProvidedOn: null,
  recordedOn: '2026-10-01',
  counterpartyName: '株式会社サンプル広告',
  counterpartyAddress: '東京都千代田区1-1',
  counterpartyRepresentative: '代表取締役 見本一郎',
  counterpartyIsCorporation: true,
  providerAcquisition: null,
  personsConcerned: 'キャンペーン応募者 120名',
  dataItems: '氏名、メールアドレス',
  consentObtained: true,
  ...overrides,
});

const receipt = (overrides: Partial<ProvisionRecordInput> = {}) =>
  provision({ direction: 'receipt', providerAcquisition: '自社サイトの会員登録フォームで本人から取得', ...overrides });

describe('R-TP-01 which provisions need a record', () => {
  it('consent and opt-out need one; the exempt bases do not', () => {
    expect(recordRequired('consent')).toBe(true);
    expect(recordRequired('opt_out')).toBe(true);
    for (const basis of ['law_exception', 'outsourcing', 'succession', 'joint_use'] as const) {
      expect(recordRequired(basis)).toBe(false);
    }
  });

  it('a complete consent record passes', () => {
    expect(missingRecordFields(provision())).toEqual([]);
  });

  it('consent: recipient, persons, items and the fact of consent, but not the date', () => {
    expect(
      missingRecordFields(
        provision({
          providedOn: null,
          counterpartyName: ' ',
          personsConcerned: null,
          dataItems: '',
          consentObtained: false,
        }),
      ),
    ).toEqual(['counterpartyName', 'personsConcerned', 'dataItems', 'consentObtained']);
  });

  it('opt-out: the date as well, and no consent', () => {
    expect(missingRecordFields(provision({ basis: 'opt_out', providedOn: null, consentObtained: false }))).toEqual([
      'providedOn',
    ]);
  });

  it('exempt bases need nothing but the basis', () => {
    const bare = provision({ counterpartyName: null, personsConcerned: null, dataItems: null, providedOn: null });
    expect(missingRecordFields({ ...bare, basis: 'outsourcing' })).toEqual([]);
    expect(missingRecordFields({ ...bare, basis: 'succession' })).toEqual([]);
    expect(missingRecordFields({ ...bare, basis: 'joint_use' })).toEqual([]);
  });

  it('a legal exception names which of the policy’s four cases applies', () => {
    expect(missingRecordFields(provision({ basis: 'law_exception', lawExceptionCase: null }))).toEqual([
      'lawExceptionCase',
    ]);
    expect(missingRecordFields(provision({ basis: 'law_exception', lawExceptionCase: 5 }))).toEqual([
      'lawExceptionCase',
    ]);
    for (const c of [1, 2, 3, 4]) {
      expect(missingRecordFields(provision({ basis: 'law_exception', lawExceptionCase: c }))).toEqual([]);
    }
  });

  it('a receipt with consent does not need a consent flag when the date is recorded', () => {
    expect(missingRecordFields(receipt({ consentObtained: false }))).toEqual([]);
    expect(missingRecordFields(receipt({ consentObtained: false, providedOn: null }))).toEqual(['providedOn']);
  });
});

describe('R-TP-02 retention', () => {
  it('a contract used as the record: 1 year after the last provision it covers', () => {
    expect(
      purgeAfter({
        recordingMethod: 'contract',
        providedOn: '2025-04-01',
        lastProvidedOn: '2026-03-31',
        recordedOn: '2025-04-01',
      }),
    ).toBe('2027-03-31');
  });

  it('a bulk record: 3 years after the last provision', () => {
    expect(
      purgeAfter({
        recordingMethod: 'bulk',
        providedOn: '2025-01-10',
        lastProvidedOn: '2025-12-20',
        recordedOn: '2025-01-10',
      }),
    ).toBe('2028-12-20');
  });

  it('without a last provision, the first one counts', () => {
    expect(
      purgeAfter({
        recordingMethod: 'contract',
        providedOn: '2025-06-01',
        lastProvidedOn: null,
        recordedOn: '2025-05-01',
      }),
    ).toBe('2026-06-01');
  });

  it('a record per provision: 3 years from the date it was made', () => {
    expect(
      purgeAfter({
        recordingMethod: 'per_provision',
        providedOn: '2026-01-05',
        lastProvidedOn: null,
        recordedOn: '2026-01-06',
      }),
    ).toBe('2029-01-06');
  });

  it('29 February moves to 1 March, keeping the record a day longer rather than shorter', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('deletion is refused up to and including purgeAfter, allowed the day after', () => {
    expect(deletionAllowed('2027-03-31', '2027-03-30')).toBe(false);
    expect(deletionAllowed('2027-03-31', '2027-03-31')).toBe(false);
    expect(deletionAllowed('2027-03-31', '2027-04-01')).toBe(true);
  });
});

describe('R-TP-03 receipts', () => {
  it('a receipt with the provider identified and its acquisition history passes', () => {
    expect(missingReceiptChecks(receipt())).toEqual([]);
  });

  it('refuses a receipt without provider name, address, representative or acquisition history', () => {
    expect(
      missingReceiptChecks(
        receipt({
          counterpartyName: '',
          counterpartyAddress: null,
          counterpartyRepresentative: ' ',
          providerAcquisition: null,
        }),
      ),
    ).toEqual(['counterpartyName', 'counterpartyAddress', 'counterpartyRepresentative', 'providerAcquisition']);
  });

  it('an individual provider has no representative to name', () => {
    expect(
      missingReceiptChecks(receipt({ counterpartyIsCorporation: false, counterpartyRepresentative: null })),
    ).toEqual([]);
  });

  it('whatever the basis: even an exempt receipt must identify its provider', () => {
    expect(missingReceiptChecks(receipt({ basis: 'succession', providerAcquisition: '' }))).toEqual([
      'providerAcquisition',
    ]);
  });

  it('does not apply to provisions', () => {
    expect(missingReceiptChecks(provision({ counterpartyAddress: null }))).toEqual([]);
  });
});
