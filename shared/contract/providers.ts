import { z } from 'zod';

export const providerChoicesInput = z.object({});

/** The knowledge pack's providers, each with the legal entity serving users of the office's country. */
export const providerChoices = z.object({
  userCountry: z.string(),
  providers: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      entities: z.array(z.string()),
      regionEntity: z.string().nullable(),
    }),
  ),
});
export type ProviderChoices = z.infer<typeof providerChoices>;
