import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A stored number (E.164, "+16502530000") as a person reads it ("+1 650 253 0000"), grouped by the
 * maintained numbering-plan library; text that is no phone number is shown as it was typed.
 */
export function phoneForDisplay(value: string): string {
  const parsed = parsePhoneNumberFromString(value);
  return parsed?.isPossible() ? parsed.formatInternational() : value;
}
