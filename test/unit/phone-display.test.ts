import { describe, expect, it } from 'vitest';
import { phoneForDisplay } from '../../shared/domain/phone-display';

describe('phone numbers as people read them', () => {
  it.each([
    ['+16502530000', '+1 650 253 0000'],
    ['+33472000000', '+33 4 72 00 00 00'],
    ['+441632960961', '+44 1632 960961'],
    ['ask the switchboard', 'ask the switchboard'],
  ])('%s reads %s', (stored, shown) => {
    expect(phoneForDisplay(stored)).toBe(shown);
  });
});
