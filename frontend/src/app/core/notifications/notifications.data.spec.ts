import { describeNotification, NotificationItem } from './notifications.data';

const base: NotificationItem = {
  id: '00000000-0000-4000-8000-000000000001',
  eventType: 'due_soon',
  companyId: null,
  params: { titleJa: '教育', titleEn: 'Training', dueOn: '2026-06-10' },
  link: '/training/1',
  createdAt: '2026-06-01T00:00:00Z',
  readAt: null,
};

describe('describeNotification', () => {
  it('uses the title and date style of the current language', () => {
    expect(describeNotification(base, 'ja')).toEqual({
      key: 'notifications.event.due_soon',
      params: expect.objectContaining({ title: '教育', due: '2026/06/10' }),
    });
    expect(describeNotification(base, 'en').params).toEqual(
      expect.objectContaining({ title: 'Training', due: '2026-06-10' }),
    );
  });

  it('passes the counts of a roster import', () => {
    const item = {
      ...base,
      eventType: 'roster_import_finished' as const,
      params: { counts: { created: 2, failed: 1 } },
    };
    expect(describeNotification(item, 'ja').params).toEqual(
      expect.objectContaining({ created: 2, updated: 0, failed: 1 }),
    );
  });
});
