import { ProblemException } from '../errors/problem';
import { etag, expectedVersion } from './versioning';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as ProblemException).errors?.[0];
  }
  throw new Error('accepted');
};

describe('expectedVersion', () => {
  it('reads If-Match in its ETag, weak and bare forms', () => {
    expect(expectedVersion('"3"', undefined)).toBe(3);
    expect(expectedVersion('W/"4"', undefined)).toBe(4);
    expect(expectedVersion('5', undefined)).toBe(5);
  });

  it('falls back to version in the body', () => {
    expect(expectedVersion(undefined, 2)).toBe(2);
    expect(expectedVersion('', 2)).toBe(2);
  });

  it('accepts both when they agree, refuses them when they do not', () => {
    expect(expectedVersion('"2"', 2)).toBe(2);
    expect(fieldOf(() => expectedVersion('"2"', 3))).toMatchObject({ field: 'version', code: 'VERSION_MISMATCH' });
  });

  it('requires one of them and refuses a malformed header', () => {
    expect(fieldOf(() => expectedVersion(undefined, undefined))).toMatchObject({ field: 'version', code: 'REQUIRED' });
    expect(fieldOf(() => expectedVersion('"abc"', undefined))).toMatchObject({ field: 'If-Match', code: 'BAD_FORMAT' });
    expect(fieldOf(() => expectedVersion('*', undefined))).toMatchObject({ field: 'If-Match', code: 'BAD_FORMAT' });
  });

  it('etag quotes the version', () => {
    expect(etag(7)).toBe('"7"');
  });
});
