import { useState } from 'react';
import type { SheetOpened, SheetPlanInput } from '../../../../shared/contract/sheet-import';

/** The officer's choices over one opened file: everything the preview, import and problem export take. */
export function useSheetChoices(opened: SheetOpened) {
  const first = opened.sheets[0];
  const [plan, setPlan] = useState<SheetPlanInput>({
    sessionId: opened.sessionId,
    sheet: first?.name ?? '',
    headerRow: first?.suggestedHeaderRow ?? 0,
    columns: null,
    values: [],
    dateOrder: null,
    fixes: [],
    skip: [],
  });
  const update = (patch: Partial<SheetPlanInput>) => setPlan((current) => ({ ...current, ...patch }));
  return {
    plan,
    update,
    /** Another sheet or header row: the mapping and fixes belonged to the old one. */
    pickSheet: (sheet: string) => {
      const found = opened.sheets.find((s) => s.name === sheet);
      update({ sheet, headerRow: found?.suggestedHeaderRow ?? 0, columns: null, fixes: [], skip: [] });
    },
    setHeaderRow: (headerRow: number) => update({ headerRow, columns: null, fixes: [], skip: [] }),
    setValue: (field: string, source: string, target: string | null) =>
      update({
        values: [
          ...(plan.values ?? []).filter((v) => !(v.field === field && v.source === source)),
          { field: field as never, source, target },
        ],
      }),
    fix: (row: number, field: string, value: string) =>
      update({
        fixes: [
          ...(plan.fixes ?? []).filter((f) => !(f.row === row && f.field === field)),
          { row, field: field as never, value },
        ],
      }),
    toggleSkip: (rows: number[], skip: boolean) => {
      const next = new Set(plan.skip ?? []);
      rows.forEach((row) => (skip ? next.add(row) : next.delete(row)));
      update({ skip: [...next] });
    },
  };
}

export type SheetChoices = ReturnType<typeof useSheetChoices>;
