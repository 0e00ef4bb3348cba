// A web table copied one cell a line may have a column name broken over two lines where its header cell
// wrapped ("责任" / "领导", "第二季度" / "完成情况"): a line that names no column goes with the next line
// where the two together name one; a bracketed note on a line of its own ("责任股室" / "(单位)") is the end of
// the name above it, never a column of its own.

/** A header cell's bracketed note wrapped onto a line of its own: "(单位)", "（万元）". */
export const isBracketTail = (t: string) => /^[（(][^（()）\d]{1,8}[)）]$/.test(t.replace(/\s+/g, ""));

/**
 * The column names that open `texts`, each the indices of its lines (one, or two for a name broken over two
 * lines), up to the first line that is no name nor the first half of one. `isName` says whether a text names a
 * column; `isPiece` whether a line could be a piece of a header at all (short, no sentence).
 */
export function columnNameGroups(texts: string[], isName: (s: string) => boolean, isPiece: (s: string) => boolean): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < texts.length; ) {
    const t = texts[i];
    if (!isPiece(t)) break;
    if (groups.length && isBracketTail(t) && isName(groups[groups.length - 1].map((k) => texts[k]).join("") + t)) {
      groups[groups.length - 1].push(i);
      i++;
      continue;
    }
    if (isName(t)) {
      groups.push([i]);
      i++;
      continue;
    }
    const next = texts[i + 1];
    if (next === undefined || !isPiece(next) || !isName(t + next)) break;
    groups.push([i, i + 1]);
    i += 2;
  }
  return groups;
}

/**
 * Fewer cells in every row than names in a header whose cells wrapped: a name's second line was read as a name of
 * its own ("攻坚目标" / "任务"). Adjacent names join, the shortest second part first (the later of equals), where the
 * two together name a column, until the header is `width` names wide or no two such names are left. `groups` as
 * `columnNameGroups` gives them; the first group (the number column) never joins.
 */
export function fitColumnNames(groups: number[][], texts: string[], width: number, isName: (s: string) => boolean): number[][] {
  const out = groups.map((g) => [...g]);
  const text = (g: number[]) => g.map((k) => texts[k]).join("");
  while (out.length > width) {
    let best = -1;
    for (let g = 1; g + 1 < out.length; g++) {
      if (out[g].length > 1 || out[g + 1].length > 1 || !isName(text(out[g]) + text(out[g + 1]))) continue;
      if (best < 0 || text(out[g + 1]).length <= text(out[best + 1]).length) best = g;
    }
    if (best < 0) break;
    out.splice(best, 2, [...out[best], ...out[best + 1]]);
  }
  return out;
}
