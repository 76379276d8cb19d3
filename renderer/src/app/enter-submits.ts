import { useEffect } from 'react';

/** Input types the browser never submits a form from on Enter. */
const NO_IMPLICIT_SUBMIT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range']);

/**
 * Enter submits a form from any of its fields (issue 19). The browser does it only from editable text
 * fields, so not from a segmented choice, a checkbox or a closed select: Mantine makes a select's input
 * read-only and opens its list on Enter. This listens in the capture phase, before the field's own
 * handler, and takes Enter only where the field would not use it: an open list keeps Enter to pick its
 * option, and arrows or Space still open a closed one.
 */
function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  const field = event.target;
  if (!(field instanceof HTMLInputElement) || !field.form) return;
  const browserSubmits = !field.readOnly && !NO_IMPLICIT_SUBMIT.has(field.type);
  if (browserSubmits || field.dataset.expanded !== undefined || field.disabled) return;
  event.preventDefault();
  event.stopPropagation();
  field.form.requestSubmit();
}

export function useEnterSubmits(): void {
  useEffect(() => {
    document.addEventListener('keydown', submitOnEnter, true);
    return () => document.removeEventListener('keydown', submitOnEnter, true);
  }, []);
}
