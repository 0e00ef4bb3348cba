// Sibling heads (xhead19): the items of one numbered list are named alike. Where most items of a list are
// named by a short head before a colon ("1.教育教学：完善…" named 教育教学) and one item's head was kept with
// its text (its value looked like a list of short things, "4.资产管理：完善采购、保管、使用流程，…"), its
// siblings show the split: that item is named by its head too. A list is a run of tasks numbered 1, 2, 3…
// under one part; a head is 2–12 Chinese characters (、 allowed) closed by a colon. (xtaskspool) An item that is
// only its head and the colon ("2.音响设备：", a duty still to be filled in) is named by its head as well, and
// the items whose text opens with no head at all (a plain sentence among the heads, "1.所有教职工准时到场…")
// say nothing about the split: most of the items that have a head decide it.
// (measured and left, xhead19: an item whose heading ran into its text with no mark between, "3.安全与应急管理强化组织
// 全园…", in a list where another item has its heading on a line of its own — cut before the first verb 4–16
// characters in (强化, 细化, 设计…) when the words before it hold no verb: pooled +3 tp −3 fp in one corpus and no
// other document of any corpus changed; below the bar of two corpora, and one of its three cuts is short of the
// heading, "家园关系" of "家园关系深化设计…", matched only by the number.)
import { numberedRuns } from "./numberedRuns.js";
import type { RawTask, Stage } from "./types.js";

// the item's number at the start of its text, then its head and the colon after it
const NUMBER = /^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）、.．]\s*|[\u2460-\u2473]\s*[、.．]?\s*)?/u;
const HEAD = /^([\u4e00-\u9fff][\u4e00-\u9fff、]{1,11})[ \t\u3000]*[：:]\s*\S/u;
// an item that is only its head and the colon: "2.音响设备："
const BARE_HEAD = /^([\u4e00-\u9fff][\u4e00-\u9fff、]{1,11})[ \t\u3000]*[：:][\s。；;]*$/u;

/** The head before a colon that opens an item's text ("教育教学" of "1.教育教学：…"), or null. */
export function itemHead(t: RawTask): string | null {
  const text = t.body.text;
  const from = NUMBER.exec(text)?.[0].length ?? 0;
  const m = HEAD.exec(text.slice(from));
  return m ? m[1] : null;
}

/** The head of an item that is only its head and a colon ("音响设备" of "2.音响设备："), or null. */
function bareHead(t: RawTask): string | null {
  const text = t.body.text;
  const from = NUMBER.exec(text)?.[0].length ?? 0;
  return BARE_HEAD.exec(text.slice(from))?.[1] ?? null;
}

const compact = (s: string) => s.replace(/\s+/g, "");

/** Whether an item's value after its head is a few words and no clause ("周红", "赵兰、钱芳", "赵兰、钱芳、孙丽"). */
function shortValue(t: RawTask, head: string): boolean {
  const text = t.body.text;
  const at = text.indexOf(head);
  if (at < 0) return false;
  const value = text.slice(at + head.length).replace(/^[ \t\u3000]*[：:]/, "").replace(/[。；;，,\s]+$/, "").trim();
  // (a value with a figure, a date or a time, "决赛：10月24日全天", stays with its label: it does not show the split)
  if (!value || /[，,；;：:。（(\d０-９]/.test(value)) return false;
  // (a few words, or a roster of short names: "赵兰、钱芳、孙丽")
  return value.length <= 8 || (value.length <= 16 && value.split("、").every((w) => w.trim().length >= 2 && w.trim().length <= 4));
}

export const siblingHeads: Stage = (doc) => {
  const tasks = doc.proseTasks;
  if (tasks.length < 3) return doc;
  let changed = false;
  const out = tasks.slice();
  for (const list of numberedRuns(tasks, 3)) {
    const heads = list.map((i) => itemHead(tasks[i]));
    const bare = list.map((i) => bareHead(tasks[i]));
    // (an item whose value after its head is a few words, no clause, "4.奖品准备：周红", is a label and its value,
    // named by the label when its fields are read: it shows the split too, and is left to that)
    const short = list.map((i, k) => !!heads[k] && shortValue(tasks[i], heads[k]!));
    // (most of the list, at least two items, named by their heads: every item with a head is named by it)
    const whole = list.filter((i, k) => heads[k] && compact(tasks[i].title.text) === heads[k]);
    const most = whole.length >= 2 && whole.length * 2 >= list.length;
    // (else most of the items that open with a head, at least two, named by their heads, the short values and bare
    // heads counted: an item is named by its head only beside one so named, the siblings that show the split)
    const named = list.map((i, k) => {
      const h = heads[k] ?? bare[k];
      return !!h && (compact(tasks[i].title.text) === h || short[k]);
    });
    const headed = list.filter((_, k) => heads[k] || bare[k]).length;
    const count = named.filter(Boolean).length;
    if (!most && (count < 2 || count * 2 < headed)) continue;
    list.forEach((i, k) => {
      const head = heads[k];
      const title = tasks[i].title;
      if (!head || compact(title.text) === head || !title.text.startsWith(head)) return;
      if (!most && (short[k] || !(named[k - 1] || named[k + 1]))) return;
      out[i] = { ...tasks[i], title: title.slice(0, head.length) };
      changed = true;
    });
  }
  return changed ? { ...doc, proseTasks: out } : doc;
};
