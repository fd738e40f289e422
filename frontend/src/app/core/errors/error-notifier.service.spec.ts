import { OverlayContainer } from '@angular/cdk/overlay';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n';
import { ApiProblem } from './api-problem';
import { ErrorNotifier } from './error-notifier.service';

describe('ErrorNotifier', () => {
  beforeEach(() => localStorage.clear());

  async function shownText(problem: ApiProblem): Promise<HTMLElement> {
    await TestBed.inject(ErrorNotifier).show(problem);
    await TestBed.inject(ApplicationRef).whenStable();
    const container = TestBed.inject(OverlayContainer).getContainerElement();
    const snackbar = container.querySelector<HTMLElement>('[data-testid="problem-snackbar"]');
    if (!snackbar) throw new Error('no snackbar shown');
    return snackbar;
  }

  it('shows the message for the code in the current language, with the reference', async () => {
    const snackbar = await shownText(new ApiProblem({ status: 409, code: 'STALE_VERSION', requestId: 'req-9' }));
    expect(snackbar.textContent).toContain('ほかの人が先にこのデータを更新しました。');
    expect(snackbar.textContent).toContain('問い合わせ番号: req-9');
  });

  it('speaks English when English is chosen and falls back by status', async () => {
    TestBed.inject(I18nService).use('en');
    const snackbar = await shownText(new ApiProblem({ status: 429, code: 'RATE_LIMITED_SOMEWHERE' }));
    expect(snackbar.textContent).toContain('Too many requests in a short time.');
    expect(snackbar.textContent).not.toContain('Reference');
  });
});
