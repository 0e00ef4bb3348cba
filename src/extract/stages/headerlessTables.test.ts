// A task table without its header row (issue 9 §3, never nothing; written cases, invented names).
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const html = (rows: string[][]) => `<html><body><p>某校2031年秋季工作安排</p><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table></body></html>`;
const run = (rows: string[][]) => extractPlan(Buffer.from(html(rows)), { filename: "x.html" });

describe("a task table without a header row", () => {
  it("gives a task per row, named by the column that states work, with low confidence and a warning", async () => {
    const { plan, warnings } = await run([
      ["做好秋季开学准备工作", "教务处", "8月31日前"],
      ["开展校园安全隐患排查", "保卫处", "9月10日前"],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["做好秋季开学准备工作", "开展校园安全隐患排查"]);
    expect(plan.tasks.map((t) => t.lead.join("、"))).toEqual(["教务处", "保卫处"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join())).toEqual(["2031-08-31", "2031-09-10"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings).toContain("文档中的表格没有表头，已将写明工作的一列的2行列为任务，请逐项核对");
    expect(warnings.some((w) => w.startsWith("未识别到任何任务") || w.startsWith("文档中的表格未识别出任务"))).toBe(false);
  });
  it("reads the same table in a Word file", async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const rows = [
      ["1", "组织教师暑期全员培训", "人事股"],
      ["2", "完成校舍维修改造", "计财股"],
    ];
    const doc = new Document({ sections: [{ children: [new Paragraph("某县2031年暑期工作安排"), new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }] });
    const { plan, warnings } = await extractPlan(await Packer.toBuffer(doc), { filename: "x.docx" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["组织教师暑期全员培训", "完成校舍维修改造"]);
    expect(warnings).toContain("文档中的表格没有表头，已将写明工作的一列的2行列为任务，请逐项核对");
  });
  it("leaves a roster or a table of figures unread", async () => {
    for (const rows of [
      [["周一", "张三"], ["周二", "李四"]],
      [["学校", "学生数"], ["第一小学", "1200"], ["第二小学", "980"]],
    ]) {
      const { plan, warnings } = await run(rows);
      expect(plan.tasks).toEqual([]);
      expect(warnings).toContain("文档中的表格未识别出任务（未找到任务名称列），请核对表格或手工录入");
    }
  });
  it("takes no rows where the text around the table holds the tasks", async () => {
    const page = `<html><body><p>某校2031年秋季工作安排</p><p>1. 做好秋季开学准备工作。</p><p>2. 开展校园安全隐患排查。</p><table><tr><td>组织新生入学教育</td><td>德育处</td></tr><tr><td>完成教材征订发放</td><td>教务处</td></tr></table></body></html>`;
    const { plan } = await extractPlan(Buffer.from(page), { filename: "x.html" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["做好秋季开学准备工作", "开展校园安全隐患排查"]);
  });
});
