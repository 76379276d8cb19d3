import path from 'node:path';

const MAX_NAME = 255;
// Control characters never belong in a file name and would corrupt a Content-Disposition header.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The name as the officer knew it, without any folder: a browser may send "C:\\Users\\…\\scan.pdf",
 * a drop may carry a full path, and neither folder is part of the evidence.
 */
export function originalNameOf(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(CONTROL, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'unnamed';
  if (clean.length <= MAX_NAME) return clean;
  const ext = path.extname(clean).slice(0, 20);
  return clean.slice(0, MAX_NAME - ext.length) + ext;
}

const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/**
 * The type the sender declared when it is a well-formed media type, else one guessed from the
 * extension. It is only a label: files are always served back as downloads, never rendered.
 */
export function mediaTypeOf(name: string, declared?: string | null): string {
  const given = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (MEDIA_TYPE.test(given) && given !== 'application/octet-stream') return given;
  return BY_EXTENSION[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}
