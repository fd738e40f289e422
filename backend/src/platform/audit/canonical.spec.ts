import { canonicalJson, diffSnapshots, eventHash, GENESIS_HASH, HashedEvent } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes Dates as ISO-8601 UTC and keeps Japanese text as is', () => {
    expect(canonicalJson({ at: new Date('2026-04-01T00:00:00+09:00'), name: '守り' })).toBe(
      '{"at":"2026-03-31T15:00:00.000Z","name":"守り"}',
    );
  });

  it('gives the same text for the same value built in another key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('refuses values JSON cannot hold faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});

describe('eventHash', () => {
  const event: HashedEvent = {
    id: '5a4a3c9e-7d5f-4d7a-9a53-0c1b1a2b3c4d',
    companyId: null,
    seq: 1,
    occurredAt: new Date('2026-01-05T01:02:03.004Z'),
    actorAccountId: null,
    action: 'person.created',
    entityType: 'person',
    entityId: 'abc',
    changes: { name: { before: null, after: '山田' } },
    details: null,
    requestId: 'r1',
  };

  it('is sha256(previous hash ‖ canonical event), hex', () => {
    const hash = eventHash(GENESIS_HASH, event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(GENESIS_HASH, { ...event })).toBe(hash);
  });

  it('changes with the previous hash and with any field', () => {
    const hash = eventHash(GENESIS_HASH, event);
    expect(eventHash('1'.repeat(64), event)).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...event, changes: { name: { before: null, after: '山本' } } })).not.toBe(hash);
  });
});

describe('diffSnapshots', () => {
  it('lists only the fields whose value changed', () => {
    expect(diffSnapshots({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: null })).toEqual({
      b: { before: 'x', after: 'y' },
    });
  });

  it('treats a creation and a deletion as changes from and to null', () => {
    expect(diffSnapshots(null, { a: 1 })).toEqual({ a: { before: null, after: 1 } });
    expect(diffSnapshots({ a: 1 }, null)).toEqual({ a: { before: 1, after: null } });
  });

  it('compares Dates by value', () => {
    expect(diffSnapshots({ at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' })).toEqual({});
  });
});
