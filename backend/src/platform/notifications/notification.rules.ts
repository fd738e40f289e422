import { createHash } from 'node:crypto';
import { TOKYO_OFFSET_MS } from '../jobs/schedule';
import type { EventType } from './event-types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date in Asia/Tokyo of an instant, `YYYY-MM-DD`. */
export function tokyoDate(at: Date): string {
  return new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** The date and time in Asia/Tokyo of an instant, `YYYY-MM-DD HH:mm` (records and exports; Japan time, unnamed). */
export function tokyoDateTime(at: Date): string {
  const tokyo = new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString();
  return `${tokyo.slice(0, 10)} ${tokyo.slice(11, 16)}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Which reminder a due date calls for today: `due_soon` within `daysAhead` days, `due_today` on the day,
 * `overdue` after it, nothing earlier. Each kind goes out once per deadline and due date (dedupe key).
 */
export function reminderKind(
  dueOn: string,
  today: string,
  daysAhead: number,
): 'due_soon' | 'due_today' | 'overdue' | null {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  if (left === 0) return 'due_today';
  if (left <= daysAhead) return 'due_soon';
  return null;
}

/**
 * The dedupe key of a notification: the event, what it is about and the recipient. A unique index on
 * it makes the same reminder impossible to store, and so to send, twice. Long keys are hashed.
 */
export function dedupeKey(type: EventType, subject: string, recipientId: string): string {
  const key = `${type}:${subject}:${recipientId}`;
  return key.length <= 200 ? key : `${type}:sha256:${createHash('sha256').update(key).digest('hex')}`;
}
