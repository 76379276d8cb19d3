import { randomId } from '@mantine/hooks';
import { TIME_ZONE_OPTIONS } from '../../lib/countries';
import type { Office } from '../../../../shared/contract/office';
import type { ChannelInput } from '../../../../shared/ipc-contract';

export interface OfficerRow {
  /** Stable React key; officers saved before also carry their database id. */
  key: string;
  id: number | null;
  name: string;
  title: string;
  email: string;
  active: boolean;
}

export interface OfficeProfileValues {
  name: string;
  homeCountry: string | null;
  hostCountry: string | null;
  timeZone: string | null;
  referencePrefix: string;
  officers: OfficerRow[];
}

export type OfficeProfilePayload = ChannelInput<'office:setup'>;

export function emptyOfficer(): OfficerRow {
  return { key: randomId(), id: null, name: '', title: '', email: '', active: true };
}

export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

export function blankProfile(): OfficeProfileValues {
  return {
    name: '',
    homeCountry: null,
    hostCountry: null,
    timeZone: browserTimeZone(),
    referencePrefix: 'LGT',
    officers: [emptyOfficer()],
  };
}

export function profileFromOffice(office: Office): OfficeProfileValues {
  return {
    name: office.name,
    homeCountry: office.homeCountry,
    hostCountry: office.hostCountry,
    timeZone: office.timeZone,
    referencePrefix: office.referencePrefix,
    officers: office.officers.map((o) => ({ key: `officer-${o.id}`, ...o })),
  };
}

/** Empty pickers go to the server as '' so its validation names the missing field. */
export function toPayload(values: OfficeProfileValues): OfficeProfilePayload {
  return {
    name: values.name,
    homeCountry: values.homeCountry ?? '',
    hostCountry: values.hostCountry ?? '',
    timeZone: values.timeZone ?? '',
    referencePrefix: values.referencePrefix,
    officers: values.officers.map(({ id, name, title, email, active }) => ({
      ...(id === null ? {} : { id }),
      name,
      title,
      email,
      active,
    })),
  };
}

/** Intl's list leaves out aliases such as 'UTC' that a browser may report; keep the current value pickable. */
export function timeZoneOptions(current: string | null): string[] {
  return current && !TIME_ZONE_OPTIONS.includes(current) ? [current, ...TIME_ZONE_OPTIONS] : TIME_ZONE_OPTIONS;
}
