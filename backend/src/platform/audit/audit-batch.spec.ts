import { canonicalEvent, chainHash, eventHash, GENESIS_HASH } from './canonical';

describe('batched appends hash like single ones', () => {
  const event = {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    companyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    seq: 0,
    occurredAt: new Date('2026-06-10T01:02:03.456Z'),
    actorAccountId: null,
    action: 'person.created',
    entityType: 'person',
    entityId: 'a',
    changes: { familyName: { before: null, after: '山田' }, active: { before: null, after: true } },
    details: { row: 2, rosterImportId: 'x' },
    requestId: 'r',
  };

  it('the chain position (seq) is the last member of the canonical text', () => {
    expect(canonicalEvent(event).endsWith('"seq":0}')).toBe(true);
  });

  it('prefix + position gives the same hash as hashing the whole event', () => {
    const body = canonicalEvent(event).slice(0, -'"seq":0}'.length);
    for (const seq of [1, 2, 10_000, 123_456_789]) {
      expect(chainHash(GENESIS_HASH, `${body}"seq":${seq}}`)).toBe(eventHash(GENESIS_HASH, { ...event, seq }));
    }
  });
});
