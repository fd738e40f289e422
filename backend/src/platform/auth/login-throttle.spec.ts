import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const make = () => {
    const throttle = new LoginThrottle();
    throttle.settings = { maxFailures: 3, windowMs: 60_000 };
    return throttle;
  };

  it('lets an address try until it reaches the allowance of failures', () => {
    const t = make();
    t.recordFailure('10.0.0.1', 0);
    t.recordFailure('10.0.0.1', 1000);
    expect(t.retryAfterMs('10.0.0.1', 2000)).toBe(0);
    t.recordFailure('10.0.0.1', 2000);
    expect(t.retryAfterMs('10.0.0.1', 2000)).toBe(58_000);
  });

  it('counts each address on its own', () => {
    const t = make();
    for (let i = 0; i < 3; i++) t.recordFailure('10.0.0.1', i);
    expect(t.retryAfterMs('10.0.0.2', 10)).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const t = make();
    for (let i = 0; i < 3; i++) t.recordFailure('10.0.0.1', i * 1000);
    expect(t.retryAfterMs('10.0.0.1', 60_001)).toBe(0);
  });
});
