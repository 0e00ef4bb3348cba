// The pipeline on reader output that plain text cannot show: automatic numbering and headings
// from DOCX, and a table that continues on the next page with its header repeated.
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "./model.js";
import { runPipeline } from "./pipeline.js";

describe("runPipeline on DOCX-like blocks", () => {
  it("uses automatic numbering and keeps provenance on it", () => {
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "北岭县教育局2025年工作要点", heading: 1 },
        { kind: "paragraph", text: "加强党的建设", numbering: "一、", heading: 2 },
        { kind: "paragraph", text: "强化理论武装。每季度开展集中学习不少于1次。", numbering: "1.", boldPrefix: "强化理论武装。" },
        { kind: "paragraph", text: "推进清廉学校建设。年底前实现全覆盖。（牵头单位：纪检组）", numbering: "2." },
      ],
    };
    const { plan } = runPipeline(doc, "a.docx");
    expect(plan.title).toBe("北岭县教育局2025年工作要点");
    expect(plan.sections).toEqual([expect.objectContaining({ no: "一", title: "加强党的建设" })]);
    expect(plan.tasks.map((t) => [t.no, t.title, t.section])).toEqual([
      ["1", "强化理论武装", "一"],
      ["2", "推进清廉学校建设", "一"],
    ]);
    expect(plan.tasks[1].lead).toEqual(["纪检组"]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2025-12"]);
    const title = plan.tasks[0].fields.title;
    expect(plan.sourceText.slice(...title.span)).toBe("强化理论武装");
  });

  it("merges a division table continued with a repeated header", () => {
    const header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"].map((text) => ({ text }));
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "南川区2024年教育重点任务分解表" },
        { kind: "table", rows: [header, [{ text: "1" }, { text: "新建学校2所" }, { text: "区教育局" }, { text: "区财政局\n区住建局" }, { text: "2024年9月" }]] },
        { kind: "table", rows: [header, [{ text: "2" }, { text: "培训教师3000人次" }, { text: "区教师发展中心" }, { text: "" }, { text: "年底" }]] },
      ],
    };
    const { plan, warnings } = runPipeline(doc, "b.docx");
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建学校2所", "培训教师3000人次"]);
    expect(plan.tasks[0].co).toEqual(["区财政局", "区住建局"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2024-09"]);
    expect(plan.tasks[1].targets.map((t) => `${t.value}${t.unit}`)).toEqual(["3000人次"]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2024-12"]);
    expect(warnings).toEqual([]);
  });

  it("continues a row across a repeated header and never makes a task without a name", () => {
    const header = ["序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时间"].map((text) => ({ text }));
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "西岭县2026年教育重点工作分工方案" },
        { kind: "table", rows: [header, [{ text: "1" }, { text: "推进集团办学" }, { text: "1.组建教育集团3个；\n2.4月底前出台章程；" }, { text: "基教股" }, { text: "人事股、" }, { text: "9月底前" }]] },
        { kind: "table", rows: [header, [{ text: "" }, { text: "" }, { text: "3.开展集团视导。" }, { text: "" }, { text: "督导室" }, { text: "" }], [{ text: "2" }, { text: "加强学校安全" }, { text: "1.排查隐患。" }, { text: "安全股" }, { text: "" }, { text: "6月底前" }]] },
      ],
    };
    const { plan } = runPipeline(doc, "c.docx");
    expect(plan.tasks.map((t) => [t.no, t.title, t.measures, t.co.join("、")])).toEqual([
      ["1", "推进集团办学", 3, "人事股、督导室"],
      ["2", "加强学校安全", 1, ""],
    ]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2026-04", "2026-09"]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2026-06"]);
  });
});
