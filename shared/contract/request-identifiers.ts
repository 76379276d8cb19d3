import { z } from 'zod';
import { IDENTIFIER_SELECTIONS } from '../domain/drafting/identifier-choice';
import { IDENTIFIER_KINDS } from '../domain/identifiers';
import { id } from './common';

export const requestIdentifiersInput = z.object({ requestId: id });

/** Every identifier of the request's case: whether its letters name it, whether it suits the addressee. */
export const requestIdentifierChoice = z.object({
  requestId: id,
  selection: z.enum(IDENTIFIER_SELECTIONS),
  identifiers: z.array(
    z.object({
      id,
      kind: z.enum(IDENTIFIER_KINDS),
      value: z.string(),
      platform: z.string().nullable(),
      chosen: z.boolean(),
      relevant: z.boolean(),
    }),
  ),
});

export const chooseIdentifiersInput = z.object({
  requestId: id,
  identifierIds: z.array(id).max(1000),
});
