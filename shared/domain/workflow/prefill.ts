import type { TransitionField } from './types';

/** What the request already records, as a step form may show it. */
export interface KnownReferences {
  ourReference: string;
  theirReference: string;
  handlingCode: string | null;
}

/**
 * The value a step's field starts with: a reference the request already holds is offered, never
 * retyped (a provider's ticket given at submission is the one its acknowledgment confirms).
 */
export function prefillFor(field: TransitionField, known: KnownReferences): string | null {
  switch (field) {
    case 'ticket':
    case 'messageReference':
    case 'theirReference':
      return known.theirReference.trim() === '' ? null : known.theirReference;
    case 'ourReference':
      return known.ourReference.trim() === '' ? null : known.ourReference;
    case 'handlingCode':
      return known.handlingCode;
    // Each of these is new with its step (a note number, a reason, a date): nothing to offer.
    case 'centralAuthorityReference':
    case 'diplomaticNoteNumber':
    case 'ground':
    case 'preservedUntil':
    case 'reason':
    case 'refusalGround':
    case 'submittedVia':
    case 'supersededBy':
    case 'usableInCourt':
      return null;
  }
}
