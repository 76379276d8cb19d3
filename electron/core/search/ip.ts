import { isIpv6 } from '../../../shared/domain/identifiers';

/**
 * The full form of an IPv6 address: eight lower-case groups of four hex digits, so that every
 * spelling of one address (2001:db8::1, 2001:0DB8:0:0:0:0:0:1) compares equal. Null if not IPv6.
 */
export function canonicalIpv6(value: string): string | null {
  const text = value.trim().toLowerCase();
  if (!isIpv6(text)) return null;
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':').flatMap(embeddedIpv4));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.map((g) => g.padStart(4, '0')).join(':');
}

/** A trailing dotted IPv4 part (::ffff:192.0.2.1) stands for the last two groups. */
function embeddedIpv4(group: string): string[] {
  if (!group.includes('.')) return [group];
  const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
