/** A table found at a line: its pipe rows, and the line after its last. */
export interface JoinedTable {
  lines: string[];
  next: number;
}

/**
 * The lines of a text with each table `tableAt` finds replaced by its pipe rows; other lines as they are
 * (the same array when it finds none).
 */
export function joinTablesAt(lines: string[], tableAt: (lines: string[], i: number) => JoinedTable | null): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; ) {
    const found = tableAt(lines, i);
    if (!found) {
      out?.push(lines[i]);
      i++;
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(...found.lines);
    i = found.next;
  }
  return out ?? lines;
}
