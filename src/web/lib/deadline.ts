// A deadline as people write it, read into YYYY, YYYY-MM or YYYY-MM-DD (the task editor's 时限).
/** "2026年6月底" → "2026-06"; "2026年6月30日" → "2026-06-30"; anything else unchanged. */
export function normalizeDeadline(text: string): string {
  const t = text.trim().replace(/[底前末]+$/, "");
  const m = /^(\d{4})\s*(?:年|[.\/-])\s*(\d{1,2})\s*(?:月|[.\/-])?\s*(?:(\d{1,2})\s*日?)?$/.exec(t);
  if (m) {
    const [, y, mo, d] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || (d && (Number(d) < 1 || Number(d) > 31))) return text;
    return `${y}-${mo!.padStart(2, "0")}${d ? `-${d.padStart(2, "0")}` : ""}`;
  }
  const y = /^(\d{4})\s*年?(?:底|末)?$/.exec(text.trim());
  return y ? y[1]! : text;
}

