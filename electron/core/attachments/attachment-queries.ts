import type Database from 'better-sqlite3-multiple-ciphers';
import type { Attachment, AttachmentKind } from '../../../shared/contract/attachments';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { notFound } from '../errors';

interface Row extends Omit<Attachment, 'kind'> {
  kind: string;
}

/**
 * One attachment row with what the list shows beside it: its request's title, the version that
 * replaced it, and its place in the chain of versions (counted by walking back through
 * supersedes_id; chains are a handful long, and only the page's rows are walked).
 */
const select = (shown: string) => `
  WITH RECURSIVE shown AS (${shown}),
  chain(id, back) AS (
    SELECT id, supersedes_id FROM shown
    UNION ALL
    SELECT chain.id, a.supersedes_id FROM chain JOIN attachments a ON a.id = chain.back
  )
  SELECT s.id, s.uuid, s.case_id AS caseId, s.request_id AS requestId, r.title AS requestTitle, s.sha256, s.size,
    s.original_name AS originalName, s.media_type AS mediaType, s.description, s.kind,
    s.supersedes_id AS supersedesId,
    (SELECT n.id FROM attachments n WHERE n.supersedes_id = s.id ORDER BY n.id LIMIT 1) AS supersededById,
    (SELECT count(*) FROM chain WHERE chain.id = s.id) AS version,
    s.added_at AS addedAt, s.added_by AS addedBy, s.origin
  FROM shown s LEFT JOIN requests r ON r.id = s.request_id
  ORDER BY s.added_at DESC, s.id DESC`;

const toAttachment = (row: Row): Attachment => ({ ...row, kind: row.kind as AttachmentKind });

export function getAttachment(db: Database.Database, id: number): Attachment {
  const row = db.prepare(select('SELECT * FROM attachments WHERE id = ?')).get(id) as Row | undefined;
  if (!row) throw notFound('Attachment', id);
  return toAttachment(row);
}

/** A case's files (or one request's), newest first, paged in SQL. */
export function listAttachments(
  db: Database.Database,
  input: ParsedInput<'attachment:list'>,
): ChannelOutput<'attachment:list'> {
  const where = input.requestId === null ? 'case_id = @caseId' : 'case_id = @caseId AND request_id = @requestId';
  const params =
    input.requestId === null ? { caseId: input.caseId } : { caseId: input.caseId, requestId: input.requestId };
  const items = (
    db
      .prepare(
        select(`SELECT * FROM attachments WHERE ${where} ORDER BY added_at DESC, id DESC LIMIT @limit OFFSET @offset`),
      )
      .all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as Row[]
  ).map(toAttachment);
  const total = (db.prepare(`SELECT count(*) AS n FROM attachments WHERE ${where}`).get(params) as { n: number }).n;
  return { items, total, page: input.page, pageSize: input.pageSize };
}
