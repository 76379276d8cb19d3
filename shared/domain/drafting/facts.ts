/**
 * Everything a document is assembled from. The core fills it from the case, the request, its
 * identifiers, its counterpart contacts, the office profile and the draft's own fields; the facts a
 * country or provider profile will supply later are optional (`profile`), and the draft's fields
 * stand in for them until then.
 */
import type { IdentifierKind } from '../identifiers';
import type { Channel, Direction, Urgency } from '../requests';
import type { DraftFields, DraftLanguage } from './doc-types';

export interface FactIdentifier {
  id: number;
  kind: IdentifierKind;
  value: string;
  observedAt: string | null;
  timeZone: string | null;
  platform: string | null;
}

export interface FactPerson {
  name: string;
  role: string;
  nationality: string | null;
  dateOfBirth: string | null;
}

/** A provider's legal entity for users of one region (e.g. "EU/EEA" → an Irish affiliate). */
export interface ProviderEntity {
  region: string;
  entity: string;
  address?: string;
}

/** Facts that the country and provider profiles will own; every one may be absent today. */
export interface ProfileFacts {
  /** The language the requested country's authorities accept first. */
  preferredLanguage?: DraftLanguage;
  centralAuthority?: { name: string; address: string };
  /** The treaty or convention article to cite, as text. */
  legalBasisText?: string;
  /** The provider's legal entity per user region. */
  providerEntities?: ProviderEntity[];
}

export interface DraftingFacts {
  office: { name: string; homeCountry: string; hostCountry: string; timeZone: string };
  officer: { name: string; title: string; email: string } | null;
  case: { reference: string; title: string; summary: string; offenceCategory: string };
  request: {
    id: number;
    channel: Channel;
    direction: Direction;
    kind: string | null;
    title: string;
    counterpartCountry: string;
    counterpartAuthority: string;
    provider: string;
    legalBasis: string;
    assistanceTypes: string[];
    dataCategories: string[];
    urgency: Urgency;
    ourReference: string;
    theirReference: string;
    sentOn: string | null;
    preservationUntil: string | null;
    handlingCode: string | null;
  };
  /** Counterpart contacts linked to the request, first the one in the 'counterpart' role. */
  counterparts: { name: string; organisation: string; kind: string; languages: string[] }[];
  identifiers: FactIdentifier[];
  persons: FactPerson[];
  profile: ProfileFacts;
  /** The draft's free-text fields as the officer left them (prefilled when the draft was new). */
  fields: DraftFields;
  /** The day the document is dated, YYYY-MM-DD in the office's zone. */
  today: string;
}
