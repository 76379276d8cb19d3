import type { RequestDetail } from '../../../../shared/contract/requests';
import {
  isStatusOfChannel,
  KINDS_BY_CHANNEL,
  type AssistanceType,
  type Channel,
  type DataCategory,
  type Direction,
  type Urgency,
} from '../../../../shared/domain/requests';

type HandlingCode = NonNullable<RequestDetail['handlingCode']>;

export interface RequestFormValues {
  channel: Channel;
  direction: Direction;
  kind: string | null;
  title: string;
  counterpartCountry: string | null;
  counterpartAuthority: string;
  provider: string;
  legalBasis: string;
  assistanceTypes: string[];
  dataCategories: string[];
  urgency: Urgency;
  status: string;
  ourReference: string;
  theirReference: string;
  sentOn: string;
  dueOn: string;
  preservationUntil: string;
  respondedOn: string;
  closedOn: string;
  handlingCode: string | null;
  usableInCourt: 'yes' | 'no' | 'unknown';
  directlyAccessible: 'yes' | 'no' | 'unknown';
  notes: string;
}

export interface RequestDefaults {
  channel?: Channel;
  counterpartCountry?: string | null;
}

export function initialRequestValues(
  existing: RequestDetail | undefined,
  defaults: RequestDefaults = {},
): RequestFormValues {
  if (!existing) {
    const channel = defaults.channel ?? 'provider';
    return {
      channel,
      direction: 'outgoing',
      kind: KINDS_BY_CHANNEL[channel][0] ?? null,
      title: '',
      counterpartCountry: defaults.counterpartCountry ?? null,
      counterpartAuthority: '',
      provider: '',
      legalBasis: '',
      assistanceTypes: [],
      dataCategories: [],
      urgency: 'routine',
      status: 'draft',
      ourReference: '',
      theirReference: '',
      sentOn: '',
      dueOn: '',
      preservationUntil: '',
      respondedOn: '',
      closedOn: '',
      handlingCode: null,
      usableInCourt: 'unknown',
      directlyAccessible: 'unknown',
      notes: '',
    };
  }
  return {
    channel: existing.channel,
    direction: existing.direction,
    kind: existing.kind,
    title: existing.title,
    counterpartCountry: existing.counterpartCountry,
    counterpartAuthority: existing.counterpartAuthority,
    provider: existing.provider,
    legalBasis: existing.legalBasis,
    assistanceTypes: existing.assistanceTypes,
    dataCategories: existing.dataCategories,
    urgency: existing.urgency,
    status: existing.status,
    ourReference: existing.ourReference,
    theirReference: existing.theirReference,
    sentOn: existing.sentOn ?? '',
    dueOn: existing.dueOn ?? '',
    preservationUntil: existing.preservationUntil ?? '',
    respondedOn: existing.respondedOn ?? '',
    closedOn: existing.closedOn ?? '',
    handlingCode: existing.handlingCode,
    usableInCourt: existing.usableInCourt === null ? 'unknown' : existing.usableInCourt ? 'yes' : 'no',
    directlyAccessible: existing.directlyAccessible === null ? 'unknown' : existing.directlyAccessible ? 'yes' : 'no',
    notes: existing.notes,
  };
}

export const usesDataCategories = (channel: Channel) => channel === 'provider' || channel === 'mla';
export const usesAssistanceTypes = (channel: Channel) => channel === 'rogatory' || channel === 'mla';

/** What the form becomes when the user switches channel: kind and status valid again, foreign fields cleared. */
export function switchChannel(values: RequestFormValues, channel: Channel): RequestFormValues {
  const kinds = KINDS_BY_CHANNEL[channel];
  return {
    ...values,
    channel,
    kind: values.kind !== null && kinds.includes(values.kind) ? values.kind : (kinds[0] ?? null),
    status: isStatusOfChannel(channel, values.status) ? values.status : 'draft',
    provider: channel === 'provider' ? values.provider : '',
    preservationUntil: channel === 'provider' ? values.preservationUntil : '',
    handlingCode: channel === 'police' ? values.handlingCode : null,
    usableInCourt: channel === 'police' ? values.usableInCourt : 'unknown',
    directlyAccessible: channel === 'police' ? values.directlyAccessible : 'unknown',
    assistanceTypes: usesAssistanceTypes(channel) ? values.assistanceTypes : [],
    dataCategories: usesDataCategories(channel) ? values.dataCategories : [],
  };
}

const dateOrNull = (value: string) => (value === '' ? null : value);

export function requestPayload(values: RequestFormValues) {
  const { channel } = values;
  return {
    channel,
    direction: values.direction,
    kind: KINDS_BY_CHANNEL[channel].length > 0 ? values.kind : null,
    title: values.title,
    // An empty country is sent as-is so the server's "choose a country" message lands under the field.
    counterpartCountry: values.counterpartCountry ?? '',
    counterpartAuthority: values.counterpartAuthority,
    provider: channel === 'provider' ? values.provider : '',
    legalBasis: values.legalBasis,
    assistanceTypes: (usesAssistanceTypes(channel) ? values.assistanceTypes : []) as AssistanceType[],
    dataCategories: (usesDataCategories(channel) ? values.dataCategories : []) as DataCategory[],
    urgency: values.urgency,
    status: values.status,
    ourReference: values.ourReference,
    theirReference: values.theirReference,
    sentOn: dateOrNull(values.sentOn),
    dueOn: dateOrNull(values.dueOn),
    preservationUntil: channel === 'provider' ? dateOrNull(values.preservationUntil) : null,
    respondedOn: dateOrNull(values.respondedOn),
    closedOn: dateOrNull(values.closedOn),
    handlingCode: channel === 'police' ? ((values.handlingCode ?? null) as HandlingCode | null) : null,
    usableInCourt: channel !== 'police' || values.usableInCourt === 'unknown' ? null : values.usableInCourt === 'yes',
    directlyAccessible:
      channel !== 'police' || values.directlyAccessible === 'unknown' ? null : values.directlyAccessible === 'yes',
    notes: values.notes,
  };
}
