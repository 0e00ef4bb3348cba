// The schools a problem list finds wanting (issue 9, xunits26): in a 督导/督查 问题清单 each numbered problem
// names, after its heading, the schools where it was found ("2.某工作尚需开展：甲镇某小学、乙区某幼儿园尚未
// 开展…。丙校…偏少。"). Those schools are the ones the office chases for the rectification: the problem's units.
// A sentence's subject is read by its form — a run of school names ("…小学", "…幼儿园", "…学校", joined by 、,
// closed by 等) opening a clause whose rest states a shortfall (未, 无, 不, 缺, 偏, 尚…) — and cut at the
// school's own name ("某小学心理辅导室无…" → 某小学; "某学校初中部…" → 某学校).
import { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";

// a document that lists the problems an inspection found (its title or its cover's lines)
const PROBLEM_LIST = /问题清单|问题汇总|问题台账|整改清单|督导问题|督查问题|检查问题清单|反馈问题|问题反馈/u;

/** Whether the text before the first task, or the title, says the document lists the problems an inspection found. */
export function isProblemList(title: string | null | undefined, head: string): boolean {
  return PROBLEM_LIST.test(foldHan(title ?? "")) || PROBLEM_LIST.test(foldHan(head));
}

// a school's own name: a place or a name, then the kind of school ("甲镇乙小学", "某县丙幼儿园", "丁学校")
const SCHOOL = String.raw`[\u4e00-\u9fff\d（）()]{2,16}?(?:小学|中学|学校|幼儿园|中心校|学院|大学|完小|教学点|分校)`;
// a run of them opening a clause ("甲小学、乙幼儿园等单位", "丙学校")
const RUN = new RegExp(String.raw`^(${SCHOOL})((?:[、，,](?:${SCHOOL}))*)`, "u");
const ONE = new RegExp(SCHOOL, "gu");
// the shortfall the clause states of them
const SHORTFALL = /未|无|不|缺|偏|尚|没有|欠|差|滞后|薄弱|过[多少低高]/u;
// words no school's name opens with (a clause's verb or preposition: "对甲小学…", "督查组在乙学校…")
const NOT_NAME_START = /^(?:各|全|对|在|向|从|由|经|据|按|其|该|本|我|部分|个别|少数|有的|所有|相关|有关)/u;

/** The schools named as the subjects of a problem's sentences, in order, each once. */
export function problemSubjects(body: Stitched): { name: string; st: Stitched; role?: "co" }[] {
  const t = foldHan(body.text);
  const out: { name: string; st: Stitched }[] = [];
  const seen = new Set<string>();
  const starts = [0];
  for (let i = 0; i < t.length; i++) if ("。；;：:\n！!".includes(t[i])) starts.push(i + 1);
  for (let s of starts) {
    // (the item's own number)
    s += /^\s*(?:[（(]?\s*[一二三四五六七八九十\d]{1,3}\s*[）)、.．](?!\d))?\s*/u.exec(t.slice(s, s + 8))![0].length;
    const rest = t.slice(s);
    if (NOT_NAME_START.test(rest)) continue;
    const run = RUN.exec(rest);
    if (!run) continue;
    const end = /[。；;！!\n]/u.exec(rest.slice(run[0].length));
    const clause = rest.slice(run[0].length, end ? run[0].length + end.index : rest.length);
    if (!SHORTFALL.test(clause)) continue;
    for (const m of run[0].matchAll(ONE)) {
      const name = m[0].replace(/^[、，,]/u, "");
      const at = s + m.index! + (m[0].length - name.length);
      const printed = body.text.slice(at, at + name.length);
      if (seen.has(printed)) continue;
      seen.add(printed);
      out.push({ name: printed, st: body.slice(at, at + name.length) });
    }
  }
  return out;
}
