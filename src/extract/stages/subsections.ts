// A decimal subsection ("4.3.1…") and a plain item ("1.…") share a rank in numbering.ts; a plain list that
// opens right under a subsection is the subsection's own, so the subsection ranks as a section above it.
const SUBSECTION = /^\d{1,2}\.\d{1,2}\.\d{1,2}$/;

export function subsectionsOverLists<N extends { level: number; no: string }>(nums: (N | null)[]): (N | null)[] {
  let out = nums;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!n || !SUBSECTION.test(n.no)) continue;
    let j = i + 1;
    while (j < nums.length && !nums[j]) j++;
    const next = nums[j];
    if (next && next.level === 3 && next.no === "1") {
      if (out === nums) out = nums.slice();
      out[i] = { ...n, level: 2 } as N;
    }
  }
  return out;
}
