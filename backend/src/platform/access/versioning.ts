import { problems } from '../errors/problem';

/**
 * The version a write expects, from `If-Match: "<version>"` (or W/"<version>", or a bare number) or
 * from `version` in the body. One of them is required; when both are sent they must agree.
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined && ifMatch !== '') {
    const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
    if (!match)
      throw problems.validation([
        { field: 'If-Match', code: 'BAD_FORMAT', message: 'If-Match must be the ETag of the record, e.g. "3"' },
      ]);
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw problems.validation([
      { field: 'version', code: 'VERSION_MISMATCH', message: 'version and If-Match disagree' },
    ]);
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) {
    throw problems.validation([
      {
        field: 'version',
        code: 'REQUIRED',
        message: 'send the version you edited, as If-Match or as version in the body',
      },
    ]);
  }
  return version;
}

export function etag(version: number): string {
  return `"${version}"`;
}
