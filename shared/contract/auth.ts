import { z } from 'zod';
import { id, instant, optionalText } from './common';
import { uiLanguage } from './language';

/** At least 12 characters; the common-password list is checked in the core (it is large). */
export const MIN_PASSPHRASE_LENGTH = 12;
export const passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, { error: 'validation.passphraseTooShort' })
  .max(1024, { error: 'validation.tooLong' });
/** What was typed at sign-in: any length may be tried (and counted as a failure). */
const typedPassphrase = z.string().min(1, { error: 'validation.required' }).max(1024, { error: 'validation.tooLong' });

export const authState = z.enum(['setup', 'locked', 'unlocked']);

export const authStatus = z.object({
  state: authState,
  /** Officers who can sign in on this computer (names only: the sign-in screen shows nothing else). */
  officers: z.array(z.object({ officerId: id, name: z.string() })),
  /** `language` is null until the officer chooses one; the computer's last choice applies meanwhile. */
  signedIn: z.object({ officerId: id, name: z.string(), language: uiLanguage.nullable() }).nullable(),
  /** Sign-in refused until then, after five failed attempts. */
  lockedUntil: instant.nullable(),
  idleMinutes: z.number().int(),
  /** What the page's idle timer uses: the minutes, unless the host was started with a test override. */
  idleSeconds: z.number().int(),
  /** First run on a data folder from before encryption: its officers, one of whom sets the first passphrase. */
  existingOfficers: z.array(z.object({ officerId: id, name: z.string() })),
});
export type AuthStatus = z.infer<typeof authStatus>;

export const setupInput = z
  .object({
    /** A new officer's name, or… */
    name: z.string().trim().max(120, { error: 'validation.tooLong' }).default(''),
    /** …an officer already in a database from before encryption. */
    officerId: id.optional(),
    passphrase,
  })
  .refine((v) => v.officerId !== undefined || v.name !== '', { error: 'validation.required', path: ['name'] });

export const setupResult = z.object({
  token: z.string(),
  /** Shown once, to be printed or written down; Legat keeps only what it wraps. */
  recoveryKey: z.string(),
});

export const signInInput = z.object({ officerId: id, passphrase: typedPassphrase });

export const signInResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('signedIn'), token: z.string() }),
  z.object({ outcome: z.literal('wrongPassphrase'), attemptsLeft: z.number().int() }),
  z.object({ outcome: z.literal('lockedOut'), until: instant }),
]);
export type SignInResult = z.infer<typeof signInResult>;

export const lockInput = z.object({ reason: z.enum(['manual', 'idle', 'system']).default('manual') });

export const recoverInput = z.object({
  recoveryKey: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  officerId: id,
  passphrase,
});

export const changePassphraseInput = z.object({ current: typedPassphrase, next: passphrase });

export const enrolOfficerInput = z
  .object({
    /** An officer of the office profile who cannot sign in yet, or… */
    officerId: id.optional(),
    /** …a new officer. */
    name: z.string().trim().max(120, { error: 'validation.tooLong' }).default(''),
    title: optionalText(120),
    passphrase,
  })
  .refine((v) => v.officerId !== undefined || v.name !== '', { error: 'validation.required', path: ['name'] });

export const idleInput = z.object({ minutes: z.number().int().min(1).max(240) });
