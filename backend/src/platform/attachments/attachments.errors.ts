import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../errors/problem';

export const attachmentProblems = {
  fileTypeNotAllowed: () =>
    new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'FILE_TYPE_NOT_ALLOWED', {
      detail:
        'The content is not an allowed kind of file (PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint, UTF-8 text or CSV), whatever its name says.',
    }),
  fileEmpty: () =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'FILE_EMPTY', {
      detail: 'Send the file itself as the request body (Content-Type application/octet-stream).',
    }),
  fileMissing: () =>
    new ProblemException(HttpStatus.NOT_FOUND, 'ATTACHMENT_CONTENT_MISSING', {
      detail: 'The file of this attachment is not in the attachments folder. Restore the folder from its backup.',
    }),
};
