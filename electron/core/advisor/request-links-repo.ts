import { eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { requestLinkList } from '../../../shared/contract/advisor';
import type { Channel } from '../../../shared/domain/requests';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { requestLinks, requests } from '../db/schema';
import type { WriteScope } from '../write-scope';

export function linkRequests(scope: WriteScope, requestId: number, linkedRequestId: number, relation: string): void {
  scope.orm.insert(requestLinks).values({ requestId, linkedRequestId, relation, createdAt: scope.now }).run();
  recordAudit(scope, {
    action: 'request.link',
    entity: 'request',
    entityId: requestId,
    details: { linkedRequestId, relation },
  });
}

export function listRequestLinks(orm: Orm, id: number): z.infer<typeof requestLinkList> {
  const rows = orm
    .select()
    .from(requestLinks)
    .where(or(eq(requestLinks.requestId, id), eq(requestLinks.linkedRequestId, id)))
    .all();
  return {
    links: rows.flatMap((row) => {
      const otherId = row.requestId === id ? row.linkedRequestId : row.requestId;
      const other = orm.select().from(requests).where(eq(requests.id, otherId)).get();
      if (!other) return [];
      return [
        {
          requestId: other.id,
          title: other.title,
          channel: other.channel as Channel,
          kind: other.kind,
          status: other.status,
          relation: row.relation,
          direction: row.requestId === id ? ('to' as const) : ('from' as const),
        },
      ];
    }),
  };
}
