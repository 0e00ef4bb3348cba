// A readable diff of two report texts: sentences (split after 。；！？ and line ends) matched by
// longest common subsequence; a changed sentence is then diffed by characters when it is short
// enough, so "4月10日开工" added inside a sentence shows as that insertion, not a new sentence.
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

const sentences = (s: string) => s.split(/(?<=[。；！？!?\n])/u).filter((x) => x.length > 0);

function lcs<T>(a: T[], b: T[]): DiffPart[] | null {
  // Plain dynamic programming; callers keep the sizes small.
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("same", String(a[i]));
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push("removed", String(a[i++]));
    else push("added", String(b[j++]));
  }
  while (i < n) push("removed", String(a[i++]));
  while (j < m) push("added", String(b[j++]));
  return out;
}

const CHAR_LIMIT = 400;

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const a = sentences(before);
  const b = sentences(after);
  if (a.length * b.length > 250_000) return [...(before ? [{ kind: "removed" as const, text: before }] : []), ...(after ? [{ kind: "added" as const, text: after }] : [])];
  const coarse = lcs(a, b)!;
  // A removed run followed by an added run: a changed passage; diff it by characters if short.
  const out: DiffPart[] = [];
  for (let k = 0; k < coarse.length; k++) {
    const part = coarse[k]!;
    const next = coarse[k + 1];
    if (part.kind === "removed" && next?.kind === "added" && part.text.length <= CHAR_LIMIT && next.text.length <= CHAR_LIMIT) {
      out.push(...lcs([...part.text], [...next.text])!);
      k++;
    } else out.push(part);
  }
  // Merge neighbours of one kind again.
  return out.reduce<DiffPart[]>((acc, p) => {
    const last = acc.at(-1);
    if (last && last.kind === p.kind) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}
