import { deadlineInputs } from '../deadlines/deadline-inputs';
import { refreshRequestDeadlines } from '../deadlines/refresh';
import { requireOffice } from '../office/office-repo';
import type { WriteScope } from '../write-scope';

type AskBeforeCommit = NonNullable<WriteScope['beforeCommit']>;

/** The requests each write has changed so far, found by the write's own beforeCommit. */
const changedIn = new WeakMap<AskBeforeCommit, Set<number>>();

/**
 * Every change to a request recomputes its deadlines, in the same transaction. The functions that
 * change a request call this; the write recomputes every request it changed once, after its last
 * change, with the rules and calendar read once (write-scope.ts), so no caller has to remember it.
 */
export function requestChanged(scope: WriteScope, requestId: number): void {
  const ask = scope.beforeCommit;
  if (!ask) return;
  let changed = changedIn.get(ask);
  if (!changed) {
    const ids = new Set<number>();
    changed = ids;
    changedIn.set(ask, ids);
    ask('request-deadlines', (ctx, orm) => {
      const inputs = deadlineInputs(ctx, requireOffice(orm));
      for (const id of ids) refreshRequestDeadlines(orm, id, inputs);
    });
  }
  changed.add(requestId);
}
