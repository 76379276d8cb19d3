import type { TFunction } from 'i18next';
import type { FindingView } from '../../../../shared/contract/drafting';

/** A finding in words: its field names are translated before they go into the sentence. */
export function findingText(t: TFunction, finding: FindingView): string {
  const params: Record<string, string | number> = { ...finding.params };
  const field = finding.params.field;
  if (typeof field === 'string') {
    params.field =
      finding.target.kind === 'request' ? t(`drafting.requestFields.${field}`) : t(`drafting.fields.${field}`);
  }
  return t(`drafting.finding.${finding.code}`, params);
}

export const fieldInputId = (field: string) => `draft-field-${field}`;
