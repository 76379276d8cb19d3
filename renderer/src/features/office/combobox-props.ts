/**
 * Mantine keeps a closed dropdown's listbox in the DOM, labelled by the field's label, so a label
 * lookup (screen readers' "labelled by", Playwright's getByLabel) finds two elements. Unmounting it
 * while closed leaves the label pointing at the input alone.
 */
export const COMBOBOX_PROPS = { keepMounted: false } as const;
