import type { TFunction } from 'i18next';
import type { TimelineEvent, TimelineKind } from '../../../../shared/contract/timeline';

/** Params each full sentence needs; without them the event falls back to its plain sentence. */
const NEEDS: Record<TimelineKind, string[]> = {
  case_created: ['title'],
  case_updated: [],
  case_archived: [],
  case_restored: [],
  subject_added: ['name'],
  subject_updated: ['name'],
  subject_removed: ['name'],
  identifier_added: ['value'],
  identifier_updated: ['value'],
  identifier_removed: ['value'],
  request_created: ['title'],
  request_updated: ['title'],
  request_status_changed: ['title', 'from', 'to'],
  request_step_undone: ['title', 'from', 'to'],
  contact_linked: ['name', 'title'],
  contact_unlinked: ['name', 'title'],
  case_exported: ['file'],
  case_imported: ['office'],
  attachment_added: ['name'],
  attachment_superseded: ['name'],
  attachment_described: ['name', 'description'],
};

const isRequestEvent = (kind: TimelineKind) => kind.startsWith('request_') || kind.startsWith('contact_');

/** Turns a stored code (status, channel, kind, role) into its label, in the vocabulary the event belongs to. */
function label(t: TFunction, key: string, raw: string, kind: TimelineKind): string {
  const tr = (path: string) => t(path, { defaultValue: raw });
  switch (key) {
    case 'from':
    case 'to':
    case 'status':
      return tr(isRequestEvent(kind) ? `domain.status.${raw}` : `domain.caseStatus.${raw}`);
    case 'channel':
      return tr(`domain.channel.${raw}`);
    case 'kind':
      if (kind.startsWith('attachment_')) return tr(`attachments.kind.${raw}`);
      return tr(kind.startsWith('identifier_') ? `domain.identifierKind.${raw}` : `domain.kind.${raw}`);
    case 'role':
      return tr(kind.startsWith('subject_') ? `domain.subjectRole.${raw}` : `domain.contactRole.${raw}`);
    default:
      return raw;
  }
}

function fieldList(raw: string): string[] {
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON after all: fall through to a plain list.
    }
  }
  return raw.split(/[,;\s]+/).filter(Boolean);
}

function fieldLabel(t: TFunction, field: string): string {
  const name = field.replace(/Id$/, '');
  return t(`cases.field.${name}`, { defaultValue: t(`requests.field.${name}`, { defaultValue: field }) });
}

export interface TimelineText {
  sentence: string;
  details: string[];
}

export function describeEvent(event: TimelineEvent, t: TFunction): TimelineText {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.params ?? {})) {
    if (value === null || value === '') continue;
    values[key] = label(t, key, String(value), event.kind);
  }
  const full = NEEDS[event.kind].every((key) => key in values);
  const sentence = full
    ? t(`timeline.event.${event.kind}`, values)
    : t(`timeline.plain.${event.kind}`, { defaultValue: event.kind });

  const details: string[] = [];
  const used = full ? NEEDS[event.kind] : [];
  const extra = full ? ['channel', 'kind', 'role'] : ['title', 'name', 'value', 'channel', 'kind', 'role'];
  for (const key of extra) {
    const value = values[key];
    if (value && !used.includes(key)) details.push(key === 'role' ? t('timeline.asRole', { role: value }) : value);
  }
  if (values.from && values.to && !used.includes('from')) details.push(`${values.from} → ${values.to}`);
  if (values.sha256) details.push(t('timeline.sha256', { hash: values.sha256.slice(0, 12) }));
  const changed = event.params.fields ?? event.params.changed ?? event.params.changedFields;
  if (typeof changed === 'string' && changed !== '') {
    details.push(
      t('timeline.changed', {
        fields: fieldList(changed)
          .map((f) => fieldLabel(t, f))
          .join(', '),
      }),
    );
  }
  return { sentence, details };
}
