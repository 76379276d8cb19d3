import { getContact, markContactVerified } from '../../core/directory/contacts-repo';
import {
  contactAffiliations,
  endAffiliation,
  moveContact,
  organisationPeople,
} from '../../core/directory/affiliations-repo';
import { caseCounterparts } from '../../core/directory/counterparts';
import { findContactDuplicates } from '../../core/directory/duplicates';
import { officeDay } from '../../core/directory/office-day';
import {
  archiveOrganisation,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  sameNameOrganisations,
  searchOrganisations,
  updateOrganisation,
} from '../../core/directory/organisations-repo';
import { contactsDueForVerification } from '../../core/directory/verification';
import { inWrite } from '../../core/write-scope';
import type { HandlerGroup, Handlers } from './types';

/** The directory's additions to the contact channels (the base ones live in ./contacts). */
export const contactDirectoryHandlers: Pick<
  Handlers,
  'contact:duplicates' | 'contact:verificationDue' | 'contact:markVerified' | 'contact:counterparts'
> = {
  'contact:counterparts': (ctx, input) => caseCounterparts(ctx.db.orm, input.caseId),
  'contact:duplicates': (ctx, input) => ({ items: findContactDuplicates(ctx.db.orm, input) }),
  'contact:verificationDue': (ctx, input) => contactsDueForVerification(ctx.db.orm, ctx.clock.now(), input),
  'contact:markVerified': (ctx, input) => {
    inWrite(ctx, (scope) => markContactVerified(scope, input.id, officeDay(scope.orm, scope.now)));
    return getContact(ctx.db.orm, input.id);
  },
};

export const organisationHandlers: HandlerGroup<'organisation'> = {
  'organisation:list': (ctx, input) => listOrganisations(ctx.db.orm, input),
  'organisation:get': (ctx, input) => getOrganisation(ctx.db.orm, input.id),
  'organisation:create': (ctx, input) =>
    getOrganisation(
      ctx.db.orm,
      inWrite(ctx, (scope) => createOrganisation(scope, input)),
    ),
  'organisation:update': (ctx, input) => {
    inWrite(ctx, (scope) => updateOrganisation(scope, input));
    return getOrganisation(ctx.db.orm, input.id);
  },
  'organisation:archive': (ctx, input) => {
    inWrite(ctx, (scope) => archiveOrganisation(scope, input.id, input.archived));
    return getOrganisation(ctx.db.orm, input.id);
  },
  'organisation:search': (ctx, input) => ({ items: searchOrganisations(ctx.db.orm, input.q, input.limit) }),
  'organisation:duplicates': (ctx, input) => ({
    items: input.name ? sameNameOrganisations(ctx.db.orm, input.name, input.country, input.excludeId) : [],
  }),
  'organisation:people': (ctx, input) => ({ items: organisationPeople(ctx.db.orm, input) }),
};

export const affiliationHandlers: HandlerGroup<'affiliation'> = {
  'affiliation:list': (ctx, input) => ({ items: contactAffiliations(ctx.db.orm, input.contactId) }),
  'affiliation:move': (ctx, input) => {
    inWrite(ctx, (scope) => moveContact(scope, input));
    return { items: contactAffiliations(ctx.db.orm, input.contactId) };
  },
  'affiliation:end': (ctx, input) => {
    const contactId = inWrite(ctx, (scope) => endAffiliation(scope, input));
    return { items: contactAffiliations(ctx.db.orm, contactId) };
  },
};

export const vcardHandlers: HandlerGroup<'vcard'> = {
  // The vCard and Outlook CSV readers and writers are loaded with the first contact file, not at every start.
  'vcard:export': async (ctx, input) => (await import('../../core/directory/vcard-export')).exportVcards(ctx, input),
  'vcard:preview': async (ctx, input) =>
    (await import('../../core/directory/vcard-import')).previewVcards(ctx.db.orm, input),
  'vcard:import': async (ctx, input) => {
    const { importVcards } = await import('../../core/directory/vcard-import');
    return inWrite(ctx, (scope) => importVcards(scope, input));
  },
};
