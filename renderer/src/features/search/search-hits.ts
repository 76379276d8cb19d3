import { IconAddressBook, IconBriefcase, IconFingerprint, IconSend, type Icon } from '@tabler/icons-react';
import type { SearchHit } from '../../../../shared/contract/search';
import type { SearchType } from '../../../../shared/domain/search';

export interface HitGroup {
  type: SearchType;
  hits: SearchHit[];
}

export const TYPE_ICON: Record<SearchType, Icon> = {
  case: IconBriefcase,
  request: IconSend,
  contact: IconAddressBook,
  identifier: IconFingerprint,
};

export const TYPE_COLOR: Record<SearchType, string> = {
  case: 'indigo',
  request: 'teal',
  contact: 'grape',
  identifier: 'orange',
};

/** Where in domain.json the core's raw codes in a subtitle ("police", "domain") find their labels. */
export const SUBTITLE_LABELS: Record<SearchType, string[]> = {
  case: ['offence', 'caseStatus', 'priority'],
  request: ['channelShort', 'status', 'kind'],
  contact: ['contactKind', 'contactRole'],
  identifier: ['identifierKind'],
};

export const hitKey = (hit: SearchHit) => `${hit.type}-${hit.id}`;

/**
 * Groups hits by type, the group holding the best hit first (the core sends them best first), and
 * returns them flattened in the order shown, which is the order the arrow keys walk.
 */
export function groupHits(items: SearchHit[]): { groups: HitGroup[]; ordered: SearchHit[] } {
  const groups: HitGroup[] = [];
  for (const hit of items) {
    const group = groups.find((g) => g.type === hit.type);
    if (group) group.hits.push(hit);
    else groups.push({ type: hit.type, hits: [hit] });
  }
  return { groups, ordered: groups.flatMap((g) => g.hits) };
}

/** Where opening a hit leads; an identifier opens its case on the Subjects & identifiers tab. */
export function hitPath(hit: SearchHit): string {
  switch (hit.type) {
    case 'case':
      return `/cases/${hit.id}`;
    case 'request':
      return `/requests/${hit.id}`;
    case 'contact':
      return `/contacts/${hit.id}`;
    case 'identifier':
      return hit.caseId === null ? '/cases' : `/cases/${hit.caseId}?tab=subjects`;
  }
}
