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
  '/api/v1/companies/{companyId}/subcontractor-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The company's selection checklist (criteria, pass mark) and audit schedule by tier. */
    get: operations['SubcontractorSettings_get'];
    put: operations['SubcontractorSettings_update'];
    post?: never;
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
  '/api/v1/dashboard/officers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each company's appointed PMS managers (個人情報保護管理者) and executives; state=missing: none appointed. */
    get: operations['Dashboard_officers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
  '/api/v1/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents with their reportability and clocks. Officers see the company register; everyone else only the incidents they reported. */
    get: operations['Incidents_list'];
    put?: never;
    /** Record an incident with every field (PMS manager). */
    post: operations['Incidents_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Incidents_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Triage and edit. Clocks are recomputed when a field they depend on changes. */
    patch: operations['Incidents_update'];
    trace?: never;
  };
  '/api/v1/incidents/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evidence attached to the incident. */
    get: operations['Incidents_attachments'];
    put?: never;
    /** Attach evidence: the raw file as the body (application/octet-stream), its name in ?fileName=. */
    post: operations['Incidents_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Incidents_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole incident as JSON: record, clocks, reports, notices and timeline. */
    get: operations['Incidents_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/notice-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Japanese notice to the persons, from Rule 8 items 1, 2, 4, 5 and 9. */
    get: operations['Incidents_noticeTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Incidents_notices'];
    put?: never;
    /** Record a notice to the persons (post, e-mail, phone, or a public notice as substitute). */
    post: operations['Incidents_addNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PPC and JIPDEC reports: drafts (prefilled from the record) and frozen submissions. */
    get: operations['Incidents_reports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/reports/{body}/{stage}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a report draft (version 0 for the first save). */
    put: operations['Incidents_saveReport'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/reports/{body}/{stage}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the report submitted: its content and the record are frozen in a snapshot. */
    post: operations['Incidents_submitReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Incidents_timeline'];
    put?: never;
    /** Add a note to the timeline (a call, a decision, a finding), with when it happened. */
    post: operations['Incidents_addNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the status forward. Closing needs the A.3.3.7 checklist complete. */
    post: operations['Incidents_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register as CSV (UTF-8 with BOM) or XLSX, with the filters of the list. */
    get: operations['Incidents_exportTable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidents/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report an incident from the short form (anyone). The PMS manager triages it. */
    post: operations['Incidents_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Joint-use arrangements (共同利用) of the caller’s companies. */
    get: operations['Arrangements_list'];
    put?: never;
    /** Start a draft arrangement. */
    post: operations['Arrangements_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Arrangements_get'];
    put?: never;
    post?: never;
    /** Delete a draft (If-Match required). */
    delete: operations['Arrangements_remove'];
    options?: never;
    head?: never;
    /** Change the arrangement; a published one follows R-JU-03. */
    patch: operations['Arrangements_change'];
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/changes/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Which rule of R-JU-03 a change falls under, and whether it may be made; saves nothing. */
    post: operations['Arrangements_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed joint-use contracts on file (R-JU-02). */
    get: operations['Arrangements_contracts'];
    put?: never;
    /** Keep a signed joint-use contract (PDF, image or Office file, at most 20 MiB) as the body. */
    post: operations['Arrangements_addContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/contracts/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a contract (as an attachment). */
    get: operations['Arrangements_contractFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a published arrangement (If-Match required); its versions stay readable. */
    post: operations['Arrangements_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current public text, as it stands in the privacy policy. */
    get: operations['Arrangements_notice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the next notice version (If-Match required). */
    post: operations['Arrangements_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/joint-use/arrangements/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published versions, newest first, each with its field-by-field diff. */
    get: operations['Arrangements_versions'];
    put?: never;
    post?: never;
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
  '/api/v1/provision-records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Third-party provision and receipt records (確認・記録) of the caller’s companies. */
    get: operations['ProvisionRecords_list'];
    put?: never;
    post: operations['ProvisionRecords_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/provision-records/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProvisionRecords_get'];
    put?: never;
    post?: never;
    /** Delete a record whose retention has run out (If-Match required). */
    delete: operations['ProvisionRecords_remove'];
    options?: never;
    head?: never;
    patch: operations['ProvisionRecords_update'];
    trace?: never;
  };
  '/api/v1/provision-records/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered records as CSV (UTF-8 with BOM) or Excel, at most 50,000 rows. */
    get: operations['ProvisionRecords_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire behind a link, with the answers saved so far. */
    get: operations['Questionnaire_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{token}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save answers (draft); come back later with the same link. */
    put: operations['Questionnaire_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{token}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The evidence attached so far. */
    get: operations['Questionnaire_evidenceList'];
    put?: never;
    /** Attach evidence (raw body, file name in ?fileName=; PDF, images, office files up to 20 MB). */
    post: operations['Questionnaire_evidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{token}/evidence/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one's own evidence back. */
    get: operations['Questionnaire_evidenceFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{token}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the answers, once; the link stops working. */
    post: operations['Questionnaire_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
  '/api/v1/subcontractors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The subcontractor register: filters (status, tier, overdue, expiring), sort and pages. */
    get: operations['Subcontractors_list'];
    put?: never;
    /** Register a subcontractor (status candidate). The risk tier is computed; an override needs a reason. */
    post: operations['Subcontractors_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_get'];
    put?: never;
    post?: never;
    /** Delete a candidate entered by mistake (others are terminated instead). */
    delete: operations['Subcontractors_remove'];
    options?: never;
    head?: never;
    patch: operations['Subcontractors_update'];
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one of the subcontractor's files (contract, evidence, certificate) as an attachment. */
    get: operations['Subcontractors_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_auditList'];
    put?: never;
    /** Plan a supervision audit (kind and date default from the tier's schedule; standard questionnaire). */
    post: operations['Subcontractors_createAudit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/audits/{auditId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit's files: the officer's and the evidence the subcontractor attached. */
    get: operations['Subcontractors_auditFiles'];
    put?: never;
    /** Attach evidence or the return / deletion certificate to an audit (raw body, ?fileName=). */
    post: operations['Subcontractors_uploadAuditFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/audits/{auditId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_auditFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/audits/{auditId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the audit with its result and findings (owner, due date). */
    post: operations['Subcontractors_closeAudit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/audits/{auditId}/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the questionnaire link to the subcontractor's contact (one-time, expiring; shown once). */
    post: operations['Subcontractors_sendQuestionnaire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_contracts'];
    put?: never;
    /** Record a contract: clauses a–h each present or covered by an approved exception (R-SC-02). */
    post: operations['Subcontractors_createContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/contracts/{contractId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a contract, e.g. record the return or deletion of the data at its end (R-SC-04). */
    patch: operations['Subcontractors_updateContract'];
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/contracts/{contractId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_contractFiles'];
    put?: never;
    /** Attach the signed contract (raw body, file name in ?fileName=; PDF, images, office files up to 20 MB). */
    post: operations['Subcontractors_uploadContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/contracts/{contractId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_contractFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_evaluations'];
    put?: never;
    /** A selection evaluation on the company's checklist: every criterion scored within its range. */
    post: operations['Subcontractors_evaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The subcontractor's history from the audit trail (its own events and its records'). */
    get: operations['Subcontractors_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/resubcontractors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Subcontractors_resubcontractors'];
    put?: never;
    /** Add a re-subcontractor to the chain, with the prior approval or report (R-SC-05). */
    post: operations['Subcontractors_addResubcontractor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/resubcontractors/{rid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['Subcontractors_removeResubcontractor'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the status (candidate → evaluating → approved / conditionally approved → suspended → terminated). */
    post: operations['Subcontractors_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcontractors/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register with the same filters as the list, as CSV (UTF-8 with BOM) or XLSX. */
    get: operations['Subcontractors_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/attestations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An attestation (certificate): its person, or readers of the campaign records. */
    get: operations['MyTraining_attestation'];
    put?: never;
    post?: never;
    delete: operations['MyTraining_remove'];
    options?: never;
    head?: never;
    patch: operations['MyTraining_edit'];
    trace?: never;
  };
  '/api/v1/training/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Campaigns_list'];
    put?: never;
    /** Creates a campaign and assigns its whole audience at once. */
    post: operations['Campaigns_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Campaigns_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Campaigns_update'];
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attendees with their results; `state=overdue` is the overdue list. */
    get: operations['Campaigns_attendees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/assignments/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The attendee list with results as CSV (UTF-8 with BOM) or XLSX. */
    get: operations['Campaigns_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/makeup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make-up assignments (補講) for people who missed the due date. */
    post: operations['Campaigns_makeUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress by company, department and employment type (department managers: their own). */
    get: operations['Campaigns_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The education summary (教育実施サマリー) for the PrivacyMark application. */
    get: operations['Campaigns_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/campaigns/{id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assigns new hires now and withdraws leavers' open assignments (the job does it too). */
    post: operations['Campaigns_sync'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Courses_list'];
    put?: never;
    post: operations['Courses_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course as its editors see it, the quiz with its correct options. */
    get: operations['Courses_get'];
    put?: never;
    post?: never;
    delete: operations['Courses_remove'];
    options?: never;
    head?: never;
    /** Edits a course; a published course is published again as its next version. */
    patch: operations['Courses_update'];
    trace?: never;
  };
  '/api/v1/training/courses/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course's files (reading material). */
    get: operations['Courses_attachments'];
    put?: never;
    /** Adds a file: the raw file as the body (application/octet-stream), its name in ?fileName=. On a published course the file is published at once as the next version. */
    post: operations['Courses_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Courses_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Courses_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/courses/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Courses_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active people with no annual course passed in the last 365 days (R-ED-01). */
    get: operations['Campaigns_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/coverage/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same people (R-ED-01) as CSV (UTF-8 with BOM) or XLSX, every row. */
    get: operations['Campaigns_exportCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/me/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own training. */
    get: operations['MyTraining_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/me/assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course to read and the quiz (shuffled, without the answers). */
    get: operations['MyTraining_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/me/assignments/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The files of the course version the caller reads for this assignment. */
    get: operations['MyTraining_attachments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/me/assignments/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MyTraining_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/me/assignments/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submits the answers; the server grades them. A pass records the attestation. */
    post: operations['MyTraining_submit'];
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
    AnswerDto: {
      optionIds: string[];
      questionId: string;
    };
    ArrangementDto: {
      acquisitionMethodEn: string;
      acquisitionMethodJa: string;
      /** Format: uuid */
      companyId: string;
      completeness: components['schemas']['CompletenessDto'];
      coversGroup: boolean;
      createdAt: string;
      /** @description The last published version; 0 while a draft. */
      currentVersionNo: number;
      dataItemsEn: string;
      dataItemsJa: string;
      endedAt: string | null;
      groupReview: components['schemas']['GroupReviewDto'];
      /** Format: uuid */
      id: string;
      jointUsers: components['schemas']['JointUserDto'][];
      /** @example 法27条5項3号 (旧23条5項3号) */
      legalBasis: string;
      pending: components['schemas']['PendingChangeDto'];
      publishedAt: string | null;
      purposesEn: string;
      purposesJa: string;
      responsibleAddressEn: string;
      responsibleAddressJa: string;
      /** Format: uuid */
      responsibleCompanyId: string | null;
      responsibleIsCorporation: boolean;
      responsibleNameEn: string;
      responsibleNameJa: string;
      responsibleRepresentativeEn: string;
      responsibleRepresentativeJa: string;
      scopeDescriptionEn: string;
      scopeDescriptionJa: string;
      /** @enum {string} */
      status: 'draft' | 'published' | 'ended';
      title: string;
      updatedAt: string;
      version: number;
    };
    ArrangementPageDto: {
      items: components['schemas']['ArrangementDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    AttachmentDto: {
      /** Format: uuid */
      companyId: string;
      /**
       * @description Decided from the content, not from the name.
       * @example application/pdf
       */
      contentType: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdByAccountId: string | null;
      /** @example 業務委託契約書.pdf */
      fileName: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      ownerId: string;
      /** @example subcontractor_contract */
      ownerType: string;
      /** @description SHA-256 of the content, hex. */
      sha256: string;
      sizeBytes: number;
    };
    AttachmentRefDto: {
      contentType: string;
      createdAt: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      sha256: string;
      sizeBytes: number;
    };
    AttemptResultDto: {
      /**
       * Format: uuid
       * @description Set when passed.
       */
      attestationId: string | null;
      correct: number;
      /** Format: uuid */
      id: string;
      passed: boolean;
      passMark: number;
      /** @description Which questions were right (not which options). */
      results: components['schemas']['QuestionResultDto'][];
      score: number;
      submittedAt: string;
      total: number;
    };
    AttemptSummaryDto: {
      /** Format: uuid */
      id: string;
      passed: boolean;
      score: number;
      submittedAt: string;
    };
    AttendeeListDto: {
      items: components['schemas']['TrainingAttendeeDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    AttestationDto: {
      campaignTitleEn: string;
      campaignTitleJa: string;
      companyNameEn: string;
      companyNameJa: string;
      courseTitleEn: string;
      courseTitleJa: string;
      /** Format: uuid */
      courseVersionId: string;
      courseVersionNo: number;
      employeeNumber: string;
      familyName: string;
      givenName: string;
      /** Format: uuid */
      id: string;
      ip: string | null;
      passMark: number;
      /** Format: uuid */
      personId: string;
      pledgeText: string | null;
      score: number;
      submittedAt: string;
    };
    AudienceDto: {
      /** @description All active people of these companies… */
      companyIds: string[];
      /** @description …in these departments (empty: all). */
      departmentIds: string[];
      /** @description …of these employment types (empty: all). */
      employmentTypes: ('officer' | 'regular' | 'contract' | 'part_time' | 'dispatched')[];
    };
    AuditChangeDto: {
      /** @description Value after the write (JSON). */
      after: Record<string, never> | null;
      /** @description Value before the write (JSON). */
      before: Record<string, never> | null;
    };
    AuditDto: {
      answeredAt: string | null;
      answers: {
        [key: string]: string;
      };
      attachments: components['schemas']['AttachmentRefDto'][];
      /** Format: date */
      closedOn: string | null;
      createdAt: string;
      /** Format: date */
      dueOn: string;
      findings: components['schemas']['FindingDto'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'questionnaire' | 'evidence_review' | 'on_site';
      links: components['schemas']['QuestionnaireLinkSummaryDto'][];
      questions: components['schemas']['QuestionDto'][];
      /** @enum {string|null} */
      result: 'satisfactory' | 'needs_improvement' | 'unsatisfactory' | null;
      resultComment: string | null;
      /** @enum {string} */
      status: 'planned' | 'sent' | 'answered' | 'closed';
      /** Format: uuid */
      subcontractorId: string;
      version: number;
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
    AuditListDto: {
      items: components['schemas']['AuditDto'][];
      total: number;
    };
    AuditScheduleDto: {
      high: components['schemas']['TierScheduleDto'];
      low: components['schemas']['TierScheduleDto'];
      medium: components['schemas']['TierScheduleDto'];
    };
    AuditVerifyDto: {
      /** @description Events checked. */
      checked: number;
      /** Format: uuid */
      firstBrokenEventId: string | null;
      ok: boolean;
    };
    Buffer: Record<string, never>;
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
    CampaignCountsDto: {
      open: number;
      overdue: number;
      passed: number;
      /** @description Percent passed of those counted (withdrawn left out), one decimal. */
      rate: number;
      total: number;
      withdrawn: number;
    };
    CampaignDto: {
      audience: components['schemas']['AudienceDto'];
      /** Format: uuid */
      companyId: string;
      counts: components['schemas']['CampaignCountsDto'];
      /** Format: uuid */
      courseId: string;
      courseTitleEn: string;
      courseTitleJa: string;
      createdAt: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      reminders: boolean;
      /** @enum {string} */
      status: 'open' | 'closed';
      titleEn: string;
      titleJa: string;
      updatedAt: string;
      version: number;
      windowEnd: string;
      windowStart: string;
    };
    CampaignListDto: {
      items: components['schemas']['CampaignDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    ChangeArrangementDto: {
      acquisitionMethodEn?: string;
      acquisitionMethodJa?: string;
      /** @description The scope covers the companies of the group directory. */
      coversGroup?: boolean;
      dataItemsEn?: string;
      /** @description Data items used jointly (Japanese; decides the notice). */
      dataItemsJa?: string;
      /**
       * Format: date
       * @description When a change of purposes or responsible party takes effect (after its publication).
       */
      effectiveOn?: string | null;
      /** @enum {string|null} */
      exception?: 'prior_consent' | 'joint_user_renamed' | 'merger_succession' | null;
      jointUsers?: components['schemas']['JointUserDto'][];
      justification?: string | null;
      purposesEn?: string;
      purposesJa?: string;
      responsibleAddressEn?: string;
      responsibleAddressJa?: string;
      /** Format: uuid */
      responsibleCompanyId?: string | null;
      /** @default true */
      responsibleIsCorporation: boolean;
      responsibleNameEn?: string;
      responsibleNameJa?: string;
      responsibleRepresentativeEn?: string;
      responsibleRepresentativeJa?: string;
      scopeDescriptionEn?: string;
      /** @description Scope of joint users as described to the public. */
      scopeDescriptionJa?: string;
      /** @example GMOインターネットグループ各社との共同利用 */
      title?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    ChangeDecisionDto: {
      allowed: boolean;
      /** @description The refusal code when not allowed. */
      code: string | null;
      /** Format: date */
      effectiveOn: string | null;
      publishWithoutDelay: boolean;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 12 characters; common passwords are refused. */
      newPassword: string;
    };
    ChangePreviewDto: {
      changedFields: (
        | 'dataItemsJa'
        | 'dataItemsEn'
        | 'scopeDescriptionJa'
        | 'scopeDescriptionEn'
        | 'coversGroup'
        | 'jointUsers'
        | 'purposesJa'
        | 'purposesEn'
        | 'responsibleCompanyId'
        | 'responsibleNameJa'
        | 'responsibleNameEn'
        | 'responsibleAddressJa'
        | 'responsibleAddressEn'
        | 'responsibleRepresentativeJa'
        | 'responsibleRepresentativeEn'
        | 'responsibleIsCorporation'
        | 'acquisitionMethodJa'
        | 'acquisitionMethodEn'
      )[];
      decision: components['schemas']['ChangeDecisionDto'];
      kinds: ('responsible_details' | 'purposes' | 'responsible_party' | 'data_items' | 'scope' | 'other')[];
      /**
       * Format: date
       * @description The publication date the rule compares with (today).
       */
      publicationDate: string;
      /** @enum {string} */
      verdict: 'none' | 'allowed' | 'publish_without_delay' | 'prior_notice' | 'forbidden';
    };
    ChecklistEntryDto: {
      done: boolean;
      /** @enum {string} */
      item:
        'persons_notified' | 'publication_decision' | 'reports_to_bodies' | 'cause_analysis' | 'recurrence_prevention';
    };
    ClauseExceptionDto: {
      /** @description Who approved the exception. */
      approvedBy: string;
      /** @enum {string} */
      clause: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
      reason: string;
    };
    ClausesDto: {
      /** @description a: responsibilities of both parties */
      a: boolean;
      /** @description b: safeguards, no use or copy outside the contract, return or erasure */
      b: boolean;
      /** @description c: re-subcontracting */
      c: boolean;
      /** @description d: content and frequency of the contractor's reports */
      d: boolean;
      /** @description e: audit or inspection right */
      e: boolean;
      /** @description f: measures on breach */
      f: boolean;
      /** @description g: reporting of incidents and accidents */
      g: boolean;
      /** @description h: measures after the contract ends */
      h: boolean;
    };
    ClockRuleDto: {
      /**
       * Format: date
       * @description Day 1: the Asia/Tokyo calendar day of startsFrom.
       */
      dayOne: string;
      /** @description null: promptly (no fixed day). */
      dueDay: number | null;
      source: string;
      /** @enum {string} */
      startsFrom: 'awareAt' | 'discoveredAt';
      targetDay: number | null;
    };
    CloseAuditDto: {
      /** Format: date */
      closedOn: string;
      findings?: components['schemas']['FindingInputDto'][];
      /** @enum {string} */
      result: 'satisfactory' | 'needs_improvement' | 'unsatisfactory';
      resultComment?: string | null;
      version?: number;
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
    CompletenessDto: {
      /** @description R-JU-02: joint users without a signed contract on file. */
      jointUsersWithoutContract: string[];
      /** @description R-JU-01: required items still empty. */
      missingItems: (
        'dataItems' | 'scope' | 'purposes' | 'responsibleName' | 'responsibleAddress' | 'responsibleRepresentative'
      )[];
    };
    ContractDto: {
      attachments: components['schemas']['AttachmentRefDto'][];
      clauseExceptions: components['schemas']['ClauseExceptionDto'][];
      clauses: components['schemas']['ClausesDto'];
      createdAt: string;
      /** Format: date */
      dataDisposedOn: string | null;
      /** @enum {string} */
      dataDisposition: 'held' | 'returned' | 'deleted';
      /** Format: date */
      endsOn: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date */
      retainUntil: string | null;
      /** Format: date */
      startsOn: string;
      /** Format: uuid */
      subcontractorId: string;
      title: string;
      version: number;
    };
    ContractListDto: {
      items: components['schemas']['ContractDto'][];
      total: number;
    };
    CourseDto: {
      annual: boolean;
      bodyEn: string;
      bodyJa: string;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      /** Format: uuid */
      currentVersionId: string | null;
      /** Format: uuid */
      id: string;
      passMark: number;
      pledgeEn: string;
      pledgeJa: string;
      /** @description Latest published version (0: never published). */
      publishedVersion: number;
      questionCount: number;
      questions: components['schemas']['QuizQuestionDto'][];
      /** @enum {string} */
      status: 'draft' | 'published';
      titleEn: string;
      titleJa: string;
      topics: ('policy' | 'importance' | 'roles' | 'consequences')[];
      updatedAt: string;
      version: number;
      videoUrls: string[];
    };
    CourseListDto: {
      items: components['schemas']['CourseSummaryDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    CourseSummaryDto: {
      annual: boolean;
      /** Format: uuid */
      companyId: string;
      /** Format: uuid */
      id: string;
      passMark: number;
      /** @description Latest published version (0: never published). */
      publishedVersion: number;
      questionCount: number;
      /** @enum {string} */
      status: 'draft' | 'published';
      titleEn: string;
      titleJa: string;
      topics: ('policy' | 'importance' | 'roles' | 'consequences')[];
      updatedAt: string;
      version: number;
    };
    CourseVersionListDto: {
      items: components['schemas']['CourseVersionSummaryDto'][];
    };
    CourseVersionSummaryDto: {
      /** Format: uuid */
      id: string;
      publishedAt: string;
      titleEn: string;
      titleJa: string;
      versionNo: number;
    };
    CoverageListDto: {
      items: components['schemas']['CoverageRowDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    CoverageRowDto: {
      /** Format: uuid */
      companyId: string;
      companyName: string;
      departmentName: string | null;
      employeeNumber: string;
      /** @enum {string} */
      employmentType: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
      familyName: string;
      givenName: string;
      /** @description Last pass of an annual course (Tokyo date). */
      lastPassedOn: string | null;
      /** Format: uuid */
      personId: string;
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
    CreateArrangementDto: {
      acquisitionMethodEn?: string;
      acquisitionMethodJa?: string;
      /**
       * Format: uuid
       * @description The company whose arrangement this is.
       */
      companyId: string;
      /** @description The scope covers the companies of the group directory. */
      coversGroup?: boolean;
      dataItemsEn?: string;
      /** @description Data items used jointly (Japanese; decides the notice). */
      dataItemsJa?: string;
      jointUsers?: components['schemas']['JointUserDto'][];
      purposesEn?: string;
      purposesJa?: string;
      responsibleAddressEn?: string;
      responsibleAddressJa?: string;
      /** Format: uuid */
      responsibleCompanyId?: string | null;
      /** @default true */
      responsibleIsCorporation: boolean;
      responsibleNameEn?: string;
      responsibleNameJa?: string;
      responsibleRepresentativeEn?: string;
      responsibleRepresentativeJa?: string;
      scopeDescriptionEn?: string;
      /** @description Scope of joint users as described to the public. */
      scopeDescriptionJa?: string;
      /** @example GMOインターネットグループ各社との共同利用 */
      title: string;
    };
    CreateAuditDto: {
      /**
       * Format: date
       * @description Defaults to the next audit due date.
       */
      dueOn?: string;
      /**
       * @description Defaults to the tier's kind in the schedule.
       * @enum {string}
       */
      kind?: 'questionnaire' | 'evidence_review' | 'on_site';
      /** @description Defaults to the standard questionnaire. */
      questions?: components['schemas']['QuestionDto'][];
    };
    CreateCampaignDto: {
      audience: components['schemas']['AudienceDto'];
      /**
       * Format: uuid
       * @description The company that runs the campaign and owns the course.
       */
      companyId: string;
      /** Format: uuid */
      courseId: string;
      /**
       * Format: date
       * @example 2026-06-30
       */
      dueOn: string;
      /** @description Reminders 7 days and 1 day before, and when overdue. */
      reminders?: boolean;
      /** @example FY2026 annual PMS training */
      titleEn: string;
      /** @example 2026年度 年次個人情報保護教育 */
      titleJa: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
      /**
       * Format: date
       * @example 2026-09-30
       */
      windowEnd: string;
      /**
       * Format: date
       * @example 2026-04-01
       */
      windowStart: string;
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
    CreateContractDto: {
      clauseExceptions?: components['schemas']['ClauseExceptionDto'][];
      clauses: components['schemas']['ClausesDto'];
      /** Format: date */
      dataDisposedOn?: string | null;
      /** @enum {string} */
      dataDisposition?: 'held' | 'returned' | 'deleted';
      /** Format: date */
      endsOn?: string | null;
      /**
       * Format: date
       * @description Keep the contract until (R-SC-04).
       */
      retainUntil?: string | null;
      /** Format: date */
      startsOn: string;
      /** @example 業務委託契約書（個人情報取扱特約付） */
      title: string;
    };
    CreateCourseDto: {
      /** @description Used as the annual course: must cover all four topics (R-ED-02). */
      annual?: boolean;
      bodyEn: string;
      /** @description Text with headings (#) and lists (-), shown as rich text. */
      bodyJa: string;
      /** Format: uuid */
      companyId: string;
      /** @example 80 */
      passMark: number;
      pledgeEn: string;
      pledgeJa: string;
      questions: components['schemas']['QuizQuestionInputDto'][];
      /** @example FY2026 privacy training */
      titleEn: string;
      /** @example 2026年度 個人情報保護教育 */
      titleJa: string;
      topics: ('policy' | 'importance' | 'roles' | 'consequences')[];
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
      /** @description Video links (https). */
      videoUrls?: string[];
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
    CreateEvaluationDto: {
      comment?: string | null;
      /** Format: date */
      evaluatedOn: string;
      evaluatorName: string;
      scores: components['schemas']['ScoreInputDto'][];
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
    CreateIncidentDto: {
      /**
       * Format: date-time
       * @description When the first employee knew (PPC day 1).
       */
      awareAt: string;
      /** @enum {string|null} */
      cause?:
        | 'operation_error'
        | 'rule_violation'
        | 'insufficient_checking'
        | 'insufficient_training'
        | 'insufficient_risk_identification'
        | 'access_control_deficiency'
        | 'design_or_configuration_deficiency'
        | 'unpatched'
        | 'weak_password'
        | 'other'
        | null;
      causeAnalysis?: string | null;
      /** Format: uuid */
      companyId: string;
      dataItems?: string | null;
      /**
       * Format: date-time
       * @description When the business discovered it (JIPDEC day 1); defaults to awareAt. Not before occurredAt.
       */
      discoveredAt?: string | null;
      /** @enum {string|null} */
      eventType?:
        | 'leak'
        | 'loss'
        | 'destruction'
        | 'falsification'
        | 'improper_acquisition'
        | 'use_beyond_purpose'
        | 'misuse'
        | 'request_refusal'
        | 'risk'
        | null;
      /** @description 財産的被害のおそれ (Rule 7 item 2). */
      financialDamageRisk?: boolean;
      /** @description 高度な暗号化その他の措置: excludes the PPC duty, not the JIPDEC one. */
      highLevelEncryption?: boolean;
      /** @description 不正の目的のおそれ (Rule 7 item 3), incl. data being acquired (web skimming). */
      improperIntent?: boolean;
      /**
       * Format: uuid
       * @description Improvement action (A.3.8).
       */
      improvementActionId?: string | null;
      /** @enum {string|null} */
      incidentType?:
        | 'misdelivery'
        | 'mis_sending'
        | 'loss_damage'
        | 'unauthorized_access'
        | 'misdisplay'
        | 'misregistration'
        | 'malware'
        | 'wrong_disposal'
        | 'theft'
        | 'insider_fraud'
        | null;
      /** @enum {string|null} */
      medium?: 'paper' | 'electronic' | null;
      /** @description 特定個人情報 (My Number) persons. */
      myNumberCount?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      personCount?: number;
      personCountEstimated?: boolean;
      /** @enum {string|null} */
      publicationDecision?: 'published' | 'not_published' | null;
      publicationNote?: string | null;
      recurrencePrevention?: string | null;
      secondaryHarm?: string | null;
      /** @description 要配慮個人情報 (Rule 7 item 1). */
      sensitiveData?: boolean;
      /** @enum {string|null} */
      severity?: 'low' | 'medium' | 'high' | 'critical' | null;
      /**
       * Format: uuid
       * @description Subcontractor involved.
       */
      subcontractorId?: string | null;
      summary: string;
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
    CreateNoticeDto: {
      /** @enum {string} */
      method: 'post' | 'email' | 'phone' | 'public_notice';
      noticeText: string;
      /**
       * Format: date-time
       * @description When the notice was sent (a phone call: its date and time).
       */
      notifiedAt: string;
      /** @description Persons notified (0 for a public notice). */
      personCount: number;
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
    CreateProvisionRecordDto: {
      /** Format: uuid */
      arrangementId?: string | null;
      /** @enum {string} */
      basis: 'consent' | 'opt_out' | 'law_exception' | 'outsourcing' | 'succession' | 'joint_use';
      /** Format: uuid */
      companyId: string;
      /** @default false */
      consentObtained: boolean;
      counterpartyAddress?: string | null;
      /** @default true */
      counterpartyIsCorporation: boolean;
      /** @description Recipient (provision) or provider (receipt). */
      counterpartyName?: string | null;
      counterpartyRepresentative?: string | null;
      dataItems?: string | null;
      /**
       * @description A provision made, or a receipt from a third party.
       * @enum {string}
       */
      direction: 'provision' | 'receipt';
      /**
       * Format: date
       * @description Last provision covered by a bulk record or a contract.
       */
      lastProvidedOn?: string | null;
      /** @description The policy’s case (§7) for a legal exception. */
      lawExceptionCase?: number | null;
      note?: string | null;
      /** @description Who the data is about (names, or a description of the group). */
      personsConcerned?: string | null;
      /**
       * Format: date
       * @description Date provided (or received).
       */
      providedOn?: string | null;
      /** @description Receipt: how the provider acquired the data. */
      providerAcquisition?: string | null;
      /**
       * Format: date
       * @description Date the record was made; today when left out.
       */
      recordedOn?: string | null;
      /** @enum {string} */
      recordingMethod: 'per_provision' | 'bulk' | 'contract';
    };
    CreateResubcontractorDto: {
      /**
       * @description Prior approval, or prior report from the contractor (R-SC-05).
       * @enum {string}
       */
      basis: 'prior_approval' | 'prior_report';
      /** Format: date */
      basisOn: string;
      name: string;
      note?: string | null;
      /**
       * Format: uuid
       * @description The re-subcontractor it works for.
       */
      parentId?: string | null;
      personalDataItems?: string | null;
      services: string;
      /** Format: date */
      startsOn?: string | null;
    };
    CreateSubcontractorDto: {
      address?: string | null;
      /** @description Approximate number of persons. */
      approxPersons: number;
      /** Format: uuid */
      companyId: string;
      contactEmail?: string | null;
      contactName?: string | null;
      /**
       * @description 13 digits.
       * @example 1234567890123
       */
      corporateNumber?: string | null;
      ismsCertified?: boolean;
      /** Format: date */
      ismsExpiresOn?: string | null;
      /** @description Individual numbers (My Number) are entrusted. */
      myNumber?: boolean;
      /** @example 株式会社アドデータ処理 */
      name: string;
      /**
       * Format: uuid
       * @description The officer in charge (reminders).
       */
      ownerAccountId?: string | null;
      /**
       * @description Personal-information items entrusted.
       * @example Cookie ID、IPアドレス
       */
      personalDataItems: string;
      /** Format: date */
      privacyMarkExpiresOn?: string | null;
      /** @example 10800000(01) */
      privacyMarkNumber?: string | null;
      representative?: string | null;
      /**
       * @description Overrides the computed tier; needs a reason.
       * @enum {string|null}
       */
      riskTierOverride?: 'high' | 'medium' | 'low' | null;
      riskTierOverrideReason?: string | null;
      /** @description Sensitive personal information (要配慮個人情報) is entrusted. */
      sensitiveData?: boolean;
      /**
       * @description Services entrusted.
       * @example 広告配信データの集計
       */
      services: string;
    };
    CreateTimelineNoteDto: {
      /** Format: date-time */
      at: string;
      text: string;
    };
    CriterionDto: {
      /** @example certification */
      key: string;
      labelEn: string;
      labelJa: string;
      maxScore: number;
      minScore: number;
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
    DirectoryCompanyDto: {
      /** Format: uuid */
      id: string;
      nameJa: string;
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
    EvaluationDto: {
      comment: string | null;
      createdAt: string;
      criteria: components['schemas']['CriterionDto'][];
      /** Format: date */
      evaluatedOn: string;
      evaluatorName: string;
      /** Format: uuid */
      id: string;
      passed: boolean;
      passMark: number;
      scores: components['schemas']['ScoreDto'][];
      /** Format: uuid */
      subcontractorId: string;
      total: number;
      version: number;
    };
    EvaluationListDto: {
      items: components['schemas']['EvaluationDto'][];
      total: number;
    };
    FieldDiffDto: {
      after: Record<string, never> | null;
      /** @description Text, boolean, or the list of joint users. */
      before: Record<string, never> | null;
      /** @enum {string} */
      field:
        | 'dataItemsJa'
        | 'dataItemsEn'
        | 'scopeDescriptionJa'
        | 'scopeDescriptionEn'
        | 'coversGroup'
        | 'jointUsers'
        | 'purposesJa'
        | 'purposesEn'
        | 'responsibleCompanyId'
        | 'responsibleNameJa'
        | 'responsibleNameEn'
        | 'responsibleAddressJa'
        | 'responsibleAddressEn'
        | 'responsibleRepresentativeJa'
        | 'responsibleRepresentativeEn'
        | 'responsibleIsCorporation'
        | 'acquisitionMethodJa'
        | 'acquisitionMethodEn';
    };
    FieldErrorDto: {
      /** @example NOT_AN_INTEGER */
      code: string;
      /** @example personCount */
      field: string;
      /** @example personCount must be an integer number */
      message: string;
    };
    FindingDto: {
      description: string;
      /** Format: date */
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      improvementActionId: string | null;
      ownerName: string;
    };
    FindingImprovementActionDto: {
      /**
       * @default minor_nonconformity
       * @enum {string}
       */
      grade: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
      /**
       * Format: uuid
       * @description The person responsible (an active person of the company).
       */
      ownerPersonId: string;
    };
    FindingInputDto: {
      /** @description Open a corrective action (A.3.8) from the finding in the same transaction and store its id as improvementActionId. */
      createImprovementAction?: components['schemas']['FindingImprovementActionDto'];
      description: string;
      /** Format: date */
      dueOn: string;
      /**
       * Format: uuid
       * @description The improvement action it became.
       */
      improvementActionId?: string | null;
      /** @description Who must act on it. */
      ownerName: string;
    };
    GrantsDto: {
      account?: ('read' | 'create' | 'update' | 'delete')[];
      audit_trail?: ('read' | 'create' | 'update' | 'delete')[];
      company?: ('read' | 'create' | 'update' | 'delete')[];
      dashboard?: ('read' | 'create' | 'update' | 'delete')[];
      department?: ('read' | 'create' | 'update' | 'delete')[];
      improvement_action?: ('read' | 'create' | 'update' | 'delete')[];
      incident?: ('read' | 'create' | 'update' | 'delete')[];
      incident_report?: ('read' | 'create' | 'update' | 'delete')[];
      joint_use?: ('read' | 'create' | 'update' | 'delete')[];
      management_review?: ('read' | 'create' | 'update' | 'delete')[];
      membership?: ('read' | 'create' | 'update' | 'delete')[];
      operations?: ('read' | 'create' | 'update' | 'delete')[];
      person?: ('read' | 'create' | 'update' | 'delete')[];
      provision_record?: ('read' | 'create' | 'update' | 'delete')[];
      roster_import?: ('read' | 'create' | 'update' | 'delete')[];
      subcontractor?: ('read' | 'create' | 'update' | 'delete')[];
      training_campaign?: ('read' | 'create' | 'update' | 'delete')[];
      training_course?: ('read' | 'create' | 'update' | 'delete')[];
    };
    GroupReviewDto: {
      added: components['schemas']['DirectoryCompanyDto'][];
      /** @description A company joined or left the group directory since the last publication. */
      needed: boolean;
      removed: components['schemas']['DirectoryCompanyDto'][];
    };
    HealthDto: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    HistoryEventDto: {
      action: string;
      actorEmail: string | null;
      changes: {
        [key: string]: unknown;
      } | null;
      /** Format: uuid */
      entityId: string | null;
      entityType: string;
      /** Format: uuid */
      id: string;
      occurredAt: string;
    };
    HistoryListDto: {
      items: components['schemas']['HistoryEventDto'][];
      total: number;
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
    IncidentClockDto: {
      daysLeft: number | null;
      /** Format: date-time */
      doneAt: string | null;
      /** Format: date */
      dueDate: string | null;
      /** @enum {string} */
      kind: 'ppc_preliminary' | 'ppc_final' | 'notify_persons' | 'jipdec_preliminary' | 'jipdec_final';
      late: boolean;
      rule: components['schemas']['ClockRuleDto'];
      /** @enum {string} */
      status: 'open' | 'due_soon' | 'due_today' | 'overdue' | 'promptly' | 'done';
      /** Format: date */
      targetDate: string | null;
    };
    IncidentDto: {
      /** Format: date-time */
      awareAt: string;
      /** @description Whether the caller may triage and edit it. */
      canManage: boolean;
      /** @enum {string|null} */
      cause:
        | 'operation_error'
        | 'rule_violation'
        | 'insufficient_checking'
        | 'insufficient_training'
        | 'insufficient_risk_identification'
        | 'access_control_deficiency'
        | 'design_or_configuration_deficiency'
        | 'unpatched'
        | 'weak_password'
        | 'other'
        | null;
      causeAnalysis: string | null;
      checklist: components['schemas']['ChecklistEntryDto'][];
      /** Format: date-time */
      closedAt: string | null;
      /** Format: uuid */
      companyId: string;
      createdAt: string;
      dataItems: string | null;
      deadlines: components['schemas']['IncidentClockDto'][];
      /**
       * Format: date-time
       * @description Defaults to awareAt.
       */
      discoveredAt: string;
      /** @enum {string|null} */
      eventType:
        | 'leak'
        | 'loss'
        | 'destruction'
        | 'falsification'
        | 'improper_acquisition'
        | 'use_beyond_purpose'
        | 'misuse'
        | 'request_refusal'
        | 'risk'
        | null;
      financialDamageRisk: boolean;
      highLevelEncryption: boolean;
      /** Format: uuid */
      id: string;
      improperIntent: boolean;
      /** Format: uuid */
      improvementActionId: string | null;
      /** @enum {string|null} */
      incidentType:
        | 'misdelivery'
        | 'mis_sending'
        | 'loss_damage'
        | 'unauthorized_access'
        | 'misdisplay'
        | 'misregistration'
        | 'malware'
        | 'wrong_disposal'
        | 'theft'
        | 'insider_fraud'
        | null;
      /** @description R-LK-04. */
      jipdecPreliminaryRequired: boolean;
      /** @enum {string|null} */
      medium: 'paper' | 'electronic' | null;
      myNumberCount: number | null;
      nearestClock: components['schemas']['IncidentClockDto'] | null;
      /** Format: date-time */
      occurredAt: string | null;
      personCount: number;
      personCountEstimated: boolean;
      /** @description R-LK-02 and the My Number rule. */
      ppcReportable: boolean;
      /** @enum {string|null} */
      publicationDecision: 'published' | 'not_published' | null;
      publicationNote: string | null;
      recurrencePrevention: string | null;
      reportabilityReasons: (
        'sensitive_data' | 'financial_damage_risk' | 'improper_intent' | 'over_1000_persons' | 'my_number_over_100'
      )[];
      /** Format: uuid */
      reporterAccountId: string;
      /** @description Family name first. */
      reporterName: string | null;
      secondaryHarm: string | null;
      sensitiveData: boolean;
      /** @enum {string|null} */
      severity: 'low' | 'medium' | 'high' | 'critical' | null;
      /** @enum {string} */
      status: 'reported' | 'triage' | 'contained' | 'reporting' | 'notifying' | 'closed';
      /** Format: uuid */
      subcontractorId: string | null;
      summary: string;
      title: string;
      updatedAt: string;
      version: number;
    };
    IncidentExportDto: {
      exportedAt: string;
      incident: components['schemas']['IncidentDto'];
      notices: components['schemas']['IncidentNoticeDto'][];
      reports: components['schemas']['IncidentReportDto'][];
      timeline: components['schemas']['TimelineEntryDto'][];
    };
    IncidentImprovementActionDto: {
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueOn: string;
      /**
       * @default minor_nonconformity
       * @enum {string}
       */
      grade: 'major_nonconformity' | 'minor_nonconformity' | 'observation' | 'opportunity';
      /**
       * Format: uuid
       * @description The person responsible (an active person of the company).
       */
      ownerPersonId: string;
      /** @description Defaults to 「再発防止: <incident title>」. */
      title?: string;
    };
    IncidentNoticeDto: {
      createdAt: string;
      createdBy: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      method: 'post' | 'email' | 'phone' | 'public_notice';
      noticeText: string;
      /** Format: date-time */
      notifiedAt: string;
      personCount: number;
    };
    IncidentPageDto: {
      items: components['schemas']['IncidentDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    IncidentReportDto: {
      /** @enum {string} */
      body: 'ppc' | 'jipdec';
      content: components['schemas']['ReportItemsDto'];
      /**
       * Format: uuid
       * @description null: a prefilled draft never saved.
       */
      id: string | null;
      /** @description Whether the clocks call for this report. */
      required: boolean;
      /** @enum {string} */
      stage: 'preliminary' | 'final';
      submitted: components['schemas']['ReportSnapshotDto'] | null;
      /** @description 0 for a draft never saved. */
      version: number;
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
    JointUseNoticeDto: {
      /** Format: uuid */
      arrangementId: string;
      /** Format: date */
      effectiveOn: string | null;
      /** @enum {string} */
      lang: 'ja' | 'en';
      publishedAt: string;
      text: string;
      versionNo: number;
    };
    JointUserDto: {
      address?: string | null;
      /**
       * Format: uuid
       * @description A company of the group directory.
       */
      companyId?: string | null;
      /** @description Where the signed contract is kept. */
      contractReference?: string | null;
      /**
       * Format: date
       * @description Joint-use contract signed on.
       */
      contractSignedOn?: string | null;
      /**
       * @description ISO 3166-1 alpha-2.
       * @example JP
       */
      country?: string | null;
      /** @example Written Byte Ltd */
      name: string;
      representative?: string | null;
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
    MakeUpDto: {
      /**
       * Format: date
       * @example 2026-07-31
       */
      dueOn: string;
      /** @description People who missed the due date. */
      personIds: string[];
    };
    MakeUpResultDto: {
      created: number;
    };
    ManagementReviewDto: {
      attendees: components['schemas']['ReviewAttendeeDto'][];
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
    MyAssignmentDetailDto: {
      attempts: number;
      /** Format: uuid */
      attestationId: string | null;
      bestScore: number | null;
      /** Format: uuid */
      campaignId: string;
      course: components['schemas']['VisibleCourseDto'];
      dueOn: string;
      history: components['schemas']['AttemptSummaryDto'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'regular' | 'makeup';
      passedAt: string | null;
      /** @enum {string} */
      state: 'open' | 'overdue' | 'passed' | 'withdrawn';
      titleEn: string;
      titleJa: string;
    };
    MyAssignmentDto: {
      attempts: number;
      /** Format: uuid */
      attestationId: string | null;
      bestScore: number | null;
      /** Format: uuid */
      campaignId: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'regular' | 'makeup';
      passedAt: string | null;
      /** @enum {string} */
      state: 'open' | 'overdue' | 'passed' | 'withdrawn';
      titleEn: string;
      titleJa: string;
    };
    MyAssignmentListDto: {
      items: components['schemas']['MyAssignmentDto'][];
      total: number;
    };
    NoticeTemplateDto: {
      text: string;
    };
    NoticeVersionDto: {
      changeKinds: ('responsible_details' | 'purposes' | 'responsible_party' | 'data_items' | 'scope' | 'other')[];
      /** @description Field by field against the previous version. */
      diff: components['schemas']['FieldDiffDto'][];
      /** Format: date */
      effectiveOn: string | null;
      /** @enum {string|null} */
      exception: 'prior_consent' | 'joint_user_renamed' | 'merger_succession' | null;
      /** Format: uuid */
      id: string;
      justification: string | null;
      /** @description Required items missing in this version. */
      missingItems: (
        'dataItems' | 'scope' | 'purposes' | 'responsibleName' | 'responsibleAddress' | 'responsibleRepresentative'
      )[];
      /** @enum {string} */
      origin: 'published' | 'imported';
      publishedAt: string;
      textEn: string;
      textJa: string;
      versionNo: number;
    };
    NoticeVersionPageDto: {
      items: components['schemas']['NoticeVersionDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
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
    OfficerPageDto: {
      items: components['schemas']['OfficerStatusDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    OfficerStatusDto: {
      /** Format: uuid */
      companyId: string;
      companyNameEn: string;
      companyNameJa: string;
      /** @description Names of the executives with a role in the company. */
      executives: string[];
      /** @description No active account holds the PMS manager role in the company itself. */
      pmsManagerMissing: boolean;
      /** @description Names of the PMS managers (個人情報保護管理者) appointed in the company. */
      pmsManagers: string[];
    };
    PendingChangeDto: {
      /** Format: date */
      effectiveOn: string | null;
      /** @enum {string|null} */
      exception: 'prior_consent' | 'joint_user_renamed' | 'merger_succession' | null;
      justification: string | null;
      kinds: ('responsible_details' | 'purposes' | 'responsible_party' | 'data_items' | 'scope' | 'other')[];
      /** @description Publish without delay since (responsible party details changed). */
      publishWithoutDelaySince: string | null;
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
    ProgressDto: {
      byCompany: components['schemas']['ProgressGroupDto'][];
      byDepartment: components['schemas']['ProgressGroupDto'][];
      byEmploymentType: components['schemas']['ProgressGroupDto'][];
      /** Format: uuid */
      campaignId: string;
      /** @description Limited to the caller's own department (department managers). */
      departmentOnly: boolean;
      overall: components['schemas']['CampaignCountsDto'];
    };
    ProgressGroupDto: {
      /** @description Company id, department id or employment type. */
      key: string | null;
      label: string | null;
      open: number;
      overdue: number;
      passed: number;
      rate: number;
      total: number;
    };
    ProvisionRecordDto: {
      /** Format: uuid */
      arrangementId: string | null;
      /** @enum {string} */
      basis: 'consent' | 'opt_out' | 'law_exception' | 'outsourcing' | 'succession' | 'joint_use';
      /** Format: uuid */
      companyId: string;
      consentObtained: boolean;
      counterpartyAddress: string | null;
      counterpartyIsCorporation: boolean;
      counterpartyName: string | null;
      counterpartyRepresentative: string | null;
      createdAt: string;
      dataItems: string | null;
      /** @description Whether it may be deleted today. */
      deletable: boolean;
      /** @enum {string} */
      direction: 'provision' | 'receipt';
      /** Format: uuid */
      id: string;
      /** Format: date */
      lastProvidedOn: string | null;
      lawExceptionCase: number | null;
      note: string | null;
      personsConcerned: string | null;
      /** Format: date */
      providedOn: string | null;
      providerAcquisition: string | null;
      /**
       * Format: date
       * @description R-TP-02: kept until this date.
       */
      purgeAfter: string;
      /** Format: date */
      recordedOn: string;
      /** @enum {string} */
      recordingMethod: 'per_provision' | 'bulk' | 'contract';
      /** @description R-TP-01: whether the basis requires a record. */
      recordRequired: boolean;
      updatedAt: string;
      version: number;
    };
    ProvisionRecordPageDto: {
      items: components['schemas']['ProvisionRecordDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    PublicQuestionnaireDto: {
      answers: {
        [key: string]: string;
      };
      evidence: components['schemas']['AttachmentRefDto'][];
      expiresAt: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      questions: components['schemas']['QuestionDto'][];
      /** @description The company asking. */
      requesterName: string;
      savedAt: string | null;
      /** @description The subcontractor the questionnaire is about. */
      subcontractorName: string;
    };
    QuestionDto: {
      key: string;
      textEn: string;
      textJa: string;
    };
    QuestionnaireLinkSummaryDto: {
      createdAt: string;
      expiresAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'ja' | 'en';
      sentTo: string;
      /** @enum {string} */
      state: 'usable' | 'expired' | 'used' | 'revoked';
      submittedAt: string | null;
    };
    QuestionResultDto: {
      correct: boolean;
      questionId: string;
    };
    QuizOptionDto: {
      correct: boolean;
      id: string;
      textEn: string;
      textJa: string;
    };
    QuizOptionInputDto: {
      correct: boolean;
      /** @description Kept across edits; made by the server when left out. */
      id?: string;
      textEn: string;
      textJa: string;
    };
    QuizQuestionDto: {
      id: string;
      /** @enum {string} */
      kind: 'single' | 'multiple';
      options: components['schemas']['QuizOptionDto'][];
      textEn: string;
      textJa: string;
    };
    QuizQuestionInputDto: {
      id?: string;
      /** @enum {string} */
      kind: 'single' | 'multiple';
      options: components['schemas']['QuizOptionInputDto'][];
      textEn: string;
      textJa: string;
    };
    ReportIncidentDto: {
      /**
       * Format: date-time
       * @description When you (the first employee) learned of it.
       */
      awareAt: string;
      /** Format: uuid */
      companyId: string;
      /** @enum {string|null} */
      medium?: 'paper' | 'electronic' | null;
      /** Format: date-time */
      occurredAt?: string | null;
      /** @description Persons affected, as far as known (0 when unknown). */
      personCount?: number;
      /** @description What happened, as far as known. */
      summary: string;
      /** @example 顧客リストのメール誤送信 */
      title: string;
    };
    ReportItemsDto: {
      /** @description 6. 本人への対応の実施状況 */
      actionsForPersons: string;
      /** @description 4. 原因 */
      cause: string;
      /** @description 2. 個人データの項目 */
      dataItems: string;
      /** @description 9. その他参考となる事項 */
      other: string;
      /** @description 3. 本人の数 */
      personCount: string;
      /** @description 7. 公表の実施状況 */
      publication: string;
      /** @description 8. 再発防止のための措置 */
      recurrencePrevention: string;
      /** @description 5. 二次被害又はそのおそれの有無及びその内容 */
      secondaryHarm: string;
      /** @description 1. 概要 */
      summary: string;
    };
    ReportSnapshotDto: {
      content: components['schemas']['ReportItemsDto'];
      /** @description The record facts at submission. */
      facts: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      submittedAt: string;
      /** Format: uuid */
      submittedBy: string;
      submittedByName: string | null;
    };
    ResetPasswordDto: {
      /** @description Temporary password. Left out: one is generated and returned once. */
      password?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    ResubcontractorDto: {
      /** @enum {string} */
      basis: 'prior_approval' | 'prior_report';
      /** Format: date */
      basisOn: string;
      depth: number;
      /** Format: uuid */
      id: string;
      name: string;
      note: string | null;
      /** Format: uuid */
      parentId: string | null;
      personalDataItems: string | null;
      services: string;
      /** Format: date */
      startsOn: string | null;
      /** Format: uuid */
      subcontractorId: string;
      version: number;
    };
    ResubcontractorListDto: {
      items: components['schemas']['ResubcontractorDto'][];
      total: number;
    };
    ReviewAttendeeDto: {
      name: string;
      /** Format: uuid */
      personId: string;
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
    ReviewItemDetailDto: {
      /** @description incidents: the cause code, null: not recorded */
      cause?: string | null;
      /** @description incidents */
      count?: number;
      /**
       * Format: date
       * @description action; subcontractor: the date the reason refers to
       */
      dueOn?: string;
      /** @description incidents: the event code, null: not classified */
      eventType?: string | null;
      /** @enum {string} */
      kind: 'action' | 'incidents' | 'notice_version' | 'subcontractor';
      /** @description action: the owner by name */
      owner?: string;
      /**
       * Format: date
       * @description notice_version
       */
      publishedOn?: string;
      /**
       * @description subcontractor: why it is named
       * @enum {string}
       */
      reason?: 'audit_overdue' | 'contract_ends' | 'certification_expires';
      /** @description action: its status code */
      status?: string;
      /** @description action, notice_version, subcontractor (its name) */
      title?: string;
      /** @description notice_version */
      versionNo?: number;
    };
    ReviewItemDto: {
      /** @description What the line is made of, to write it in another language; null in snapshots compiled without it. */
      detail: components['schemas']['ReviewItemDetailDto'] | null;
      link: string | null;
      /** @description The line in Japanese, as the printed minutes write it. */
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
    SaveAnswersDto: {
      answers: {
        [key: string]: string;
      };
    };
    SaveReportDto: {
      content: components['schemas']['ReportItemsDto'];
      /** @description The version you edited (0 for a draft never saved). */
      version?: number;
    };
    ScoreDto: {
      criterionKey: string;
      evidence: string | null;
      score: number;
    };
    ScoreInputDto: {
      criterionKey: string;
      evidence?: string | null;
      /** @description Within the criterion's range. */
      score: number;
    };
    SendQuestionnaireDto: {
      /** @default 21 */
      expiresInDays: number;
      /** @enum {string} */
      language: 'ja' | 'en';
      /** @description The subcontractor's contact. */
      sentTo: string;
    };
    SentQuestionnaireDto: {
      audit: components['schemas']['AuditDto'];
      /** @description The link, shown once (only its hash is kept). */
      url: string;
    };
    SettingsDto: {
      auditSchedule: components['schemas']['AuditScheduleDto'];
      /** Format: uuid */
      companyId: string;
      criteria: components['schemas']['CriterionDto'][];
      passMark: number;
      /** @description 0 while the defaults are in force. */
      version: number;
    };
    SubcontractorDto: {
      address: string | null;
      allowedTransitions: (
        'candidate' | 'evaluating' | 'approved' | 'conditionally_approved' | 'suspended' | 'terminated'
      )[];
      /** Format: date */
      approvedOn: string | null;
      approxPersons: number;
      /** @description The supervision audit is overdue (Asia/Tokyo). */
      auditOverdue: boolean;
      /** Format: uuid */
      companyId: string;
      /** @enum {string} */
      computedRiskTier: 'high' | 'medium' | 'low';
      contactEmail: string | null;
      contactName: string | null;
      /** Format: date */
      contractEndsOn: string | null;
      corporateNumber: string | null;
      createdAt: string;
      /** @description The contract or a certification expires within 60 days. */
      expiring: boolean;
      /** Format: uuid */
      id: string;
      ismsCertified: boolean;
      /** Format: date */
      ismsExpiresOn: string | null;
      /** Format: date */
      lastAuditOn: string | null;
      myNumber: boolean;
      name: string;
      /** Format: date */
      nextAuditDueOn: string | null;
      /** Format: uuid */
      ownerAccountId: string | null;
      personalDataItems: string;
      /** Format: date */
      privacyMarkExpiresOn: string | null;
      privacyMarkNumber: string | null;
      representative: string | null;
      /** @enum {string} */
      riskTier: 'high' | 'medium' | 'low';
      /** @enum {string|null} */
      riskTierOverride: 'high' | 'medium' | 'low' | null;
      riskTierOverrideReason: string | null;
      sensitiveData: boolean;
      services: string;
      /** @enum {string} */
      status: 'candidate' | 'evaluating' | 'approved' | 'conditionally_approved' | 'suspended' | 'terminated';
      updatedAt: string;
      version: number;
    };
    SubcontractorPageDto: {
      items: components['schemas']['SubcontractorDto'][];
      /** @description Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /**
       * @description Rows matching the filters, over all pages.
       * @example 1
       */
      total: number;
    };
    SubmitAttemptDto: {
      answers: components['schemas']['AnswerDto'][];
      /**
       * Format: uuid
       * @description The course version the answers are for.
       */
      courseVersionId: string;
      /** @description The pledge (誓約書) is accepted; required to record a pass. */
      pledgeAccepted: boolean;
    };
    SubmitReportDto: {
      /**
       * Format: date-time
       * @description When it was filed; defaults to now.
       */
      submittedAt?: string;
      /** @description The version you edited (0 for a draft never saved). */
      version?: number;
    };
    SummaryDto: {
      /** @description Mean score of the passing attempts. */
      averageScore: number;
      campaign: components['schemas']['CampaignDto'];
      companyNameEn: string;
      companyNameJa: string;
      courseVersionNo: number;
      generatedAt: string;
      makeUps: number;
      passMark: number;
      progress: components['schemas']['ProgressDto'];
      questionCount: number;
      topics: ('policy' | 'importance' | 'roles' | 'consequences')[];
    };
    SyncResultDto: {
      /** @description New hires assigned. */
      assigned: number;
      /** @description Leavers' open assignments withdrawn. */
      withdrawn: number;
    };
    TierScheduleDto: {
      /** @enum {string} */
      kind: 'questionnaire' | 'evidence_review' | 'on_site';
      /** @description Months between audits. */
      months: number;
    };
    TimelineEntryDto: {
      /** Format: uuid */
      actorAccountId: string | null;
      actorName: string | null;
      /** Format: date-time */
      at: string;
      details: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      kind: string;
    };
    TrainingAttendeeDto: {
      attempts: number;
      /** Format: uuid */
      attestationId: string | null;
      bestScore: number | null;
      /** Format: uuid */
      companyId: string;
      companyName: string;
      /** Format: uuid */
      departmentId: string | null;
      departmentName: string | null;
      dueOn: string;
      employeeNumber: string;
      /** @enum {string} */
      employmentType: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
      familyName: string;
      givenName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'regular' | 'makeup';
      passedAt: string | null;
      /** Format: uuid */
      personId: string;
      /** @enum {string} */
      state: 'open' | 'overdue' | 'passed' | 'withdrawn';
    };
    TransitionIncidentDto: {
      /** @enum {string} */
      status: 'reported' | 'triage' | 'contained' | 'reporting' | 'notifying' | 'closed';
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    TransitionSubcontractorDto: {
      /** @enum {string} */
      status: 'candidate' | 'evaluating' | 'approved' | 'conditionally_approved' | 'suspended' | 'terminated';
      version?: number;
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
    UpdateCampaignDto: {
      /**
       * Format: date
       * @example 2026-06-30
       */
      dueOn?: string;
      /** @description Reminders 7 days and 1 day before, and when overdue. */
      reminders?: boolean;
      /** @enum {string} */
      status?: 'open' | 'closed';
      /** @example FY2026 annual PMS training */
      titleEn?: string;
      /** @example 2026年度 年次個人情報保護教育 */
      titleJa?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
      /**
       * Format: date
       * @example 2026-09-30
       */
      windowEnd?: string;
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
    UpdateContractDto: {
      clauseExceptions?: components['schemas']['ClauseExceptionDto'][];
      clauses?: components['schemas']['ClausesDto'];
      /** Format: date */
      dataDisposedOn?: string | null;
      /** @enum {string} */
      dataDisposition?: 'held' | 'returned' | 'deleted';
      /** Format: date */
      endsOn?: string | null;
      /**
       * Format: date
       * @description Keep the contract until (R-SC-04).
       */
      retainUntil?: string | null;
      /** Format: date */
      startsOn?: string;
      /** @example 業務委託契約書（個人情報取扱特約付） */
      title?: string;
      version?: number;
    };
    UpdateCourseDto: {
      /** @description Used as the annual course: must cover all four topics (R-ED-02). */
      annual?: boolean;
      bodyEn?: string;
      /** @description Text with headings (#) and lists (-), shown as rich text. */
      bodyJa?: string;
      /** @example 80 */
      passMark?: number;
      pledgeEn?: string;
      pledgeJa?: string;
      questions?: components['schemas']['QuizQuestionInputDto'][];
      /** @example FY2026 privacy training */
      titleEn?: string;
      /** @example 2026年度 個人情報保護教育 */
      titleJa?: string;
      topics?: ('policy' | 'importance' | 'roles' | 'consequences')[];
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
      /** @description Video links (https). */
      videoUrls?: string[];
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
    UpdateIncidentDto: {
      /**
       * Format: date-time
       * @description When the first employee knew (PPC day 1).
       */
      awareAt?: string;
      /** @enum {string|null} */
      cause?:
        | 'operation_error'
        | 'rule_violation'
        | 'insufficient_checking'
        | 'insufficient_training'
        | 'insufficient_risk_identification'
        | 'access_control_deficiency'
        | 'design_or_configuration_deficiency'
        | 'unpatched'
        | 'weak_password'
        | 'other'
        | null;
      causeAnalysis?: string | null;
      /** @description Open a corrective action from the recurrence prevention (recorded or sent with this update) and link it as improvementActionId. */
      createImprovementAction?: components['schemas']['IncidentImprovementActionDto'];
      dataItems?: string | null;
      /**
       * Format: date-time
       * @description When the business discovered it (JIPDEC day 1); defaults to awareAt. Not before occurredAt.
       */
      discoveredAt?: string | null;
      /** @enum {string|null} */
      eventType?:
        | 'leak'
        | 'loss'
        | 'destruction'
        | 'falsification'
        | 'improper_acquisition'
        | 'use_beyond_purpose'
        | 'misuse'
        | 'request_refusal'
        | 'risk'
        | null;
      /** @description 財産的被害のおそれ (Rule 7 item 2). */
      financialDamageRisk?: boolean;
      /** @description 高度な暗号化その他の措置: excludes the PPC duty, not the JIPDEC one. */
      highLevelEncryption?: boolean;
      /** @description 不正の目的のおそれ (Rule 7 item 3), incl. data being acquired (web skimming). */
      improperIntent?: boolean;
      /**
       * Format: uuid
       * @description Improvement action (A.3.8).
       */
      improvementActionId?: string | null;
      /** @enum {string|null} */
      incidentType?:
        | 'misdelivery'
        | 'mis_sending'
        | 'loss_damage'
        | 'unauthorized_access'
        | 'misdisplay'
        | 'misregistration'
        | 'malware'
        | 'wrong_disposal'
        | 'theft'
        | 'insider_fraud'
        | null;
      /** @enum {string|null} */
      medium?: 'paper' | 'electronic' | null;
      /** @description 特定個人情報 (My Number) persons. */
      myNumberCount?: number | null;
      /** Format: date-time */
      occurredAt?: string | null;
      personCount?: number;
      personCountEstimated?: boolean;
      /** @enum {string|null} */
      publicationDecision?: 'published' | 'not_published' | null;
      publicationNote?: string | null;
      recurrencePrevention?: string | null;
      secondaryHarm?: string | null;
      /** @description 要配慮個人情報 (Rule 7 item 1). */
      sensitiveData?: boolean;
      /** @enum {string|null} */
      severity?: 'low' | 'medium' | 'high' | 'critical' | null;
      /**
       * Format: uuid
       * @description Subcontractor involved.
       */
      subcontractorId?: string | null;
      summary?: string;
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
    UpdateProvisionRecordDto: {
      /** Format: uuid */
      arrangementId?: string | null;
      /** @enum {string} */
      basis?: 'consent' | 'opt_out' | 'law_exception' | 'outsourcing' | 'succession' | 'joint_use';
      /** @default false */
      consentObtained: boolean;
      counterpartyAddress?: string | null;
      /** @default true */
      counterpartyIsCorporation: boolean;
      /** @description Recipient (provision) or provider (receipt). */
      counterpartyName?: string | null;
      counterpartyRepresentative?: string | null;
      dataItems?: string | null;
      /**
       * @description A provision made, or a receipt from a third party.
       * @enum {string}
       */
      direction?: 'provision' | 'receipt';
      /**
       * Format: date
       * @description Last provision covered by a bulk record or a contract.
       */
      lastProvidedOn?: string | null;
      /** @description The policy’s case (§7) for a legal exception. */
      lawExceptionCase?: number | null;
      note?: string | null;
      /** @description Who the data is about (names, or a description of the group). */
      personsConcerned?: string | null;
      /**
       * Format: date
       * @description Date provided (or received).
       */
      providedOn?: string | null;
      /** @description Receipt: how the provider acquired the data. */
      providerAcquisition?: string | null;
      /**
       * Format: date
       * @description Date the record was made; today when left out.
       */
      recordedOn?: string | null;
      /** @enum {string} */
      recordingMethod?: 'per_provision' | 'bulk' | 'contract';
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    UpdateSettingsDto: {
      auditSchedule: components['schemas']['AuditScheduleDto'];
      criteria: components['schemas']['CriterionDto'][];
      passMark: number;
      /** @description The version you edited (0 while the defaults are in force). */
      version?: number;
    };
    UpdateSubcontractorDto: {
      address?: string | null;
      /** @description Approximate number of persons. */
      approxPersons?: number;
      contactEmail?: string | null;
      contactName?: string | null;
      /**
       * @description 13 digits.
       * @example 1234567890123
       */
      corporateNumber?: string | null;
      ismsCertified?: boolean;
      /** Format: date */
      ismsExpiresOn?: string | null;
      /** @description Individual numbers (My Number) are entrusted. */
      myNumber?: boolean;
      /** @example 株式会社アドデータ処理 */
      name?: string;
      /**
       * Format: uuid
       * @description The officer in charge (reminders).
       */
      ownerAccountId?: string | null;
      /**
       * @description Personal-information items entrusted.
       * @example Cookie ID、IPアドレス
       */
      personalDataItems?: string;
      /** Format: date */
      privacyMarkExpiresOn?: string | null;
      /** @example 10800000(01) */
      privacyMarkNumber?: string | null;
      representative?: string | null;
      /**
       * @description Overrides the computed tier; needs a reason.
       * @enum {string|null}
       */
      riskTierOverride?: 'high' | 'medium' | 'low' | null;
      riskTierOverrideReason?: string | null;
      /** @description Sensitive personal information (要配慮個人情報) is entrusted. */
      sensitiveData?: boolean;
      /**
       * @description Services entrusted.
       * @example 広告配信データの集計
       */
      services?: string;
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    VersionedDto: {
      /** @description The version you edited; or send it as If-Match. */
      version?: number;
    };
    VisibleCourseDto: {
      /** @description The files of this version, as published. */
      attachments: components['schemas']['AttachmentDto'][];
      bodyEn: string;
      bodyJa: string;
      passMark: number;
      pledgeEn: string;
      pledgeJa: string;
      /** @description Shuffled; without the correct options. */
      questions: components['schemas']['VisibleQuestionDto'][];
      titleEn: string;
      titleJa: string;
      /** Format: uuid */
      versionId: string;
      versionNo: number;
      videoUrls: string[];
    };
    VisibleOptionDto: {
      id: string;
      textEn: string;
      textJa: string;
    };
    VisibleQuestionDto: {
      id: string;
      /** @enum {string} */
      kind: 'single' | 'multiple';
      options: components['schemas']['VisibleOptionDto'][];
      textEn: string;
      textJa: string;
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
  SubcontractorSettings_get: {
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
          'application/json': components['schemas']['SettingsDto'];
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
  SubcontractorSettings_update: {
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
        'application/json': components['schemas']['UpdateSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SettingsDto'];
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
      /** @description STALE_VERSION */
      409: {
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
  Dashboard_officers: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description missing: companies without a PMS manager. */
        state?: 'missing';
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
          'application/json': components['schemas']['OfficerPageDto'];
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
  Incidents_list: {
    parameters: {
      query?: {
        /** @description Only open incidents with a legal clock (report or notice) past its due date (Asia/Tokyo). */
        clockOverdue?: boolean;
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Only incidents that are not closed. */
        open?: boolean;
        /** @description Words to find in the title or summary. */
        q?: string;
        /** @description nextClock: the earliest running legal report clock first (its date is the first item's nearestClock.dueDate); incidents without one last. */
        sort?: 'awareAt' | '-awareAt' | 'updatedAt' | '-updatedAt' | 'nextClock';
        status?: 'reported' | 'triage' | 'contained' | 'reporting' | 'notifying' | 'closed';
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
          'application/json': components['schemas']['IncidentPageDto'];
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
  Incidents_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIncidentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
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
  Incidents_get: {
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
          'application/json': components['schemas']['IncidentDto'];
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
  Incidents_update: {
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
        'application/json': components['schemas']['UpdateIncidentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
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
      /** @description STALE_VERSION, INCIDENT_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_attachments: {
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  Incidents_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Buffer'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
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
      /** @description INCIDENT_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Incidents_export: {
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
          'application/json': components['schemas']['IncidentExportDto'];
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
  Incidents_noticeTemplate: {
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
          'application/json': components['schemas']['NoticeTemplateDto'];
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
  Incidents_notices: {
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
          'application/json': components['schemas']['IncidentNoticeDto'][];
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
  Incidents_addNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNoticeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentNoticeDto'];
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
      /** @description INCIDENT_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_reports: {
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
          'application/json': components['schemas']['IncidentReportDto'][];
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
  Incidents_saveReport: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        body: 'ppc' | 'jipdec';
        id: string;
        stage: 'preliminary' | 'final';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentReportDto'];
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
      /** @description STALE_VERSION, INCIDENT_REPORT_SUBMITTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_submitReport: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        body: 'ppc' | 'jipdec';
        id: string;
        stage: 'preliminary' | 'final';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitReportDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentReportDto'];
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
      /** @description STALE_VERSION, INCIDENT_REPORT_SUBMITTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_timeline: {
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
          'application/json': components['schemas']['TimelineEntryDto'][];
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
  Incidents_addNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTimelineNoteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
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
  Incidents_transition: {
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
        'application/json': components['schemas']['TransitionIncidentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
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
      /** @description STALE_VERSION, INCIDENT_INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description INCIDENT_CLOSE_CHECKLIST_INCOMPLETE (missing: the items) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Incidents_exportTable: {
    parameters: {
      query?: {
        /** @description Only open incidents with a legal clock (report or notice) past its due date (Asia/Tokyo). */
        clockOverdue?: boolean;
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        format?: 'csv' | 'xlsx';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Only incidents that are not closed. */
        open?: boolean;
        /** @description Words to find in the title or summary. */
        q?: string;
        /** @description nextClock: the earliest running legal report clock first (its date is the first item's nearestClock.dueDate); incidents without one last. */
        sort?: 'awareAt' | '-awareAt' | 'updatedAt' | '-updatedAt' | 'nextClock';
        status?: 'reported' | 'triage' | 'contained' | 'reporting' | 'notifying' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Incidents_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportIncidentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
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
  Arrangements_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        q?: string;
        status?: 'draft' | 'published' | 'ended';
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
          'application/json': components['schemas']['ArrangementPageDto'];
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
  Arrangements_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateArrangementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrangementDto'];
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
  Arrangements_get: {
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
      /** @description With completeness (R-JU-01, R-JU-02) and the group review. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrangementDto'];
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
  Arrangements_remove: {
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
      /** @description STALE_VERSION, JOINT_USE_NOT_DRAFT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Arrangements_change: {
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
        'application/json': components['schemas']['ChangeArrangementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrangementDto'];
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
      /** @description STALE_VERSION, JOINT_USE_ENDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description JOINT_USE_SCOPE_CHANGE_FORBIDDEN, JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED, JOINT_USE_PRIOR_NOTICE_REQUIRED, JOINT_USE_COMPANY_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Arrangements_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeArrangementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangePreviewDto'];
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
  Arrangements_contracts: {
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  Arrangements_addContract: {
    parameters: {
      query?: {
        fileName?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/pdf': string;
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
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
      /** @description FILE_TYPE_NOT_ALLOWED */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Arrangements_contractFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
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
  Arrangements_end: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrangementDto'];
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
      /** @description STALE_VERSION, JOINT_USE_ENDED, JOINT_USE_NOT_DRAFT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Arrangements_notice: {
    parameters: {
      query?: {
        lang?: 'ja' | 'en';
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
          'application/json': components['schemas']['JointUseNoticeDto'];
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
  Arrangements_publish: {
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrangementDto'];
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
      /** @description STALE_VERSION, JOINT_USE_ENDED, JOINT_USE_NOTHING_TO_PUBLISH */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description JOINT_USE_NOTICE_INCOMPLETE (with `missing`), JOINT_USE_CONTRACT_MISSING, JOINT_USE_PRIOR_NOTICE_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Arrangements_versions: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
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
          'application/json': components['schemas']['NoticeVersionPageDto'];
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
  ProvisionRecords_list: {
    parameters: {
      query?: {
        basis?: 'consent' | 'opt_out' | 'law_exception' | 'outsourcing' | 'succession' | 'joint_use';
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        direction?: 'provision' | 'receipt';
        /** @description Provided on or after. */
        from?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Part of the counterparty, the persons or the items. */
        q?: string;
        /** @description Provided on or before. */
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
          'application/json': components['schemas']['ProvisionRecordPageDto'];
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
  ProvisionRecords_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProvisionRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvisionRecordDto'];
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
      /** @description PROVISION_RECORD_INCOMPLETE, PROVISION_RECEIPT_PROVIDER_UNVERIFIED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProvisionRecords_get: {
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
          'application/json': components['schemas']['ProvisionRecordDto'];
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
  ProvisionRecords_remove: {
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
      /** @description STALE_VERSION, RECORD_RETENTION_ACTIVE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProvisionRecords_update: {
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
        'application/json': components['schemas']['UpdateProvisionRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvisionRecordDto'];
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PROVISION_RECORD_INCOMPLETE, PROVISION_RECEIPT_PROVIDER_UNVERIFIED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProvisionRecords_export: {
    parameters: {
      query?: {
        basis?: 'consent' | 'opt_out' | 'law_exception' | 'outsourcing' | 'succession' | 'joint_use';
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        direction?: 'provision' | 'receipt';
        format?: 'csv' | 'xlsx';
        /** @description Provided on or after. */
        from?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Part of the counterparty, the persons or the items. */
        q?: string;
        /** @description Provided on or before. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
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
    };
  };
  Questionnaire_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
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
          'application/json': components['schemas']['PublicQuestionnaireDto'];
        };
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Questionnaire_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveAnswersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicQuestionnaireDto'];
        };
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Questionnaire_evidenceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
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
          'application/json': components['schemas']['AttachmentRefDto'][];
        };
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Questionnaire_evidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Buffer'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentRefDto'];
        };
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Questionnaire_evidenceFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Questionnaire_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveAnswersDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown link (NOT_FOUND). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Used, replaced or expired link (QUESTIONNAIRE_LINK_GONE). */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TOO_MANY_REQUESTS (Retry-After). */
      429: {
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
  Subcontractors_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        /** @description Only those whose contract or certification expires within 60 days. */
        expiring?: boolean;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Only those whose supervision audit is overdue. */
        overdue?: boolean;
        /** @description Words searched in the name and services. */
        q?: string;
        riskTier?: 'high' | 'medium' | 'low';
        sort?: 'name' | '-name' | 'nextAuditDueOn' | '-nextAuditDueOn' | 'updatedAt' | '-updatedAt';
        status?: 'candidate' | 'evaluating' | 'approved' | 'conditionally_approved' | 'suspended' | 'terminated';
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
          'application/json': components['schemas']['SubcontractorPageDto'];
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
  Subcontractors_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSubcontractorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubcontractorDto'];
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
      /** @description SUBCONTRACTOR_OWNER_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_get: {
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
          'application/json': components['schemas']['SubcontractorDto'];
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
  Subcontractors_remove: {
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
      /** @description STALE_VERSION, SUBCONTRACTOR_NOT_DELETABLE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_update: {
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
        'application/json': components['schemas']['UpdateSubcontractorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubcontractorDto'];
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description SUBCONTRACTOR_OWNER_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Subcontractors_auditList: {
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
          'application/json': components['schemas']['AuditListDto'];
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
  Subcontractors_createAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAuditDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditDto'];
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
      /** @description SUBCONTRACTOR_NOT_ACTIVE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_auditFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        auditId: string;
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  Subcontractors_uploadAuditFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        auditId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Buffer'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
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
  Subcontractors_auditFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        auditId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Subcontractors_closeAudit: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        auditId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseAuditDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditDto'];
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
      /** @description STALE_VERSION, SUBCONTRACTOR_AUDIT_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_sendQuestionnaire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        auditId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendQuestionnaireDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SentQuestionnaireDto'];
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
      /** @description SUBCONTRACTOR_AUDIT_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_contracts: {
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
          'application/json': components['schemas']['ContractListDto'];
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
  Subcontractors_createContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContractDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
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
      /** @description CONTRACT_CLAUSES_MISSING (with `missing`: the clauses) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_updateContract: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        contractId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContractDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDto'];
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CONTRACT_CLAUSES_MISSING */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_contractFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  Subcontractors_uploadContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Buffer'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
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
  Subcontractors_contractFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        contractId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Subcontractors_evaluations: {
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
          'application/json': components['schemas']['EvaluationListDto'];
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
  Subcontractors_evaluate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEvaluationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationDto'];
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
  Subcontractors_history: {
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
          'application/json': components['schemas']['HistoryListDto'];
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
  Subcontractors_resubcontractors: {
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
          'application/json': components['schemas']['ResubcontractorListDto'];
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
  Subcontractors_addResubcontractor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateResubcontractorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResubcontractorDto'];
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
      /** @description RESUBCONTRACTOR_PARENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_removeResubcontractor: {
    parameters: {
      query?: never;
      header: {
        'if-match': string;
      };
      path: {
        id: string;
        rid: string;
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RESUBCONTRACTOR_PARENT_INVALID (others still below it) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_transition: {
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
        'application/json': components['schemas']['TransitionSubcontractorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubcontractorDto'];
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
      /** @description STALE_VERSION, SUBCONTRACTOR_INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description SUBCONTRACTOR_EVALUATION_REQUIRED (R-SC-01) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Subcontractors_export: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        /** @description Only those whose contract or certification expires within 60 days. */
        expiring?: boolean;
        format?: 'csv' | 'xlsx';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Only those whose supervision audit is overdue. */
        overdue?: boolean;
        /** @description Words searched in the name and services. */
        q?: string;
        riskTier?: 'high' | 'medium' | 'low';
        sort?: 'name' | '-name' | 'nextAuditDueOn' | '-nextAuditDueOn' | 'updatedAt' | '-updatedAt';
        status?: 'candidate' | 'evaluating' | 'approved' | 'conditionally_approved' | 'suspended' | 'terminated';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment. */
      200: {
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
    };
  };
  MyTraining_attestation: {
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
          'application/json': components['schemas']['AttestationDto'];
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
  MyTraining_remove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
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
      /** @description TRAINING_ATTESTATION_IMMUTABLE: attestations are never deleted. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MyTraining_edit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
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
      /** @description TRAINING_ATTESTATION_IMMUTABLE: attestations are never edited. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Campaigns_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        status?: 'open' | 'closed';
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
          'application/json': components['schemas']['CampaignListDto'];
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
  Campaigns_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
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
      /** @description TRAINING_COURSE_NOT_PUBLISHED, TRAINING_AUDIENCE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Campaigns_get: {
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
          'application/json': components['schemas']['CampaignDto'];
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
  Campaigns_update: {
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
        'application/json': components['schemas']['UpdateCampaignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Campaigns_attendees: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        departmentId?: string;
        employmentType?: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        state?: 'open' | 'overdue' | 'passed' | 'withdrawn';
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
          'application/json': components['schemas']['AttendeeListDto'];
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
  Campaigns_export: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
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
  Campaigns_makeUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MakeUpDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MakeUpResultDto'];
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
  Campaigns_progress: {
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
          'application/json': components['schemas']['ProgressDto'];
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
  Campaigns_summary: {
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
          'application/json': components['schemas']['SummaryDto'];
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
  Campaigns_sync: {
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
          'application/json': components['schemas']['SyncResultDto'];
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
  Courses_list: {
    parameters: {
      query?: {
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        status?: 'draft' | 'published';
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
          'application/json': components['schemas']['CourseListDto'];
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
  Courses_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCourseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseDto'];
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
      /** @description TRAINING_TOPICS_INCOMPLETE (an annual course must cover all four topics) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Courses_get: {
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
          'application/json': components['schemas']['CourseDto'];
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
  Courses_remove: {
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
      /** @description STALE_VERSION, TRAINING_COURSE_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Courses_update: {
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
        'application/json': components['schemas']['UpdateCourseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseDto'];
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
      /** @description STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description TRAINING_TOPICS_INCOMPLETE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Courses_attachments: {
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  Courses_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Buffer'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
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
  Courses_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
    };
  };
  Courses_publish: {
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
          'application/json': components['schemas']['CourseDto'];
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
      /** @description STALE_VERSION, TRAINING_COURSE_ALREADY_PUBLISHED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Courses_versions: {
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
          'application/json': components['schemas']['CourseVersionListDto'];
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
  Campaigns_coverage: {
    parameters: {
      query?: {
        /** @description Without it: every company in the caller's scope. */
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        employmentType?: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Words to find in the name, kana, employee number or e-mail (all must match). */
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
          'application/json': components['schemas']['CoverageListDto'];
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
  Campaigns_exportCoverage: {
    parameters: {
      query?: {
        /** @description Without it: every company in the caller's scope. */
        companyId?: string;
        /** @description Opaque cursor from the previous page (`nextCursor`). */
        cursor?: string;
        employmentType?: 'officer' | 'regular' | 'contract' | 'part_time' | 'dispatched';
        format?: 'csv' | 'xlsx';
        limit?: number;
        /** @description Rows to skip; ignored when `cursor` is given. */
        offset?: number;
        /** @description Words to find in the name, kana, employee number or e-mail (all must match). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment. */
      200: {
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
    };
  };
  MyTraining_list: {
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
          'application/json': components['schemas']['MyAssignmentListDto'];
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
  MyTraining_get: {
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
          'application/json': components['schemas']['MyAssignmentDetailDto'];
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
  MyTraining_attachments: {
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
          'application/json': components['schemas']['AttachmentDto'][];
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
  MyTraining_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
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
  MyTraining_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitAttemptDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttemptResultDto'];
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
      /** @description TRAINING_ALREADY_PASSED, TRAINING_COURSE_VERSION_CHANGED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
