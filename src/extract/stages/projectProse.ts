// Projects named in unnumbered prose: a news report or a 公示 of 民生实事 that names its projects in
// sentences instead of numbering them — "农村中小学改扩建食堂项目方面，…新建食堂400个，投入资金2亿元。",
// "“××县2020年义务教育项目”及“××县2020年学前教育项目”已经批复。…义务教育项目总建筑面积…；学前教育项目…",
// "民生实事项目为：“增加公办义务教育学位”和“××学校改扩建项目”". Each project named is a task; what
// the text says after a mention of it (up to a mention of another) is its text, searched for figures.
// Tried only where a document gave no task at all (never nothing).
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import type { Para, RawTask } from "./types.js";

// "X项目方面，": a report's sentence about one project
const ASPECT = /(?:^|[。；;！!，,\s])((?:[^，,。；;：:“”"《》\s]{2,40}?)(?:项目|工程))方面[，,：:]/gu;
// a quoted project name: “…项目” / “…工程”, or any quoted name in a list the text says are its projects
const QUOTED = /“([^“”\n]{3,40}?)”/gu;
const NAMED_END = /(?:项目|工程)$/u;
const LIST_INTRO = /(?:项目|实事|工程)(?:为|是|包括|有)[：:]?\s*$/u;
const MAX_PROJECTS = 12;

interface Mention {
  para: number;
  at: number;
  end: number;
  project: number;
}

/** The projects a document without numbered tasks names in its sentences, as tasks; null if none. */
export function projectProseTasks(paras: Para[]): RawTask[] | null {
  const names: { title: Stitched; core: string }[] = [];
  const mentions: Mention[] = [];
  const add = (pi: number, at: number, end: number, nameAt: number, nameEnd: number) => {
    const text = foldHan(paras[pi].st.text.slice(nameAt, nameEnd)).replace(/\s+/g, "");
    // "临泉县2020年义务教育项目" goes on as "义务教育项目": the name after its place and year
    const core = text.replace(/^.*?\d{4}\s*年(?:度)?/u, "");
    let k = names.findIndex((n) => n.core === core);
    if (k < 0) {
      if (names.length >= MAX_PROJECTS) return;
      k = names.length;
      names.push({ title: paras[pi].st.slice(nameAt, nameEnd).trim(), core });
    }
    mentions.push({ para: pi, at, end, project: k });
  };
  paras.forEach((p, pi) => {
    const t = foldHan(p.st.text);
    for (const m of t.matchAll(ASPECT)) {
      const nameAt = m.index! + m[0].indexOf(m[1]);
      add(pi, nameAt, m.index! + m[0].length, nameAt, nameAt + m[1].length);
    }
    for (const m of t.matchAll(QUOTED)) {
      const inner = m[1].trim();
      const before = t.slice(Math.max(0, m.index! - 16), m.index!).replace(/(?:“[^“”]*”\s*(?:[和及与、]|以及)\s*)+$/u, "");
      if (!NAMED_END.test(inner) && !LIST_INTRO.test(before)) continue;
      if (/[，,。；;]/.test(inner)) continue;
      // "是“××工程”的重要任务", "“××工程”重点任务", "“××工程”年度评价": a programme the work is
      // part of, named to qualify something else, is no project of its own
      if (/^\s*(?:的|重点|重要|年度|任务|工作)/.test(t.slice(m.index! + m[0].length))) continue;
      add(pi, m.index!, m.index! + m[0].length, m.index! + 1, m.index! + m[0].length - 1);
    }
  });
  if (!names.length) return null;
  // later mentions by the shorter name ("义务教育项目总建筑面积…")
  paras.forEach((p, pi) => {
    const t = foldHan(p.st.text).replace(/\s/g, " ");
    names.forEach((n, k) => {
      if (n.core.length < 4) return;
      for (let at = t.indexOf(n.core); at >= 0; at = t.indexOf(n.core, at + 1)) {
        if (mentions.some((m) => m.para === pi && at < m.end && at + n.core.length > m.at)) continue;
        mentions.push({ para: pi, at, end: at + n.core.length, project: k });
      }
    });
  });
  mentions.sort((a, b) => a.para - b.para || a.at - b.at);
  // each mention's text runs to the next mention in its paragraph, or to the paragraph's end
  const parts: Stitched[][] = names.map(() => []);
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    const end = next && next.para === m.para ? next.at : paras[m.para].st.text.length;
    parts[m.project].push(paras[m.para].st.slice(m.end, end));
  });
  return names.map((n, k) => {
    const body = Stitched.join(parts[k], "\n");
    return { no: "", section: null, title: n.title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: 0.4 };
  });
}
