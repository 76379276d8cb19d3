/**
 * Pure merging of the pack in force with the office's own edits, and the comparison an import shows
 * before anything is written. An office edit always wins over the pack and is never dropped by an import
 * unless the officer chooses the pack's value for that fact.
 */
import { factId, type PackFact } from './pack-schema';
import type { FactKind, FactValue } from './fields';

export interface Overlay {
  kind: FactKind;
  key: string;
  field: string;
  /** null: the office says this fact is wrong or not known, and hides the pack's value. */
  value: FactValue | null;
  note: string;
  editedAt: string;
  editedBy: string | null;
}

export interface EffectiveFact {
  kind: FactKind;
  key: string;
  field: string;
  value: FactValue | null;
  /** Pack source id; null for a local fact. */
  source: string | null;
  asOf: string;
  note: string | null;
  local: boolean;
  editedBy: string | null;
  /** What the pack says underneath a local edit (so the officer can compare and revert). */
  packValue: FactValue | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function effectiveFacts(pack: PackFact[], overlays: Overlay[]): EffectiveFact[] {
  const local = new Map(overlays.map((o) => [factId(o), o]));
  const out: EffectiveFact[] = pack.map((fact) => {
    const edit = local.get(factId(fact));
    local.delete(factId(fact));
    if (!edit) return { ...fact, local: false, editedBy: null, packValue: null };
    return {
      ...fact,
      value: edit.value,
      source: null,
      asOf: edit.editedAt.slice(0, 10),
      note: edit.note || null,
      local: true,
      editedBy: edit.editedBy,
      packValue: fact.value,
    };
  });
  for (const edit of local.values()) {
    out.push({
      kind: edit.kind,
      key: edit.key,
      field: edit.field,
      value: edit.value,
      source: null,
      asOf: edit.editedAt.slice(0, 10),
      note: edit.note || null,
      local: true,
      editedBy: edit.editedBy,
      packValue: null,
    });
  }
  return out;
}

export type ChangeKind = 'unchanged' | 'updated' | 'conflict' | 'new' | 'removed';

export interface FactChange {
  id: string;
  kind: FactKind;
  key: string;
  field: string;
  change: ChangeKind;
  before: FactValue | null;
  after: FactValue | null;
  local: FactValue | null;
  hasLocal: boolean;
  afterSource: string | null;
  afterAsOf: string | null;
}

/**
 * What importing `incoming` over `current` would do, fact by fact. A fact the office edited and the new
 * pack changes (or newly brings) is a conflict: the officer decides. A fact the office edited that the pack
 * drops stays as the office's own.
 */
export function comparePacks(current: PackFact[], incoming: PackFact[], overlays: Overlay[]): FactChange[] {
  const before = new Map(current.map((f) => [factId(f), f]));
  const after = new Map(incoming.map((f) => [factId(f), f]));
  const local = new Map(overlays.map((o) => [factId(o), o]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.map((id) => {
    const b = before.get(id);
    const a = after.get(id);
    const l = local.get(id);
    const ref = (a ?? b)!;
    let change: ChangeKind;
    if (b && a) {
      const equal = same(b.value, a.value) && b.source === a.source && b.asOf === a.asOf && b.note === a.note;
      change = equal ? 'unchanged' : l && !same(l.value, a.value) ? 'conflict' : 'updated';
    } else if (a) {
      change = l && !same(l.value, a.value) ? 'conflict' : 'new';
    } else {
      change = 'removed';
    }
    return {
      id,
      kind: ref.kind,
      key: ref.key,
      field: ref.field,
      change,
      before: b?.value ?? null,
      after: a?.value ?? null,
      local: l?.value ?? null,
      hasLocal: l !== undefined,
      afterSource: a?.source ?? null,
      afterAsOf: a?.asOf ?? null,
    };
  });
}
