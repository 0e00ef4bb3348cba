import { describe, expect, it } from "vitest";
import { demandParagraphs, demandsHeadingTask } from "./containerParagraphs.js";
import { Stitched } from "./stitched.js";
import type { Para, RawTask } from "./types.js";

/** A part's heading task over its lines, as the walk emits it, and the document's paragraphs. */
function part(lines: string[]): { task: RawTask; paras: Para[] } {
  const text = lines.join("\n");
  const paras: Para[] = [];
  let at = 0;
  for (const l of lines) {
    paras.push({ st: Stitched.of(text, at, at + l.length) });
    at += l.length + 1;
  }
  const body = Stitched.of(text, 0, text.length);
  const title = Stitched.of(text, 2, lines[0].length);
  const task: RawTask = { no: "", section: { no: "三", title: title.text, span: title.span() }, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: 0.6 };
  return { task, paras };
}

describe("a demands part without items (containerParagraphs, xr28b)", () => {
  it("knows a heading task of a kind of demands, not a framing part nor a numbered item", () => {
    expect(demandsHeadingTask(part(["三、活动要求", "各班级要高度重视。"]).task)).toBe(true);
    expect(demandsHeadingTask(part(["三、安全措施", "各班级要高度重视。"]).task)).toBe(true);
    expect(demandsHeadingTask(part(["一、总体要求", "到年底，全面完成…。"]).task)).toBe(false);
    expect(demandsHeadingTask({ ...part(["三、活动要求", "各班级要高度重视。"]).task, no: "三" })).toBe(false);
  });
  it("reads two or more paragraphs of work as a task each, named by the first sentence", () => {
    const { task, paras } = part(["三、活动要求", "各班级要高度重视读书月活动，精心组织，按时开展。", "全体学生要积极参与，认真阅读，做好读书笔记。"]);
    expect(demandParagraphs(task, paras).map((t) => t.title.text)).toEqual(["各班级要高度重视读书月活动，精心组织，按时开展", "全体学生要积极参与，认真阅读，做好读书笔记"]);
  });
  it("keeps none of a lone paragraph of general demands, nor of paragraphs that open with their purpose", () => {
    const lone = part(["三、活动要求", "各班级要高度重视读书月活动，精心组织，按时开展。"]);
    expect(demandParagraphs(lone.task, lone.paras)).toEqual([]);
    const framed = part(["三、活动要求", "为确保活动顺利开展，各班要精心组织。", "各班级要高度重视读书月活动，精心组织。"]);
    expect(demandParagraphs(framed.task, framed.paras)).toEqual([]);
  });
});
