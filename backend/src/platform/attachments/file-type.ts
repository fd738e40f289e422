/**
 * What a file is, decided from its first bytes (magic numbers) and never from its name or the declared
 * media type. Only documents people attach as evidence are allowed: PDF, images, Office files and plain
 * text (UTF-8, e.g. CSV or a log excerpt). Anything else (executables, archives, HTML, scripts in
 * disguise) is refused.
 */
export interface SniffedType {
  contentType: string;
  /** The extension a download gets when the uploaded name lacks a matching one. */
  extension: string;
}

const PDF: SniffedType = { contentType: 'application/pdf', extension: 'pdf' };
const PNG: SniffedType = { contentType: 'image/png', extension: 'png' };
const JPEG: SniffedType = { contentType: 'image/jpeg', extension: 'jpg' };
const GIF: SniffedType = { contentType: 'image/gif', extension: 'gif' };
const WEBP: SniffedType = { contentType: 'image/webp', extension: 'webp' };
const DOCX: SniffedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
};
const XLSX: SniffedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
};
const PPTX: SniffedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extension: 'pptx',
};
/** Word 97–2003, Excel 97–2003 and PowerPoint 97–2003 share the OLE compound-file container. */
const OLE: SniffedType = { contentType: 'application/x-ole-storage', extension: 'doc' };
const TEXT: SniffedType = { contentType: 'text/plain; charset=utf-8', extension: 'txt' };

const OLE_EXTENSIONS: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** An Office Open XML package: a ZIP whose first entries name `[Content_Types].xml` and the part folder. */
function officeOpenXml(bytes: Buffer): SniffedType | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  if (!head.includes('[Content_Types].xml')) return null;
  if (head.includes('word/')) return DOCX;
  if (head.includes('xl/')) return XLSX;
  if (head.includes('ppt/')) return PPTX;
  return null;
}

/** Plain UTF-8 text without NUL or other control characters than tab, CR, LF and form feed. */
function plainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
    if (byte === 0x7f) return false;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  // A cut in the middle of a multi-byte character at the sample's end is not an encoding error.
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1 && replacement < text.length - 3) return false;
  // Markup a browser would render is refused even as text: it has no place in evidence files.
  return !/^\s*<(?:!doctype|html|svg|script|\?xml)/i.test(text);
}

/** The file's type, or null when the content is not an allowed kind whatever its name says. */
export function sniffFileType(bytes: Buffer, fileName = ''): SniffedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return GIF; // GIF8
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return WEBP;
  const ooxml = officeOpenXml(bytes);
  if (ooxml) return ooxml;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const extension = fileName.toLowerCase().split('.').pop() ?? '';
    const contentType = OLE_EXTENSIONS[extension];
    return contentType ? { contentType, extension } : { ...OLE, contentType: 'application/msword' };
  }
  if (plainText(bytes)) {
    const extension = fileName.toLowerCase().endsWith('.csv') ? 'csv' : TEXT.extension;
    return extension === 'csv' ? { contentType: 'text/csv; charset=utf-8', extension } : TEXT;
  }
  return null;
}

/**
 * The name a download is offered under: the uploaded base name (path parts, control characters and
 * reserved characters removed), with the sniffed type's extension when the name's own does not match.
 */
export function safeFileName(fileName: string, type: SniffedType): string {
  const base = [...(fileName.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>:|?*'.includes(c))
    .join('')
    .trim()
    .slice(0, 180);
  const name = base || 'attachment';
  const extension = name.includes('.') ? name.toLowerCase().split('.').pop() : '';
  const matching =
    extension === type.extension ||
    (type.extension === 'jpg' && extension === 'jpeg') ||
    (type.extension === 'txt' && ['txt', 'log', 'md'].includes(extension ?? ''));
  return matching ? name : `${name}.${type.extension}`;
}
