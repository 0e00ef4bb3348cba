// A table row copied one cell a line has more lines than columns: where its lines are cut into the columns is the
// cheapest of all cuts in order, given what it costs for column c to hold lines from..to (dynamic programming). The
// readers differ only in that cost (tables.ts by header roles, serialRows.ts by the cells' shapes).

/** cuts[c] to cuts[c + 1]: the lines of column c (of `columns`), for `lines` lines; cost(c, from, to) may be Infinity. */
export function cheapestCuts(columns: number, lines: number, cost: (column: number, from: number, to: number) => number): number[] {
  const best = Array.from({ length: columns + 1 }, () => new Array<number>(lines + 1).fill(Infinity));
  const from = Array.from({ length: columns + 1 }, () => new Array<number>(lines + 1).fill(0));
  best[0][0] = 0;
  for (let c = 1; c <= columns; c++)
    for (let j = 0; j <= lines; j++)
      for (let i = 0; i <= j; i++) {
        if (best[c - 1][i] === Infinity) continue;
        const v = best[c - 1][i] + cost(c - 1, i, j);
        if (v < best[c][j]) {
          best[c][j] = v;
          from[c][j] = i;
        }
      }
  const cuts = new Array<number>(columns + 1).fill(lines);
  for (let c = columns; c >= 1; c--) cuts[c - 1] = from[c][cuts[c]];
  return cuts;
}
