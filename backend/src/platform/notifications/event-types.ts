/**
 * The kinds of notification. Reminder kinds come from deadlines that domains declare; the others are
 * sent by the domain at the moment the event happens (`NotificationsService.notify`).
 */
export const EVENT_TYPES = [
  'due_soon',
  'due_today',
  'overdue',
  'assigned',
  'approval_requested',
  'account_locked',
  'roster_import_finished',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DELIVERIES = ['immediate', 'digest'] as const;
/** `immediate`: one mail per notification; `digest`: one mail a day listing them. In-app always. */
export type Delivery = (typeof DELIVERIES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * What a notification carries to render its text in either language. Only what the recipient may see:
 * record titles the domain chose to show, dates and counts, never someone else's personal data.
 */
export interface NotificationParams {
  titleJa?: string;
  titleEn?: string;
  /** A due date, `YYYY-MM-DD` (Asia/Tokyo). */
  dueOn?: string;
  /** Which register the record belongs to, e.g. `training.assignment`. */
  sourceType?: string;
  /** Counts (roster import: created, updated, failed). */
  counts?: Record<string, number>;
  /** An instant, ISO 8601 (account lock-out: locked until). */
  until?: string;
}
