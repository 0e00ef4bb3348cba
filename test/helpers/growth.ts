// How a function's time grows with its input: the best of three runs of a small and a big input (after a
// warm-up), for the scaling tests that tell a linear stage from a quadratic one by the ratio, never by
// the time itself.
export function growth(small: () => unknown, big: () => unknown): { small: number; big: number; ratio: number } {
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  time(small);
  const s = Math.min(time(small), time(small), time(small));
  const b = Math.min(time(big), time(big), time(big));
  return { small: s, big: b, ratio: b / s };
}
