import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideAppHttpClient } from '../../app.http';
import { AuthService } from './auth.service';
import { COMPANY_STORAGE_KEY, CompanyContext } from './company-context.service';
import { OTHER_COMPANY, TEST_COMPANY, meFixture, signInForTest } from './testing';

function setup() {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideAppHttpClient(), provideHttpClientTesting()],
  });
  return TestBed.inject(CompanyContext);
}

describe('CompanyContext', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('starts in the person’s own company and offers no switch with one company', async () => {
    const context = setup();
    await signInForTest(meFixture());
    expect(context.companyId()).toBe(TEST_COMPANY);
    expect(context.switchable()).toBe(false);
  });

  it('remembers the chosen company per account on this device', async () => {
    const context = setup();
    await signInForTest(meFixture({ group: true, roles: ['admin'], companies: 2 }));
    expect(context.switchable()).toBe(true);
    expect(context.companyId()).toBe(TEST_COMPANY);

    context.select(OTHER_COMPANY);
    expect(context.companyId()).toBe(OTHER_COMPANY);
    expect(context.company()?.nameJa).toBe('GMOメディア株式会社');
    expect(JSON.parse(localStorage.getItem(COMPANY_STORAGE_KEY) ?? '{}')).toEqual({
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa': OTHER_COMPANY,
    });

    // A new visit (a fresh app) starts where the person left off.
    TestBed.resetTestingModule();
    const again = setup();
    await signInForTest(meFixture({ group: true, roles: ['admin'], companies: 2 }));
    expect(again.companyId()).toBe(OTHER_COMPANY);
  });

  it('ignores a remembered company the person may no longer see, and unknown choices', async () => {
    localStorage.setItem(
      COMPANY_STORAGE_KEY,
      JSON.stringify({ 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa': OTHER_COMPANY }),
    );
    const context = setup();
    await signInForTest(meFixture());
    expect(context.companyId()).toBe(TEST_COMPANY);
    context.select('99999999-9999-4999-8999-999999999999');
    expect(context.companyId()).toBe(TEST_COMPANY);
  });

  it('survives a damaged stored value', async () => {
    localStorage.setItem(COMPANY_STORAGE_KEY, '{not json');
    const context = setup();
    await signInForTest(meFixture());
    expect(context.companyId()).toBe(TEST_COMPANY);
  });

  it('has no company when nobody is signed in', async () => {
    const context = setup();
    await signInForTest(null);
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(context.companyId()).toBeNull();
    expect(context.switchable()).toBe(false);
  });
});
