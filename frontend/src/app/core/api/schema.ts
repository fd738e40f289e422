// Generated from docs/openapi.json by `npm run api:generate -w frontend`. Do not edit by hand.

export interface paths {
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Accounts_list'];
    put?: never;
    /** Create a sign-in account for a person. The person must change the password at first sign-in. */
    post: operations['Accounts_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Accounts_get'];
    put?: never;
    post?: never;
    delete: operations['Accounts_remove'];
    options?: never;
    head?: never;
    /** Change e-mail, language or disabled. Disabling ends every session of the account. */
    patch: operations['Accounts_update'];
    trace?: never;
  };
  '/api/v1/accounts/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Administrator reset: temporary password, change forced at next sign-in, lock-out cleared, sessions ended. */
    post: operations['Accounts_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scheduled jobs with their last and next run and the last error. */
    get: operations['Jobs_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/{name}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Runs a job now, in this API process, and returns its state afterwards. */
    post: operations['Jobs_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mail-outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every mail Mamori sent or will send, newest first. */
    get: operations['Outbox_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mail-outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One mail with its plain-text and HTML bodies. */
    get: operations['Outbox_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mail-outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a retrying or failed mail again, now. */
    post: operations['Outbox_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mail-outbox/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether SMTP is configured, and how many mails are in each state. */
    get: operations['Outbox_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-trail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit events, newest first, filtered by company, actor, entity, action and time. */
    get: operations['Audit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-trail/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered audit events as CSV (UTF-8 with BOM), oldest first, at most 100,000 rows. */
    get: operations['Audit_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-trail/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recomputes the hash chains the caller may read and names the first broken event. */
    get: operations['Audit_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/csrf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The CSRF token. Sets the XSRF-TOKEN cookie (when missing) and returns its value; send it as X-XSRF-TOKEN on every unsafe request, sign-in included. */
    get: operations['Auth_csrf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password. Sets the session cookie and a fresh XSRF-TOKEN cookie. */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out this browser. */
    post: operations['Auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out everywhere: ends every session of the account, this one included. */
    post: operations['Auth_logoutAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the own password. Other sessions of the account end; this one stays. */
    post: operations['Auth_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The private calendar feed (`<token>.ics`, RFC 5545) with the due dates of the token’s owner. */
    get: operations['CalendarFeed_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Companies of the group the caller may see. */
    get: operations['Companies_list'];
    put?: never;
    /** Add a company to the group (group-level administrators). */
    post: operations['Companies_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{companyId}/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The company's departments as a tree. */
    get: operations['Departments_tree'];
    put?: never;
    post: operations['Departments_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{companyId}/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Departments_get'];
    put?: never;
    post?: never;
    delete: operations['Departments_remove'];
    options?: never;
    head?: never;
    patch: operations['Departments_update'];
    trace?: never;
  };
  '/api/v1/companies/{companyId}/roster-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a staff roster (CSV, UTF-8 or Shift_JIS/CP932, at most 20 MiB) as the request body. Returns the headers, the first rows and a suggested column mapping; nothing is written to the roster. */
    post: operations['RosterImport_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Companies_get'];
    put?: never;
    post?: never;
    /** Remove an empty company (If-Match required). */
    delete: operations['Companies_remove'];
    options?: never;
    head?: never;
    patch: operations['Companies_update'];
    trace?: never;
  };
  '/api/v1/dashboard/privacy-marks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PrivacyMark expiry and renewal window (8 to 4 months before expiry) per company. */
    get: operations['Dashboard_privacyMarks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The executive dashboard: one company, or every company in scope rolled up. Each figure names its list. */
    get: operations['Dashboard_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the API process answers. */
    get: operations['Health_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the API can reach PostgreSQL. */
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/improvement-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Improvement actions of the companies in scope, by due date. */
    get: operations['ImprovementActions_list'];
    put?: never;
    post: operations['ImprovementActions_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/improvement-actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ImprovementActions_get'];
    put?: never;
    post?: never;
    delete: operations['ImprovementActions_remove'];
    options?: never;
    head?: never;
    patch: operations['ImprovementActions_update'];
    trace?: never;
  };
  '/api/v1/improvement-actions/{id}/closing-approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An executive approves closing a major nonconformity. */
    post: operations['ImprovementActions_approveClosing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/improvement-actions/{id}/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One step of the life cycle: start, implement, verify, close, reopen. */
    post: operations['ImprovementActions_step'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Management reviews of the companies in scope, latest first. */
    get: operations['ManagementReviews_list'];
    put?: never;
    post: operations['ManagementReviews_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ManagementReviews_get'];
    put?: never;
    post?: never;
    delete: operations['ManagementReviews_remove'];
    options?: never;
    head?: never;
    patch: operations['ManagementReviews_update'];
    trace?: never;
  };
  '/api/v1/management-reviews/{id}/compile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Compile the inputs from the registers at a chosen moment (now by default). */
    post: operations['ManagementReviews_compile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes as an A4 PDF in Japanese (Noto Sans JP embedded). */
    get: operations['ManagementReviews_minutes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a new revision of signed minutes; the signed minutes stay unchanged. */
    post: operations['ManagementReviews_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews/{id}/sign-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The chair or an executive signs off; decisions become improvement actions. */
    post: operations['ManagementReviews_signOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/management-reviews/freshness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per company: the latest review and the days since it (R-MR-01), worst first. */
    get: operations['ManagementReviews_freshness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account: person, memberships, effective permissions per company, the permission matrix, language. */
    get: operations['Me_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the own language preference. */
    patch: operations['Me_update'];
    trace?: never;
  };
  '/api/v1/me/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the caller's private calendar URL is active. */
    get: operations['NotificationSettings_calendarStatus'];
    put?: never;
    /** Makes a new private calendar URL (shown once); the previous one stops working. */
    post: operations['NotificationSettings_createCalendar'];
    /** Revokes the private calendar URL; it answers 404 from now on. */
    delete: operations['NotificationSettings_revokeCalendar'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mail delivery per event type: immediately or in the daily digest. */
    get: operations['NotificationSettings_preferences'];
    /** Sets mail delivery for the listed event types; the others keep theirs. */
    put: operations['NotificationSettings_setPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Memberships_list'];
    put?: never;
    /** Give an account a role in a company, or in the whole group (companyId null; group administrators only). */
    post: operations['Memberships_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/memberships/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Memberships_get'];
    put?: never;
    post?: never;
    delete: operations['Memberships_remove'];
    options?: never;
    head?: never;
    patch: operations['Memberships_update'];
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's notifications, newest first. */
    get: operations['Notifications_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks one of the caller's notifications read. Anyone else's answers 404. */
    post: operations['Notifications_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks every one of the caller's notifications read. */
    post: operations['Notifications_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the caller's notifications are unread (the bell). */
    get: operations['Notifications_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The staff roster: search, filters, sort and pages, limited to the companies the caller may see. */
    get: operations['People_list'];
    put?: never;
    post: operations['People_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['People_get'];
    put?: never;
    post?: never;
    /** Delete a person entered by mistake (people who leave are marked inactive instead). */
    delete: operations['People_remove'];
    options?: never;
    head?: never;
    /** Change a person. Marking them inactive (left) disables their account and ends its sessions. */
    patch: operations['People_update'];
    trace?: never;
  };
  '/api/v1/roster-imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import: its preview counts, its progress while applying, its result. */
    get: operations['RosterImport_get'];
    put?: never;
    post?: never;
    /** Discard an import (and the file it holds) that is not being applied. */
    delete: operations['RosterImport_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roster-imports/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply the valid rows of the checked preview in one transaction, in the background: poll GET /roster-imports/{id} for progress and the result. */
    post: operations['RosterImport_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roster-imports/{id}/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every row error of the preview, by row: row (header = 1), column, code, message. */
    get: operations['RosterImport_errors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roster-imports/{id}/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Map columns to person fields and choose the mode; validates every row and returns the preview with the first page of row errors. Writes no person. */
    put: operations['RosterImport_map'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccountDto: {
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      disabled: boolean;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      lastSignInAt: string | null;
      /** @description Locked after ten failed sign-ins, for 15 minutes. */
      locked: boolean;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      passwordChangedAt: string | null;
      /** Format: uuid */
      personId: string;
      updatedAt: string;
      version: number;
    };
    AccountPageDto: {
      items: components['schemas']['AccountDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    AccountWithPasswordDto: {
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      disabled: boolean;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      lastSignInAt: string | null;
      /** @description Locked after ten failed sign-ins, for 15 minutes. */
      locked: boolean;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      passwordChangedAt: string | null;
      /** Format: uuid */
      personId: string;
      /** @description The generated temporary password, shown this once. */
      temporaryPassword?: string;
      updatedAt: string;
      version: number;
    };
    ActionStepDto: {
      /** @description What was done, what the check found, or why it reopens. */
      note?: string;
      /**
       * Format: date
       * @description implement: the implementation date; verify_*: the check date.
       */
      on?: string;
      /** @enum {string} */
      step: 'start' | 'implement' | 'verify_effective' | 'verify_not_effective' | 'close' | 'reopen';
      /**
       * Format: uuid
       * @description verify_*: who checked (not the owner).
       */
      verifierPersonId?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    AttendeeDto: {
      name: string;
      /** Format: uuid */
      personId: string;
    };
    AuditChangeDto: {
      /** @description Value after the write (JSON). */
      after: Record<string, never> | null;
      /** @description Value before the write (JSON). */
      before: Record<string, never> | null;
    };
    AuditEventDto: {
      /** @example person.updated */
      action: string;
      /** Format: uuid */
      actorAccountId: string | null;
      actorEmail: string | null;
      changes: {
        [key: string]: components['schemas']['AuditChangeDto'];
      } | null;
      /**
       * Format: uuid
       * @description null: group-level chain
       */
      companyId: string | null;
      details: {
        [key: string]: unknown;
      } | null;
      entityId: string | null;
      /** @example person */
      entityType: string;
      hash: string;
      /** Format: uuid */
      id: string;
      occurredAt: string;
      previousHash: string;
      requestId: string | null;
      /** @description Position in the company’s chain, from 1. */
      seq: number;
    };
    AuditEventPageDto: {
      items: components['schemas']['AuditEventDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    AuditVerifyDto: {
      /** @description Events checked. */
      checked: number;
      /** Format: uuid */
      firstBrokenEventId: string | null;
      ok: boolean;
    };
    CalendarStatusDto: {
      /** @description Whether a calendar URL is active (the URL itself is shown only when made). */
      active: boolean;
      /** Format: date-time */
      createdAt: string | null;
      /** Format: date-time */
      expiresAt: string | null;
    };
    CalendarUrlDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @example https://mamori.example.jp/api/v1/calendar/Ab3….ics */
      url: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 12 characters; common passwords are refused. */
      newPassword: string;
    };
    CompanyDto: {
      address: string | null;
      contactAddress: string | null;
      contactDeskName: string | null;
      contactEmail: string | null;
      contactHours: string | null;
      contactPhone: string | null;
      contactPostalCode: string | null;
      corporateNumber: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      nameEn: string;
      nameJa: string;
      postalCode: string | null;
      /** Format: date */
      privacyMarkExpiresOn: string | null;
      privacyMarkHolder: boolean;
      privacyMarkNumber: string | null;
      representativeName: string | null;
      representativeTitle: string | null;
      updatedAt: string;
      version: number;
    };
    CompanyPageDto: {
      items: components['schemas']['CompanyDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    CompileReviewDto: {
      /** @description The moment to compile the inputs at (ISO 8601); now when omitted. */
      asOf?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    CreateAccountDto: {
      /** @example hanako.yamada@example.jp */
      email: string;
      /**
       * @default ja
       * @enum {string}
       */
      language: 'ja' | 'en';
      /** @description Initial password (the person must change it at first sign-in). Left out: one is generated and returned once. */
      password?: string;
      /**
       * Format: uuid
       * @description The person the account signs in for; the account belongs to their company.
       */
      personId: string;
    };
    CreateCompanyDto: {
      /** @example 東京都渋谷区桜丘町26-1 セルリアンタワー */
      address?: string | null;
      contactAddress?: string | null;
      /** @example 個人情報問合せ窓口 */
      contactDeskName?: string | null;
      /** @example privacy@example.jp */
      contactEmail?: string | null;
      /** @example 平日10:00〜19:00 */
      contactHours?: string | null;
      /** @example 03-5489-6370 */
      contactPhone?: string | null;
      /** @example 150-8512 */
      contactPostalCode?: string | null;
      /**
       * @description 法人番号: 13 digits, check digit first.
       * @example 1180301018771
       */
      corporateNumber: string;
      /** @example GMO TECH, Inc. */
      nameEn: string;
      /** @example GMO TECH株式会社 */
      nameJa: string;
      /** @example 150-8512 */
      postalCode?: string | null;
      /**
       * Format: date
       * @example 2027-03-31
       */
      privacyMarkExpiresOn?: string | null;
      /** @default false */
      privacyMarkHolder: boolean;
      /** @example 10800000(01) */
      privacyMarkNumber?: string | null;
      representativeName?: string | null;
      /** @example 代表取締役社長 */
      representativeTitle?: string | null;
    };
    CreateDepartmentDto: {
      /**
       * @description Unique within the company; letters, digits, - and _.
       * @example PMS
       */
      code: string;
      /** @example 個人情報保護推進室 */
      name: string;
      /**
       * Format: uuid
       * @description Parent department; null for the top level.
       */
      parentId?: string | null;
    };
    CreateImprovementActionDto: {
      /** Format: uuid */
      companyId: string;
      /** @description The nonconformity, observation or opportunity. */
      description: string;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueOn: string;
      /** @enum {string} */
      grade: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
      /** @enum {string} */
      kind: 'corrective' | 'preventive' | 'improvement';
      /**
       * Format: uuid
       * @description A person of the same company.
       */
      ownerPersonId: string;
      plan?: string | null;
      rootCause?: string | null;
      /** Format: uuid */
      sourceId?: string | null;
      /** @description How the source is named. */
      sourceLabel?: string | null;
      /**
       * @default manual
       * @enum {string}
       */
      sourceType:
        | 'manual'
        | 'management_review'
        | 'internal_audit'
        | 'incident'
        | 'subcontractor_audit'
        | 'complaint'
        | 'operation_check'
        | 'training'
        | 'joint_use';
      /** @example 委託先監査の指摘への対応 */
      title: string;
    };
    CreateManagementReviewDto: {
      attendeePersonIds?: string[];
      /**
       * Format: uuid
       * @description An executive (top management) of the company.
       */
      chairPersonId: string;
      /** Format: uuid */
      companyId: string;
      /** Format: date */
      heldOn: string;
      /** @example 2026年度 マネジメントレビュー */
      title: string;
    };
    CreateMembershipDto: {
      /** Format: uuid */
      accountId: string;
      /**
       * Format: uuid
       * @description null: the role applies in every company of the group.
       */
      companyId: string | null;
      /** @enum {string} */
      role: 'pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin';
    };
    CreatePersonDto: {
      /**
       * @description False for people who left. Setting it false disables their account and ends its sessions.
       * @default true
       */
      active: boolean;
      /** Format: uuid */
      companyId: string;
      /** Format: uuid */
      departmentId?: string | null;
      /** @example hanako.yamada@example.jp */
      email?: string | null;
      /**
       * @description Unique within the company.
       * @example T00012
       */
      employeeNumber: string;
      /** @enum {string} */
      employmentType: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
      /** @example 山田 */
      familyName: string;
      /** @example ヤマダ */
      familyNameKana: string;
      /** @example 花子 */
      givenName: string;
      /** @example ハナコ */
      givenNameKana: string;
      /**
       * Format: date
       * @example 2024-04-01
       */
      hireDate?: string | null;
      /**
       * Format: date
       * @description Set for people who left; not before hireDate.
       */
      leaveDate?: string | null;
    };
    CsrfTokenDto: {
      /** @description Same value as the XSRF-TOKEN cookie; send it as X-XSRF-TOKEN on POST, PATCH, PUT and DELETE. */
      token: string;
    };
    DashboardFigureDto: {
      /**
       * Format: date
       * @description date figures.
       */
      date: string | null;
      /** @description Translation key, e.g. improvement.overdue. */
      key: string;
      /** @enum {string} */
      kind: 'count' | 'days' | 'date';
      /** @description The API list behind the figure (under /api/v1). */
      listPath: string;
      listQuery: {
        [key: string]: string;
      };
      query: {
        [key: string]: string;
      };
      /** @description The page listing what the figure counts. */
      route: string;
      /** @description The contributing domain. */
      source: string;
      /** @enum {string} */
      tone: 'neutral' | 'ok' | 'warn' | 'bad';
      /** @description count and days figures. */
      value: number | null;
    };
    DashboardSummaryDto: {
      asOf: string;
      companyCount: number;
      /**
       * Format: uuid
       * @description null: rolled up over the scope.
       */
      companyId: string | null;
      figures: components['schemas']['DashboardFigureDto'][];
      /**
       * Format: date
       * @description Today in Asia/Tokyo.
       */
      today: string;
      trends: components['schemas']['DashboardTrendDto'][];
    };
    DashboardTrendDto: {
      key: string;
      points: components['schemas']['DashboardTrendPointDto'][];
      query: {
        [key: string]: string;
      };
      route: string;
      series: string[];
      source: string;
    };
    DashboardTrendPointDto: {
      /** @example 2026-06 */
      month: string;
      /** @description One value per series, in the order of `series`. */
      values: number[];
    };
    DecisionDto: {
      /**
       * Format: uuid
       * @description The improvement action it became.
       */
      actionId: string | null;
      description: string;
      /** Format: date */
      dueOn: string | null;
      /** Format: uuid */
      id: string;
      ownerName: string | null;
      /** Format: uuid */
      ownerPersonId: string | null;
      /** @enum {string} */
      type: 'improvement' | 'pms_change' | 'resource';
    };
    DecisionInputDto: {
      description: string;
      /** Format: date */
      dueOn?: string | null;
      /**
       * Format: uuid
       * @description Keep the id of an existing decision; omit for a new one.
       */
      id?: string;
      /** Format: uuid */
      ownerPersonId?: string | null;
      /** @enum {string} */
      type: 'improvement' | 'pms_change' | 'resource';
    };
    DepartmentDto: {
      code: string;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      updatedAt: string;
      version: number;
    };
    DepartmentNodeDto: {
      children: components['schemas']['DepartmentNodeDto'][];
      code: string;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      updatedAt: string;
      version: number;
    };
    DepartmentTreeDto: {
      /** @description Top-level departments, each with its sub-departments. */
      items: components['schemas']['DepartmentNodeDto'][];
      /** @description Departments in the whole tree. */
      total: number;
    };
    EffectivePermissionsDto: {
      /**
       * Format: uuid
       * @description null: applies in every company of the group
       */
      companyId: string | null;
      grants: components['schemas']['GrantsDto'];
      roles: ('pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin')[];
    };
    FieldErrorDto: {
      /** @example NOT_AN_INTEGER */
      code: string;
      /** @example personCount */
      field: string;
      /** @example personCount must be an integer number */
      message: string;
    };
    GrantsDto: {
      account?: ('read' | 'create' | 'update' | 'delete')[];
      audit_trail?: ('read' | 'create' | 'update' | 'delete')[];
      company?: ('read' | 'create' | 'update' | 'delete')[];
      dashboard?: ('read' | 'create' | 'update' | 'delete')[];
      department?: ('read' | 'create' | 'update' | 'delete')[];
      improvement_action?: ('read' | 'create' | 'update' | 'delete')[];
      management_review?: ('read' | 'create' | 'update' | 'delete')[];
      membership?: ('read' | 'create' | 'update' | 'delete')[];
      operations?: ('read' | 'create' | 'update' | 'delete')[];
      person?: ('read' | 'create' | 'update' | 'delete')[];
      roster_import?: ('read' | 'create' | 'update' | 'delete')[];
    };
    HealthDto: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    ImprovementActionDto: {
      allowedSteps: ('start' | 'implement' | 'verify_effective' | 'verify_not_effective' | 'close' | 'reopen')[];
      /** Format: date */
      closedOn: string | null;
      closingApprovedAt: string | null;
      /** @description The approving executive, when approved. */
      closingApprovedByName: string | null;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      description: string;
      /** Format: date */
      dueOn: string;
      /** Format: date */
      effectivenessCheckedOn: string | null;
      effectivenessNote: string | null;
      /** @enum {string|null} */
      effectivenessResult: 'effective' | 'not_effective' | null;
      /** @enum {string} */
      grade: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
      /** Format: uuid */
      id: string;
      implementationNote: string | null;
      /** Format: date */
      implementedOn: string | null;
      /** @enum {string} */
      kind: 'corrective' | 'preventive' | 'improvement';
      /** @description A major nonconformity: closing needs an executive approval. */
      needsClosingApproval: boolean;
      /** @description Not closed and past the due date. */
      overdue: boolean;
      owner: components['schemas']['PersonRefDto'];
      plan: string | null;
      reopenCount: number;
      reopenReason: string | null;
      rootCause: string | null;
      /** Format: uuid */
      sourceId: string | null;
      sourceLabel: string | null;
      sourceType: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'implemented' | 'effectiveness_check' | 'closed' | 'reopened';
      title: string;
      updatedAt: string;
      verifier: components['schemas']['PersonRefDto'] | null;
      version: number;
    };
    ImprovementActionPageDto: {
      items: components['schemas']['ImprovementActionDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    JobDto: {
      /** @description Consecutive failures; retries back off exponentially. */
      failures: number;
      lastDurationMs: number | null;
      lastError: string | null;
      /** Format: date-time */
      lastFinishedAt: string | null;
      /** @description Counts reported by the last successful run. */
      lastResult: {
        [key: string]: number;
      } | null;
      /** Format: date-time */
      lastStartedAt: string | null;
      /** @enum {string|null} */
      lastStatus: 'succeeded' | 'failed' | null;
      /** @example notifications.reminders */
      name: string;
      /** Format: date-time */
      nextRunAt: string | null;
      /** @description A process holds the lease of a run right now. */
      running: boolean;
      /** @example every 900 s */
      schedule: string;
    };
    JobListDto: {
      items: components['schemas']['JobDto'][];
    };
    LoginDto: {
      /** @example pms@mamori.example */
      email: string;
      /** @example mamori-demo-2026 */
      password: string;
    };
    MailMessageDetailDto: {
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** @description The HTML body, as sent. */
      html: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      lastError: string | null;
      /** Format: date-time */
      nextAttemptAt: string;
      /** Format: uuid */
      recipientAccountId: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sending' | 'retrying' | 'sent' | 'failed';
      subject: string;
      /** @example due_soon */
      template: string;
      /** @description The plain-text body, as sent. */
      text: string;
      /** @example staff@example.jp */
      to: string;
    };
    MailMessageDto: {
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      lastError: string | null;
      /** Format: date-time */
      nextAttemptAt: string;
      /** Format: uuid */
      recipientAccountId: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sending' | 'retrying' | 'sent' | 'failed';
      subject: string;
      /** @example due_soon */
      template: string;
      /** @example staff@example.jp */
      to: string;
    };
    MailMessagePageDto: {
      items: components['schemas']['MailMessageDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    MailOutboxSummaryDto: {
      /**
       * @example {
       *       "pending": 0,
       *       "sending": 0,
       *       "retrying": 0,
       *       "sent": 12,
       *       "failed": 0
       *     }
       */
      counts: {
        [key: string]: number;
      };
      /** @example Mamori <mamori@localhost> */
      from: string;
      /** @description Whether SMTP_URL is set; without it mail stays in the outbox. */
      smtpConfigured: boolean;
    };
    ManagementReviewDto: {
      attendees: components['schemas']['AttendeeDto'][];
      auditReportReference: string | null;
      /** @description Inputs still blank (R-MR-02). */
      blankInputs: (
        | 'c93_a'
        | 'c93_b'
        | 'c93_c'
        | 'c93_d'
        | 'c93_e'
        | 'c93_f'
        | 'a373_a'
        | 'a373_b'
        | 'a373_c'
        | 'a373_d'
        | 'a373_e'
        | 'a373_f'
        | 'a373_g'
      )[];
      chairName: string;
      /** Format: uuid */
      chairPersonId: string;
      /** Format: uuid */
      companyId: string;
      companyNameEn: string;
      companyNameJa: string;
      compiledAsOf: string | null;
      compiledAt: string | null;
      createdAt: string;
      decisions: components['schemas']['DecisionDto'][];
      /** Format: date */
      heldOn: string;
      /** Format: uuid */
      id: string;
      inputs: components['schemas']['ReviewInputDto'][];
      /** Format: date */
      periodFrom: string | null;
      revision: number;
      /** Format: uuid */
      revisionOf: string | null;
      signedAt: string | null;
      signedByName: string | null;
      /** @enum {string} */
      status: 'draft' | 'signed' | 'superseded';
      /** Format: uuid */
      supersededById: string | null;
      title: string;
      updatedAt: string;
      version: number;
    };
    ManagementReviewPageDto: {
      items: components['schemas']['ManagementReviewSummaryDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    ManagementReviewSummaryDto: {
      blankInputCount: number;
      chairName: string;
      /** Format: uuid */
      companyId: string;
      companyNameEn: string;
      companyNameJa: string;
      decisionCount: number;
      /** Format: date */
      heldOn: string;
      /** Format: uuid */
      id: string;
      revision: number;
      signedAt: string | null;
      /** @enum {string} */
      status: 'draft' | 'signed' | 'superseded';
      title: string;
      version: number;
    };
    MarkAllReadDto: {
      /** @description How many notifications were marked read. */
      updated: number;
    };
    MatrixDto: {
      admin: components['schemas']['GrantsDto'];
      auditor: components['schemas']['GrantsDto'];
      dept_manager: components['schemas']['GrantsDto'];
      executive: components['schemas']['GrantsDto'];
      pms_manager: components['schemas']['GrantsDto'];
      staff: components['schemas']['GrantsDto'];
    };
    MeAccountDto: {
      /** @example pms@mamori.example */
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      /** @description True after an administrator reset: only password change, /me and sign-out are allowed. */
      mustChangePassword: boolean;
    };
    MeCompanyDto: {
      /** Format: uuid */
      id: string;
      nameEn: string;
      nameJa: string;
    };
    MeDto: {
      account: components['schemas']['MeAccountDto'];
      /** @description Companies the caller may see. */
      companies: components['schemas']['MeCompanyDto'][];
      /** @description The whole permission matrix (role → resource → actions). */
      matrix: components['schemas']['MatrixDto'];
      memberships: components['schemas']['MeMembershipDto'][];
      permissions: components['schemas']['EffectivePermissionsDto'][];
      person: components['schemas']['MePersonDto'] | null;
      session: components['schemas']['MeSessionDto'];
    };
    MembershipDto: {
      /** Format: uuid */
      accountId: string;
      /**
       * Format: uuid
       * @description null: the whole group
       */
      companyId: string | null;
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin';
      updatedAt: string;
      version: number;
    };
    MembershipPageDto: {
      items: components['schemas']['MembershipDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    MeMembershipDto: {
      /**
       * Format: uuid
       * @description null: the whole group
       */
      companyId: string | null;
      companyNameEn: string | null;
      companyNameJa: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin';
    };
    MePersonDto: {
      /** Format: uuid */
      companyId: string;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      employeeNumber: string;
      familyName: string;
      familyNameKana: string;
      givenName: string;
      givenNameKana: string;
      /** Format: uuid */
      id: string;
    };
    MeSessionDto: {
      /** @description Absolute end of the session. */
      expiresAt: string;
      /** @example 1800 */
      idleTimeoutSeconds: number;
    };
    NotificationDto: {
      /** Format: uuid */
      companyId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @enum {string} */
      eventType:
        | 'due_soon'
        | 'due_today'
        | 'overdue'
        | 'assigned'
        | 'approval_requested'
        | 'account_locked'
        | 'roster_import_finished';
      /** Format: uuid */
      id: string;
      /** @description The web app path of the record. */
      link: string | null;
      params: components['schemas']['NotificationParamsDto'];
      /** Format: date-time */
      readAt: string | null;
    };
    NotificationPageDto: {
      items: components['schemas']['NotificationDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    NotificationParamsDto: {
      counts?: {
        [key: string]: number;
      };
      /**
       * Format: date
       * @example 2026-06-30
       */
      dueOn?: string;
      /** @example training.assignment */
      sourceType?: string;
      titleEn?: string;
      titleJa?: string;
      /** Format: date-time */
      until?: string;
    };
    PersonDto: {
      active: boolean;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      /** Format: uuid */
      departmentId: string | null;
      email: string | null;
      employeeNumber: string;
      /** @enum {string} */
      employmentType: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
      familyName: string;
      familyNameKana: string;
      givenName: string;
      givenNameKana: string;
      /** Format: date */
      hireDate: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date */
      leaveDate: string | null;
      updatedAt: string;
      version: number;
    };
    PersonPageDto: {
      items: components['schemas']['PersonDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    PersonRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    PreferenceDto: {
      /**
       * @description immediate: one mail each; digest: one mail a day. In-app always.
       * @enum {string}
       */
      delivery: 'immediate' | 'digest';
      /** @enum {string} */
      eventType:
        | 'due_soon'
        | 'due_today'
        | 'overdue'
        | 'assigned'
        | 'approval_requested'
        | 'account_locked'
        | 'roster_import_finished';
    };
    PreferencesDto: {
      items: components['schemas']['PreferenceDto'][];
    };
    PrivacyMarkPageDto: {
      items: components['schemas']['PrivacyMarkStatusDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    PrivacyMarkStatusDto: {
      /** Format: uuid */
      companyId: string;
      companyNameEn: string;
      companyNameJa: string;
      /** Format: date */
      expiresOn: string | null;
      privacyMarkNumber: string | null;
      /** Format: date */
      renewalClosesOn: string | null;
      /** Format: date */
      renewalOpensOn: string | null;
      /** @enum {string} */
      state: 'none' | 'valid' | 'renewal_window' | 'late' | 'expired';
    };
    ProblemDto: {
      /**
       * @description Stable error code; the web app translates it.
       * @example VALIDATION_FAILED
       */
      code: string;
      /** @example The request has 1 invalid field. */
      detail: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example /api/v1/health */
      instance?: string;
      /** @example 2f1c9d4e-4a8b-4c0e-9f57-3b0f4e0b6a11 */
      requestId?: string;
      /** @example 400 */
      status: number;
      /** @example Bad Request */
      title: string;
      /** @example urn:mamori:problem:validation-failed */
      type: string;
    };
    ResetPasswordDto: {
      /** @description Temporary password. Left out: one is generated and returned once. */
      password?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    ReviewContributionDto: {
      figures: components['schemas']['ReviewFigureDto'][];
      items: components['schemas']['ReviewItemDto'][];
      source: string;
    };
    ReviewFigureDto: {
      key: string;
      link: string | null;
      /** @description A number, a date or text. */
      value: string | null;
    };
    ReviewFreshnessDto: {
      /** Format: uuid */
      companyId: string;
      companyNameEn: string;
      companyNameJa: string;
      daysSince: number | null;
      /** Format: uuid */
      lastReviewId: string | null;
      /** Format: date */
      lastReviewOn: string | null;
      /** @enum {string} */
      state: 'ok' | 'due_soon' | 'overdue' | 'never';
    };
    ReviewFreshnessPageDto: {
      items: components['schemas']['ReviewFreshnessDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    ReviewInputDto: {
      /** @description Neither commentary nor "no change" (R-MR-02). */
      blank: boolean;
      commentary: string | null;
      /** @description Compiled by the system; null before compiling. */
      compiled: components['schemas']['ReviewContributionDto'][] | null;
      /** @enum {string} */
      key:
        | 'c93_a'
        | 'c93_b'
        | 'c93_c'
        | 'c93_d'
        | 'c93_e'
        | 'c93_f'
        | 'a373_a'
        | 'a373_b'
        | 'a373_c'
        | 'a373_d'
        | 'a373_e'
        | 'a373_f'
        | 'a373_g';
      noChange: boolean;
    };
    ReviewInputPatchDto: {
      commentary?: string | null;
      /** @enum {string} */
      key:
        | 'c93_a'
        | 'c93_b'
        | 'c93_c'
        | 'c93_d'
        | 'c93_e'
        | 'c93_f'
        | 'a373_a'
        | 'a373_b'
        | 'a373_c'
        | 'a373_d'
        | 'a373_e'
        | 'a373_f'
        | 'a373_g';
      /** @description An explicit "no change" (R-MR-02). */
      noChange?: boolean;
    };
    ReviewItemDto: {
      link: string | null;
      text: string;
    };
    RosterApplyDto: {
      /** @description The version of the preview you checked; or send it as If-Match. */
      version?: number;
    };
    RosterImportDto: {
      byteSize: number;
      /** Format: uuid */
      companyId: string;
      created: number | null;
      createdAt: string;
      /**
       * @description The encoding the file was read in.
       * @enum {string}
       */
      encoding: 'utf-8' | 'shift_jis';
      /** @description Rows with at least one error; they are skipped. */
      errorCount: number | null;
      /** @example APPLY_FAILED */
      failureCode: string | null;
      fileName: string | null;
      finishedAt: string | null;
      /** @description Column headers (first row), made unique. */
      headers: string[];
      /** Format: uuid */
      id: string;
      /** @description People marked as leavers. */
      left: number | null;
      mapping: components['schemas']['RosterMappingViewDto'] | null;
      /** @enum {string} */
      mode: 'full' | 'partial';
      /** @description While applying: rows written so far. */
      processed: number;
      /** @description Data rows (blank lines not counted). */
      rowCount: number;
      /** @description The first data rows (empty once the import is applied). */
      sampleRows: string[][];
      /** @enum {string} */
      status: 'uploaded' | 'mapped' | 'applying' | 'applied' | 'failed';
      suggestedMapping: components['schemas']['RosterMappingViewDto'];
      toCreate: number | null;
      toLeave: number | null;
      /** @description While applying: rows to write. */
      total: number;
      toUpdate: number | null;
      /** @description Valid rows that change nothing. */
      unchanged: number | null;
      updated: number | null;
      updatedAt: string;
      validCount: number | null;
      version: number;
    };
    RosterImportPreviewDto: {
      byteSize: number;
      /** Format: uuid */
      companyId: string;
      created: number | null;
      createdAt: string;
      /**
       * @description The encoding the file was read in.
       * @enum {string}
       */
      encoding: 'utf-8' | 'shift_jis';
      /** @description Rows with at least one error; they are skipped. */
      errorCount: number | null;
      /** @description The first page of row errors. */
      errors: components['schemas']['RosterRowErrorPageDto'];
      /** @example APPLY_FAILED */
      failureCode: string | null;
      fileName: string | null;
      finishedAt: string | null;
      /** @description Column headers (first row), made unique. */
      headers: string[];
      /** Format: uuid */
      id: string;
      /** @description People marked as leavers. */
      left: number | null;
      mapping: components['schemas']['RosterMappingViewDto'] | null;
      /** @enum {string} */
      mode: 'full' | 'partial';
      /** @description While applying: rows written so far. */
      processed: number;
      /** @description Data rows (blank lines not counted). */
      rowCount: number;
      /** @description The first data rows (empty once the import is applied). */
      sampleRows: string[][];
      /** @enum {string} */
      status: 'uploaded' | 'mapped' | 'applying' | 'applied' | 'failed';
      suggestedMapping: components['schemas']['RosterMappingViewDto'];
      toCreate: number | null;
      toLeave: number | null;
      /** @description While applying: rows to write. */
      total: number;
      toUpdate: number | null;
      /** @description Valid rows that change nothing. */
      unchanged: number | null;
      updated: number | null;
      updatedAt: string;
      validCount: number | null;
      version: number;
    };
    RosterMappingBodyDto: {
      mapping: components['schemas']['RosterMappingDto'];
      /**
       * @description Changes the mode chosen at upload.
       * @enum {string}
       */
      mode?: 'full' | 'partial';
      /** @description The version you saw; or send it as If-Match. Optional here. */
      version?: number;
    };
    RosterMappingDto: {
      /** @description 部署コード (or the department name when it is unique in the company). */
      departmentCode?: string;
      /** @description メールアドレス */
      email?: string;
      /** @description 社員番号 / 従業員番号. Unique within the company: the key of the import. */
      employeeNumber: string;
      /** @description 雇用形態: 役員, 正社員, 契約社員, パート・アルバイト, 派遣社員 or the codes. */
      employmentType: string;
      /** @description 姓, or 氏名 (split at the first space when givenName is not mapped or maps to the same column). */
      familyName: string;
      /** @description セイ, or フリガナ for the whole name (split like the name). */
      familyNameKana?: string;
      /** @description 名 */
      givenName?: string;
      /** @description メイ */
      givenNameKana?: string;
      /** @description 入社日 */
      hireDate?: string;
      /** @description 退職日. People with a leave date on or before today are imported as leavers. */
      leaveDate?: string;
    };
    RosterMappingViewDto: {
      departmentCode?: string;
      email?: string;
      employeeNumber?: string;
      employmentType?: string;
      familyName?: string;
      familyNameKana?: string;
      givenName?: string;
      givenNameKana?: string;
      hireDate?: string;
      leaveDate?: string;
    };
    RosterRowErrorDto: {
      /** @enum {string} */
      code:
        | 'REQUIRED'
        | 'TOO_LONG'
        | 'EMPLOYEE_NUMBER_INVALID'
        | 'DUPLICATE_EMPLOYEE_NUMBER'
        | 'KANA_INVALID'
        | 'EMAIL_INVALID'
        | 'DEPARTMENT_UNKNOWN'
        | 'EMPLOYMENT_TYPE_UNKNOWN'
        | 'DATE_INVALID'
        | 'LEAVE_BEFORE_HIRE';
      /**
       * @description The column header in the file.
       * @example 入社日
       */
      column: string;
      /** @enum {string} */
      field:
        | 'employeeNumber'
        | 'familyName'
        | 'givenName'
        | 'familyNameKana'
        | 'givenNameKana'
        | 'email'
        | 'departmentCode'
        | 'employmentType'
        | 'hireDate'
        | 'leaveDate';
      message: string;
      /**
       * @description The row as a spreadsheet numbers it (the header is row 1).
       * @example 12
       */
      row: number;
    };
    RosterRowErrorPageDto: {
      items: components['schemas']['RosterRowErrorDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    UnreadCountDto: {
      /** @example 3 */
      count: number;
    };
    UpdateAccountDto: {
      /** @description Disabling ends every session of the account. */
      disabled?: boolean;
      email?: string;
      /** @enum {string} */
      language?: 'ja' | 'en';
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateCompanyDto: {
      /** @example 東京都渋谷区桜丘町26-1 セルリアンタワー */
      address?: string | null;
      contactAddress?: string | null;
      /** @example 個人情報問合せ窓口 */
      contactDeskName?: string | null;
      /** @example privacy@example.jp */
      contactEmail?: string | null;
      /** @example 平日10:00〜19:00 */
      contactHours?: string | null;
      /** @example 03-5489-6370 */
      contactPhone?: string | null;
      /** @example 150-8512 */
      contactPostalCode?: string | null;
      /**
       * @description 法人番号: 13 digits, check digit first.
       * @example 1180301018771
       */
      corporateNumber?: string;
      /** @example GMO TECH, Inc. */
      nameEn?: string;
      /** @example GMO TECH株式会社 */
      nameJa?: string;
      /** @example 150-8512 */
      postalCode?: string | null;
      /**
       * Format: date
       * @example 2027-03-31
       */
      privacyMarkExpiresOn?: string | null;
      /** @default false */
      privacyMarkHolder: boolean;
      /** @example 10800000(01) */
      privacyMarkNumber?: string | null;
      representativeName?: string | null;
      /** @example 代表取締役社長 */
      representativeTitle?: string | null;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateDepartmentDto: {
      /**
       * @description Unique within the company; letters, digits, - and _.
       * @example PMS
       */
      code?: string;
      /** @example 個人情報保護推進室 */
      name?: string;
      /**
       * Format: uuid
       * @description Parent department; null for the top level.
       */
      parentId?: string | null;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateImprovementActionDto: {
      /** @description The nonconformity, observation or opportunity. */
      description?: string;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueOn?: string;
      /** @enum {string} */
      grade?: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
      /** @enum {string} */
      kind?: 'corrective' | 'preventive' | 'improvement';
      /**
       * Format: uuid
       * @description A person of the same company.
       */
      ownerPersonId?: string;
      plan?: string | null;
      rootCause?: string | null;
      /** @example 委託先監査の指摘への対応 */
      title?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateManagementReviewDto: {
      attendeePersonIds?: string[];
      auditReportReference?: string | null;
      /**
       * Format: uuid
       * @description An executive (top management) of the company.
       */
      chairPersonId?: string;
      /** @description The whole list of decisions. */
      decisions?: components['schemas']['DecisionInputDto'][];
      /** Format: date */
      heldOn?: string;
      /** @description Only the inputs named change. */
      inputs?: components['schemas']['ReviewInputPatchDto'][];
      /** @example 2026年度 マネジメントレビュー */
      title?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateMeDto: {
      /** @enum {string} */
      language: 'ja' | 'en';
    };
    UpdateMembershipDto: {
      /** @enum {string} */
      role: 'pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin';
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdatePersonDto: {
      /**
       * @description False for people who left. Setting it false disables their account and ends its sessions.
       * @default true
       */
      active: boolean;
      /** Format: uuid */
      departmentId?: string | null;
      /** @example hanako.yamada@example.jp */
      email?: string | null;
      /**
       * @description Unique within the company.
       * @example T00012
       */
      employeeNumber?: string;
      /** @enum {string} */
      employmentType?: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
      /** @example 山田 */
      familyName?: string;
      /** @example ヤマダ */
      familyNameKana?: string;
      /** @example 花子 */
      givenName?: string;
      /** @example ハナコ */
      givenNameKana?: string;
      /**
       * Format: date
       * @example 2024-04-01
       */
      hireDate?: string | null;
      /**
       * Format: date
       * @description Set for people who left; not before hireDate.
       */
      leaveDate?: string | null;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    VersionedDto: {
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Accounts_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        disabled?: boolean;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Part of the e-mail address. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Accounts_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccountDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountWithPasswordDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ACCOUNT_EMAIL_TAKEN, ACCOUNT_PERSON_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Accounts_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Accounts_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACCOUNT_SELF_CHANGE_REFUSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Accounts_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAccountDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACCOUNT_EMAIL_TAKEN, ACCOUNT_SELF_CHANGE_REFUSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Accounts_resetPassword: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountWithPasswordDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Jobs_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobListDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Jobs_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A run is in progress (JOB_RUNNING). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Outbox_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        status?: 'pending' | 'sending' | 'retrying' | 'sent' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailMessagePageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Outbox_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailMessageDetailDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Outbox_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailMessageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The mail is not retrying or failed (MAIL_NOT_RETRYABLE). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Outbox_summary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailOutboxSummaryDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Audit_list: {
    parameters: {
      query?: {
        action?: string;
        /** @description Account that acted. */
        actorId?: string;
        /** @description Only this company (must be one you may read). */
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        entityId?: string;
        entityType?: string;
        /** @description From this instant (inclusive), ISO 8601. */
        from?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Up to this instant (exclusive), ISO 8601. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Audit_export: {
    parameters: {
      query?: {
        action?: string;
        /** @description Account that acted. */
        actorId?: string;
        /** @description Only this company (must be one you may read). */
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        entityId?: string;
        entityType?: string;
        format?: 'csv';
        /** @description From this instant (inclusive), ISO 8601. */
        from?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Up to this instant (exclusive), ISO 8601. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Audit_verify: {
    parameters: {
      query?: {
        /** @description Verify only this company’s chain. */
        companyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerifyDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Auth_csrf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsrfTokenDto'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Unknown e-mail, wrong password, locked or disabled account: always INVALID_CREDENTIALS. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many failed sign-ins from this address (TOO_MANY_ATTEMPTS, Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Auth_logoutAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Auth_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CalendarFeed_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description iCalendar text. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Unknown, revoked or expired token (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Companies_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Part of a name or the corporate number. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Companies_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompanyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description COMPANY_CORPORATE_NUMBER_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Departments_tree: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentTreeDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Departments_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description DEPARTMENT_CODE_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description DEPARTMENT_PARENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Departments_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Departments_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        companyId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, DEPARTMENT_NOT_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Departments_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        companyId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, DEPARTMENT_CODE_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description DEPARTMENT_PARENT_INVALID (another company, itself or below itself) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_upload: {
    parameters: {
      query?: {
        /** @description auto: UTF-8 when the file is valid UTF-8 (with or without BOM), otherwise Shift_JIS (CP932). */
        encoding?: 'auto' | 'utf-8' | 'shift_jis';
        /** @description The name of the uploaded file, shown in the wizard. */
        fileName?: string;
        /** @description full: the file is the whole roster and people missing from it are marked as leavers. */
        mode?: 'full' | 'partial';
      };
      header?: never;
      path: {
        companyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'text/csv': string;
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterImportDto'];
        };
      };
      /** @description ROSTER_ENCODING_INVALID, ROSTER_FILE_NOT_CSV, ROSTER_CSV_MALFORMED, ROSTER_FILE_EMPTY, ROSTER_FILE_NO_ROWS */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PAYLOAD_TOO_LARGE: the file is over 20 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description UNSUPPORTED_MEDIA_TYPE: send text/csv or application/octet-stream. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ROSTER_TOO_MANY_ROWS, ROSTER_TOO_MANY_COLUMNS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Companies_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description With ETag: "<version>". */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Companies_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, COMPANY_NOT_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Companies_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCompanyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, COMPANY_CORPORATE_NUMBER_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Dashboard_privacyMarks: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description attention: late or expired; held: every company with an expiry date. */
        state?: 'none' | 'valid' | 'renewal_window' | 'late' | 'expired' | 'attention' | 'held';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivacyMarkPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Dashboard_summary: {
    parameters: {
      query?: {
        /** @description One company; without it, every company in scope rolled up. */
        companyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardSummaryDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Health_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description PostgreSQL cannot be reached (problem+json, code DATABASE_UNAVAILABLE). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_list: {
    parameters: {
      query?: {
        /** @description Closed on or after this date. */
        closedFrom?: string;
        companyId?: string;
        /** @description Opened (created) on or after this date. */
        createdFrom?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        grade?: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
        kind?: 'corrective' | 'preventive' | 'improvement';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description true: every status but closed; false: closed only. */
        open?: boolean;
        /** @description Not closed and past the due date (Asia/Tokyo). */
        overdue?: boolean;
        ownerPersonId?: string;
        q?: string;
        sourceId?: string;
        sourceType?:
          | 'manual'
          | 'management_review'
          | 'internal_audit'
          | 'incident'
          | 'subcontractor_audit'
          | 'complaint'
          | 'operation_check'
          | 'training'
          | 'joint_use';
        status?: 'open' | 'in_progress' | 'implemented' | 'effectiveness_check' | 'closed' | 'reopened';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateImprovementActionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PERSON_NOT_IN_COMPANY */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACTION_NOT_DELETABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateImprovementActionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACTION_TRANSITION_REFUSED (closed) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_approveClosing: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionedDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImprovementActions_step: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionStepDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementActionDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACTION_TRANSITION_REFUSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description EFFECTIVENESS_VERIFIER_IS_OWNER, EFFECTIVENESS_CHECK_BEFORE_IMPLEMENTATION, CLOSING_NEEDS_EXECUTIVE_APPROVAL, ACTION_IMPLEMENTATION_INCOMPLETE, PERSON_NOT_IN_COMPANY */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        status?: 'draft' | 'signed' | 'superseded';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateManagementReviewDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REVIEW_CHAIR_NOT_EXECUTIVE, PERSON_NOT_IN_COMPANY */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, REVIEW_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateManagementReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, REVIEW_SIGNED (signed minutes are frozen) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_compile: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompileReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_minutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REVIEW_NOT_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_signOff: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionedDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagementReviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, REVIEW_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description REVIEW_INPUTS_BLANK (names them), REVIEW_AUDIT_REPORT_MISSING, REVIEW_DECISION_INCOMPLETE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ManagementReviews_freshness: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description attention: overdue or never reviewed (R-MR-01). */
        state?: 'attention' | 'overdue' | 'never' | 'due_soon' | 'ok';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewFreshnessPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Me_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Me_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationSettings_calendarStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarStatusDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationSettings_createCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarUrlDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationSettings_revokeCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationSettings_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationSettings_setPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Memberships_list: {
    parameters: {
      query?: {
        accountId?: string;
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        role?: 'pms_manager' | 'auditor' | 'dept_manager' | 'staff' | 'executive' | 'admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Memberships_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMembershipDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description MEMBERSHIP_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Memberships_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Memberships_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ACCOUNT_SELF_CHANGE_REFUSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Memberships_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMembershipDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, MEMBERSHIP_EXISTS, ACCOUNT_SELF_CHANGE_REFUSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Notifications_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Only unread notifications. */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Notifications_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such notification of the caller (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Notifications_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkAllReadDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Notifications_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  People_list: {
    parameters: {
      query?: {
        active?: boolean;
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        departmentId?: string;
        employmentType?: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Words to find in the name, kana, employee number or e-mail (all must match). */
        q?: string;
        /** @description A leading - sorts descending. */
        sort?:
          | 'nameKana'
          | '-nameKana'
          | 'employeeNumber'
          | '-employeeNumber'
          | 'hireDate'
          | '-hireDate'
          | 'updatedAt'
          | '-updatedAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  People_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePersonDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PERSON_EMPLOYEE_NUMBER_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PERSON_DEPARTMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  People_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  People_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, PERSON_HAS_ACCOUNT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  People_update: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePersonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, PERSON_EMPLOYEE_NUMBER_TAKEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PERSON_DEPARTMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterImportDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_remove: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ROSTER_IMPORT_IN_PROGRESS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_apply: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RosterApplyDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterImportDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ROSTER_IMPORT_NOT_MAPPED, ROSTER_IMPORT_ALREADY_APPLIED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_errors: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterRowErrorPageDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RosterImport_map: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RosterMappingBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterImportPreviewDto'];
        };
      };
      /** @description Not signed in (problem+json, code UNAUTHENTICATED). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Role lacks the permission (FORBIDDEN), CSRF header missing (CSRF_TOKEN_INVALID) or password change pending (PASSWORD_CHANGE_REQUIRED). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, or in a company the caller does not belong to (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description STALE_VERSION, ROSTER_IMPORT_IN_PROGRESS, ROSTER_IMPORT_ALREADY_APPLIED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
