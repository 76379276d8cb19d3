import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * zxcvbn's 49k common passwords, lower-cased. Imported through `import()` by passphrase-policy.ts, so
 * the list is decompressed when a passphrase is first chosen, not at every start. This own module is
 * what gets imported lazily: a bundled package's CommonJS build would arrive without its named exports.
 */
export const commonPasswords = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
