/**
 * Turns an advice into draft requests: the advised road as a draft, and where advised a preservation
 * request to the provider first, linked to it, so the officer sends the preservation today and the formal
 * request within the preservation window.
 */
import type { z } from 'zod';
import type { adviceDraftInput } from '../../../shared/contract/advisor';
import type { ParsedInput } from '../../../shared/ipc-contract';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { loadKnowledge } from '../knowledge/knowledge-store';
import { providerName, regionEntity } from '../knowledge/provider-choices';
import { requireOffice } from '../office/office-repo';
import { createRequest } from '../requests/requests-repo';
import { recordAudit } from '../audit/audit-repo';
import type { WriteScope } from '../write-scope';
import { adviseFor } from './advise-service';
import { linkRequests } from './request-links-repo';

type DraftInput = z.output<typeof adviceDraftInput> & { title: string; preservationTitle: string; legalBasis: string };

function requestBase(
  input: DraftInput,
  provider: string,
): Omit<ParsedInput<'request:create'>, 'channel' | 'kind' | 'title' | 'legalBasis'> {
  return {
    caseId: input.caseId,
    direction: 'outgoing',
    counterpartCountry: input.country,
    counterpartAuthority: '',
    provider,
    assistanceTypes: input.assistanceType ? [input.assistanceType] : [],
    dataCategories: input.dataCategory ? [input.dataCategory] : [],
    urgency: input.urgency,
    status: 'draft',
    ourReference: '',
    theirReference: '',
    sentOn: null,
    dueOn: null,
    preservationUntil: null,
    respondedOn: null,
    closedOn: null,
    handlingCode: null,
    usableInCourt: null,
    notes: '',
  };
}

/** The provider as its letters address it: the legal entity serving the office's users, if recorded. */
function addressee(scope: WriteScope, providerKey: string | null): string {
  if (!providerKey) return '';
  const { book } = loadKnowledge(scope.orm);
  return regionEntity(book, providerKey, requireOffice(scope.orm).homeCountry) ?? providerName(book, providerKey);
}

/** Returns the ids; like every new request, each has its deadlines computed before the write commits. */
export function createDraftsFromAdvice(
  ctx: AppContext,
  scope: WriteScope,
  input: DraftInput,
): { requestId: number; preservationRequestId: number | null } {
  const advice = adviseFor(ctx, input);
  const chosen = advice.options.find((o) => o.id === input.optionId);
  if (!chosen || !chosen.available) {
    throw new AppError('VALIDATION', 'That road is not open for this need; ask the advisor again.', [
      { path: ['optionId'], message: 'validation.advisor.option' },
    ]);
  }
  if (input.withPreservation && !advice.preservation) {
    throw new AppError('VALIDATION', 'A preservation request needs a provider holding data.', [
      { path: ['withPreservation'], message: 'validation.advisor.preservation' },
    ]);
  }
  const provider = input.holder === 'provider' ? addressee(scope, input.providerKey) : '';
  const base = requestBase(input, provider);
  let preservationRequestId: number | null = null;
  if (input.withPreservation) {
    preservationRequestId = createRequest(scope, {
      ...base,
      channel: 'provider',
      kind: 'preservation',
      title: input.preservationTitle,
      // The preservation rests on the basis the advisor named for the request it protects.
      legalBasis: input.legalBasis,
    });
  }
  const requestId = createRequest(scope, {
    ...base,
    provider: chosen.channel === 'provider' || provider !== '' ? provider : '',
    channel: chosen.channel,
    kind: chosen.kind,
    title: input.title,
    legalBasis: input.legalBasis,
  });
  if (preservationRequestId !== null) linkRequests(scope, preservationRequestId, requestId, 'preservation_for');
  recordAudit(scope, {
    action: 'advisor.draft',
    entity: 'request',
    entityId: requestId,
    details: { option: chosen.id, preservationRequestId, country: input.country, offence: input.offence },
  });
  return { requestId, preservationRequestId };
}
