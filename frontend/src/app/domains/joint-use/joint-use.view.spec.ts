import { TestBed } from '@angular/core/testing';
import { ApiProblem } from '../../core/errors';
import { I18nService, type Lang } from '../../core/i18n';
import { jointUseProblemText } from './joint-use.view';

/** The app's language service, switched to `lang`. */
function i18nIn(lang: Lang): I18nService {
  const i18n = TestBed.inject(I18nService);
  i18n.use(lang);
  return i18n;
}

describe('jointUseProblemText', () => {
  it('names the missing notice items of a refused publication, in Japanese and English', () => {
    const problem = new ApiProblem({
      status: 422,
      code: 'JOINT_USE_NOTICE_INCOMPLETE',
      body: { missing: ['responsibleAddress', 'responsibleRepresentative'] },
    });
    expect(jointUseProblemText(i18nIn('ja'), problem)).toBe(
      '公表事項が不足しているため公表できません: 管理責任者の住所、管理責任者の代表者の氏名',
    );
    expect(jointUseProblemText(i18nIn('en'), problem)).toBe(
      'Cannot publish: required items are missing: Responsible party’s address, Responsible party’s representative',
    );
  });

  it('names the missing record fields of a refused receipt', () => {
    const problem = new ApiProblem({
      status: 422,
      code: 'PROVISION_RECEIPT_PROVIDER_UNVERIFIED',
      body: { missing: ['counterpartyAddress', 'providerAcquisition'] },
    });
    expect(jointUseProblemText(i18nIn('ja'), problem)).toBe(
      '提供元の確認事項が不足しています: 住所、提供元が個人データを取得した経緯',
    );
  });

  it('gives the keep-until date of a record still under retention', () => {
    const problem = new ApiProblem({
      status: 409,
      code: 'RECORD_RETENTION_ACTIVE',
      body: { purgeAfter: '2029-10-02' },
    });
    expect(jointUseProblemText(i18nIn('ja'), problem)).toBe('保存期間中(2029/10/02まで)のため削除できません。');
  });

  it('leaves other problems to the generic messages', () => {
    expect(jointUseProblemText(i18nIn('ja'), new ApiProblem({ status: 409, code: 'STALE_VERSION' }))).toBeNull();
    expect(jointUseProblemText(i18nIn('ja'), new Error('boom'))).toBeNull();
  });
});
