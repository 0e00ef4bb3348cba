// A binary search over a list in order, for the stages that look a position up among sorted spans.

/**
 * How many of the first `n` entries of a list in order come before a point: `before(i)` holds for a
 * leading run of indices and for none after it. The index of the first entry not before it (its
 * lower bound), in log n steps.
 */
export function countBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0,
    hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
