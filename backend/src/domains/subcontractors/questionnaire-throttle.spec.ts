import { QuestionnaireThrottle } from './questionnaire-throttle';

describe('QuestionnaireThrottle', () => {
  it('lets an address through up to the limit within the window, then answers 429 with Retry-After', () => {
    const throttle = new QuestionnaireThrottle();
    throttle.settings = { maxRequests: 3, windowMs: 60_000 };
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) throttle.check('192.0.2.1', t0 + i);
    let refused: unknown;
    try {
      throttle.check('192.0.2.1', t0 + 10);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', headers: { 'retry-after': '60' } });
    // Another address is counted apart; the first one may come back once the window has passed.
    expect(() => throttle.check('192.0.2.2', t0 + 10)).not.toThrow();
    expect(() => throttle.check('192.0.2.1', t0 + 60_001)).not.toThrow();
  });
});
