import { and, eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import { contacts, requestContacts } from '../db/schema';
import { AppError, notFound } from '../errors';
import { recordTimeline } from '../timeline/timeline-repo';
import type { WriteScope } from '../write-scope';
import { requireRequest } from './requests-repo';

export function linkContact(scope: WriteScope, input: ParsedInput<'request:linkContact'>): void {
  const request = requireRequest(scope.orm, input.requestId);
  const contact = scope.orm.select().from(contacts).where(eq(contacts.id, input.contactId)).get();
  if (!contact) throw notFound('Contact', input.contactId);
  const where = and(eq(requestContacts.requestId, input.requestId), eq(requestContacts.contactId, input.contactId));
  const existing = scope.orm.select().from(requestContacts).where(where).get();
  if (existing?.role === input.role) return;
  if (existing) scope.orm.update(requestContacts).set({ role: input.role }).where(where).run();
  else {
    if (contact.archivedAt !== null) {
      throw new AppError('CONFLICT', `${contact.name} is archived; restore the contact before linking it.`);
    }
    scope.orm
      .insert(requestContacts)
      .values({ ...input, createdAt: scope.now })
      .run();
  }
  recordTimeline(scope, {
    caseId: request.caseId,
    requestId: request.id,
    kind: 'contact_linked',
    params: { name: contact.name, role: input.role, title: request.title },
  });
  recordAudit(scope, {
    action: 'request.linkContact',
    entity: 'request_contact',
    entityId: request.id,
    details: { ...input },
  });
}

export function unlinkContact(scope: WriteScope, input: ParsedInput<'request:unlinkContact'>): void {
  const request = requireRequest(scope.orm, input.requestId);
  const where = and(eq(requestContacts.requestId, input.requestId), eq(requestContacts.contactId, input.contactId));
  const contact = scope.orm.select().from(contacts).where(eq(contacts.id, input.contactId)).get();
  const removed = scope.orm.delete(requestContacts).where(where).run();
  if (removed.changes === 0) return;
  recordTimeline(scope, {
    caseId: request.caseId,
    requestId: request.id,
    kind: 'contact_unlinked',
    params: { name: contact?.name ?? null, title: request.title },
  });
  recordAudit(scope, {
    action: 'request.unlinkContact',
    entity: 'request_contact',
    entityId: request.id,
    details: { ...input },
  });
}
