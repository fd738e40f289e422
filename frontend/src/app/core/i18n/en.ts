import { glossary as g, glossaryIn } from './glossary';
import type { Dictionary } from './ja';

/** English: the same keys as the Japanese source dictionary (checked by the `Dictionary` type). */
export const en: Dictionary = {
  app: {
    name: '守り Mamori',
    mark: '守り',
    wordmark: 'Mamori',
  },
  lang: {
    label: 'Display language',
    ja: '日本語',
    en: 'English',
  },
  shell: {
    skipToContent: 'Skip to main content',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    navLabel: 'Main menu',
  },
  nav: {
    group: {
      plan: 'Plan',
      do: 'Do',
      check: 'Check',
      act: 'Act',
    },
    home: 'Home',
  },
  loading: {
    label: 'Loading',
    slow: 'Waiting for the server to answer. Please wait.',
    checkingStatus: 'Checking the system status. Please wait.',
  },
  home: {
    title: 'Home',
    heading: 'Home',
    intro:
      `Mamori is the console where our company runs its ${g.pms.en} (${g.pmsShort.en}) to ${g.standard.en}. ` +
      `It keeps the ${g.piLedger.en}, ${g.subcontractor.en} supervision, ${g.training.en}, ${g.incident.en} handling, ` +
      `${g.internalAudit.en}s and ${g.managementReview.en}s in one place, so the evidence a ${g.privacyMark.en} ` +
      'assessor asks for can be shown at any time.',
    status: {
      title: 'System status',
      checking: 'Checking…',
      ready: 'Operational',
      readyDetail: 'The server and the database are responding normally.',
      unavailable: 'Unavailable',
      checkedAt: 'Last checked: {time}',
      retry: 'Check again',
    },
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The page you are looking for does not exist or has moved. Check the address, or open the page from Home.',
    home: 'Back to Home',
  },
  deadline: {
    today: 'Due today',
    inOneDay: 'in 1 day',
    inDays: 'in {count} days',
    overdueOneDay: '1 day overdue',
    overdueDays: '{count} days overdue',
  },
  errors: {
    dismiss: 'Dismiss',
    requestId: 'Reference: {id}',
    formSummary: 'The changes were not saved. Check the following fields.',
    code: {
      VALIDATION_FAILED: 'Some values are not valid. Check the messages under the fields and correct them.',
      BAD_REQUEST: 'The request could not be processed. Reload the page and try again.',
      MALFORMED_JSON: 'The server could not read the data that was sent. Reload the page and try again.',
      PAYLOAD_TOO_LARGE: 'The data sent is larger than the server accepts. Make the file smaller or send it in parts.',
      UNSUPPORTED_MEDIA_TYPE: 'The server does not accept the format of the data sent. Reload the page and try again.',
      UNAUTHENTICATED: 'You are not signed in, or your session has expired. Sign in again.',
      FORBIDDEN: `You do not have permission for this action. If you need it, ask your ${g.piProtectionManager.en}.`,
      NOT_FOUND:
        'The record could not be found. It may have been deleted, or you may not have access to it. Open it again from the list.',
      METHOD_NOT_ALLOWED: 'This action is not supported. Reload the page.',
      NOT_ACCEPTABLE: 'The server cannot answer in the requested format. Reload the page.',
      CONFLICT: 'This action is not possible in the current state. Reload the record and try again.',
      STALE_VERSION: 'Someone else changed this record in the meantime. Reload it and apply your change again.',
      GONE: 'This record has been removed and is no longer available.',
      UNPROCESSABLE: 'A business rule does not allow this action. Check the record and try again.',
      CSRF_TOKEN_INVALID: 'The security check for this page has expired. Reload the page and try again.',
      TOO_MANY_REQUESTS: 'Too many requests in a short time. Wait a moment and try again.',
      INTERNAL_ERROR:
        'Something went wrong on the server and it has been logged. Try again; if it continues, contact your system administrator with the reference below.',
      SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Try again in a few minutes.',
      DATABASE_UNAVAILABLE:
        'The database cannot be reached. Try again in a few minutes; if it continues, contact your system administrator.',
      NETWORK_UNREACHABLE: 'The server cannot be reached. Check your network connection and try again.',
      UNKNOWN: 'The request could not be completed. Try again; if it continues, contact your system administrator.',
    },
    field: {
      REQUIRED: 'This field is required.',
      UNKNOWN_FIELD: 'This field is not accepted. Reload the page.',
      NOT_A_STRING: 'Enter text.',
      NOT_AN_INTEGER: 'Enter a whole number.',
      NOT_A_NUMBER: 'Enter a number.',
      NOT_A_BOOLEAN: 'Choose yes or no.',
      NOT_A_DATE: 'Enter a valid date (e.g. 2026-06-10).',
      NOT_AN_EMAIL: 'Enter a valid email address.',
      NOT_A_UUID: 'The identifier is not valid. Reload the page.',
      NOT_ALLOWED_VALUE: 'This value is not allowed. Choose one of the options.',
      TOO_SMALL: 'The value is too small.',
      TOO_LARGE: 'The value is too large.',
      TOO_SHORT: 'Too short.',
      TOO_LONG: 'Too long. Shorten it.',
      BAD_LENGTH: 'The length is not valid.',
      TOO_FEW_ITEMS: 'Add more items.',
      TOO_MANY_ITEMS: 'There are too many items.',
      NOT_AN_ARRAY: 'Give a list.',
      BAD_FORMAT: 'The format is not valid.',
      INVALID: 'Check this value.',
    },
  },
  glossary: glossaryIn('en'),
};
