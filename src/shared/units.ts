// A collective entry addresses every body of a kind: "各乡镇党委、政府", "各县市区党委、人民政府", "各学校".
// Plans print it as a list ("各乡镇党委、政府"), and a unit list split on 、 makes the second body word
// ("政府") look like a unit of its own. A bare body word right after a "各…" entry belongs to it.
export const BARE_BODY = /^(?:人民)?(?:政府|党委|党工委|党组|纪委|团委|工会|妇联|支部|党支部|管委会|居委会|村委会)$/;

export const isCollective = (name: string) => name.startsWith("各");

/** Indexes of the entries that join the one before them (a bare body word after a collective entry). */
export function collectiveJoins(names: string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < names.length; i++) {
    let j = i - 1;
    while (out.includes(j)) j--;
    if (isCollective(names[j]) && BARE_BODY.test(names[i].trim())) out.push(i);
  }
  return out;
}

/** ["各乡镇党委", "政府", "县财政局"] → ["各乡镇党委、政府", "县财政局"]. */
export function joinCollective(names: string[]): string[] {
  const joins = new Set(collectiveJoins(names));
  const out: string[] = [];
  names.forEach((n, i) => (joins.has(i) ? (out[out.length - 1] += `、${n.trim()}`) : out.push(n)));
  return out;
}
