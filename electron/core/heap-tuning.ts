import v8 from 'node:v8';

/**
 * For a process that answers the window (the host, the Electron main, and the bench that measures
 * them): turns off V8's allocation-site pretenuring. The reminder sweep holds up to 500 deadline items
 * while it queries each one, so V8 learns to allocate the list's objects straight into the old
 * generation; every later list (the worklist: 200 items, 2-3 times a second while scrolling) then keeps
 * its young strings alive through each scavenge, which went from ~1.1 ms to ~3.6 ms, and fills the old
 * generation with garbage that needs full collections. electron/core/DECISIONS.md has the measurements.
 */
export function tuneHeapForDispatch(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
