import type { Language } from '../../domains/organization/account.entity';
import type { Grant } from '../access/permissions';

/** Who is calling, resolved from the session cookie by the guard for every authenticated request. */
export interface AuthContext {
  accountId: string;
  sessionId: string;
  /** The account's home company (its person's company). */
  companyId: string;
  personId: string;
  email: string;
  language: Language;
  mustChangePassword: boolean;
  memberships: (Grant & { id: string })[];
  sessionCreatedAt: Date;
  sessionExpiresAt: Date;
  requestId: string;
}

/** The actor recorded on writes and audit events: an account, or the system (seeds, jobs). */
export interface Actor {
  accountId: string | null;
  requestId: string | null;
}

export function actorOf(auth: AuthContext): Actor {
  return { accountId: auth.accountId, requestId: auth.requestId };
}

export const SYSTEM_ACTOR: Actor = { accountId: null, requestId: null };
