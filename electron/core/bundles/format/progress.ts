/** Reports byte progress at most every `step` bytes (and always at the end), so callers need not throttle. */
export function progressReporter(
  total: number,
  onProgress: ((done: number, total: number) => void) | undefined,
  step = 1024 * 1024,
): { add: (bytes: number) => void; finish: () => void } {
  let done = 0;
  let reported = -1;
  const report = () => {
    if (!onProgress || done === reported) return;
    reported = done;
    onProgress(Math.min(done, total), total);
  };
  return {
    add: (bytes) => {
      done += bytes;
      if (done - reported >= step) report();
    },
    finish: () => {
      done = total;
      report();
    },
  };
}
