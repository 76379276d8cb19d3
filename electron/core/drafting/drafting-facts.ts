/**
 * Gathers what a document is built from: the case, the request, its counterparts and identifiers, and
 * the country and provider profiles of the office's knowledge.
 */
import { and, asc, eq } from 'drizzle-orm';
import { dateInZone } from '../../../shared/domain/dates';
import type { DraftFields, DraftingFacts, ProfileFacts } from '../../../shared/domain/drafting';
import type { Channel, Direction, Urgency } from '../../../shared/domain/requests';
import { profileFromKnowledge } from '../../../shared/domain/drafting/profile-from-knowledge';
import { requireCase } from '../cases/cases-repo';
import { loadKnowledge } from '../knowledge/knowledge-store';
import type { Orm } from '../db/open';
import { contacts, requestContacts, subjects } from '../db/schema';
import { requireOffice } from '../office/office-repo';
import { identifiersOfRequest } from '../requests/request-identifiers-repo';
import { requireRequest } from '../requests/requests-repo';

export type RequestRow = ReturnType<typeof requireRequest>;
export type KnownFacts = Omit<DraftingFacts, 'fields'>;

/**
 * Facts owned by the country profile (preferred language, central authority) and the provider profile
 * (legal entity per user region), from the knowledge in force; a central-authority contact linked to
 * the request names the addressee more precisely than the profile. A draft's own fields still win.
 */
export function profileFacts(orm: Orm, request: RequestRow): ProfileFacts {
  const profile = profileFromKnowledge(loadKnowledge(orm).book, request);
  const authority = orm
    .select({ name: contacts.name, organisation: contacts.organisation })
    .from(requestContacts)
    .innerJoin(contacts, eq(contacts.id, requestContacts.contactId))
    .where(and(eq(requestContacts.requestId, request.id), eq(contacts.kind, 'central_authority')))
    .get();
  if (authority) profile.centralAuthority = { name: authority.organisation || authority.name, address: '' };
  return profile;
}

function counterpartsOf(orm: Orm, requestId: number): KnownFacts['counterparts'] {
  const rows = orm
    .select({
      name: contacts.name,
      organisation: contacts.organisation,
      kind: contacts.kind,
      languages: contacts.languages,
      role: requestContacts.role,
    })
    .from(requestContacts)
    .innerJoin(contacts, eq(contacts.id, requestContacts.contactId))
    .where(eq(requestContacts.requestId, requestId))
    .orderBy(asc(requestContacts.createdAt))
    .all();
  // The counterpart first, then whoever executes it: the addressee is taken from the first.
  const rank = (role: string) => (role === 'counterpart' ? 0 : role === 'executing' ? 1 : 2);
  return rows
    .sort((a, b) => rank(a.role) - rank(b.role))
    .map(({ name, organisation, kind, languages }) => ({ name, organisation, kind, languages }));
}

export function knownFacts(orm: Orm, requestId: number, now: Date): KnownFacts {
  const request = requireRequest(orm, requestId);
  const office = requireOffice(orm);
  const kase = requireCase(orm, request.caseId);
  const officer =
    office.officers.find((o) => o.id === office.currentOfficerId) ??
    office.officers.find((o) => o.id === kase.leadOfficerId) ??
    null;
  return {
    office: {
      name: office.name,
      homeCountry: office.homeCountry,
      hostCountry: office.hostCountry,
      timeZone: office.timeZone,
    },
    officer: officer ? { name: officer.name, title: officer.title, email: officer.email } : null,
    case: {
      reference: kase.reference,
      title: kase.title,
      summary: kase.summary,
      offenceCategory: kase.offenceCategory,
    },
    request: {
      id: request.id,
      channel: request.channel as Channel,
      direction: request.direction as Direction,
      kind: request.kind,
      title: request.title,
      counterpartCountry: request.counterpartCountry,
      counterpartAuthority: request.counterpartAuthority,
      provider: request.provider,
      legalBasis: request.legalBasis,
      assistanceTypes: request.assistanceTypes,
      dataCategories: request.dataCategories,
      urgency: request.urgency as Urgency,
      ourReference: request.ourReference,
      theirReference: request.theirReference,
      sentOn: request.sentOn,
      preservationUntil: request.preservationUntil,
      handlingCode: request.handlingCode,
    },
    counterparts: counterpartsOf(orm, request.id),
    identifiers: identifiersOfRequest(orm, request),
    persons: orm
      .select()
      .from(subjects)
      .where(eq(subjects.caseId, request.caseId))
      .orderBy(asc(subjects.id))
      .all()
      .map((s) => ({ name: s.name, role: s.role, nationality: s.nationality, dateOfBirth: s.dateOfBirth })),
    profile: profileFacts(orm, request),
    today: dateInZone(now, office.timeZone),
  };
}

export function withFields(known: KnownFacts, fields: DraftFields): DraftingFacts {
  return { ...known, fields };
}
