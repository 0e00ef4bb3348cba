// A Word file's own forms, beyond what pandoc writes (issue 9): automatic numbering (numPr) in the
// place of typed numbers, and a task table that goes on after a page break without its header. The
// Word file must read as the same plan typed as text does.
import { Document, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { numbered, planNumbering } from "../../test/fixtures/docx.js";
import { extractPlan } from "./index.js";

const TITLE = "某县教育局2031年教育工作要点";
const ITEMS: [string, string[]][] = [
  ["提升教育质量", ["深化课堂教学改革，推行小组合作学习，2031年6月底前完成。（责任单位：教研室）", "完善学业质量监测，开展两次全县抽测。（责任单位：教育质量监测中心）"]],
  ["加强队伍建设", ["实施青年教师培养工程，培训青年教师300人次。（责任单位：人事股）", "推进校长职级制改革，2031年12月底前完成。（责任单位：人事股）"]],
];
const HEADER = ["序号", "工作任务", "责任单位", "完成时限"];
const ROWS = [
  ["1", "新建城东幼儿园，新增学位360个", "计财股", "2031年9月"],
  ["2", "改造城西小学运动场", "装备股", "2031年8月"],
  ["3", "建设智慧校园平台", "电教站", "2031年11月"],
  ["4", "完成农村学校厕所改造", "后勤服务中心", "2031年10月"],
];

/** The plan typed as text: numbers typed, the table one pipe table. */
function asText(part: "prose" | "table"): string {
  const lines = [TITLE];
  if (part === "table") return [...lines, "重点项目", "", `| ${HEADER.join(" | ")} |`, `|${HEADER.map(() => "---").join("|")}|`, ...ROWS.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  lines.push("一、主要任务");
  ITEMS.forEach(([head, items], i) => {
    lines.push(`（${"一二"[i]}）${head}`);
    items.forEach((item, k) => lines.push(`${k + 1}. ${item}`));
  });
  lines.push("二、工作要求", "各单位要高度重视，精心组织，确保各项任务落到实处。");
  return lines.join("\n");
}

/** The same plan as Word writes it: numbering by numPr, the table broken by a page break, its header not repeated. */
async function asWord(part: "prose" | "table"): Promise<Buffer> {
  const table = (rows: string[][]) =>
    new Table({ rows: rows.map((r) => new TableRow({ children: r.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
  const document = new Document({
    numbering: planNumbering([
      [LevelFormat.CHINESE_COUNTING, "%1、"],
      [LevelFormat.CHINESE_COUNTING, "（%2）"],
      [LevelFormat.DECIMAL, "%3."],
    ]),
    sections: [
      {
        children: [
          new Paragraph(TITLE),
          ...(part === "prose"
            ? [
                numbered("主要任务", 0),
                ...ITEMS.flatMap(([head, items]) => [numbered(head, 1), ...items.map((item) => numbered(item, 2))]),
                numbered("工作要求", 0),
                new Paragraph("各单位要高度重视，精心组织，确保各项任务落到实处。"),
              ]
            : [
                new Paragraph("重点项目"),
                table([HEADER, ...ROWS.slice(0, 2)]),
                new Paragraph({ children: [new PageBreak()] }),
                table(ROWS.slice(2)),
                new Paragraph({ children: [new TextRun("")] }),
              ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const summary = (plan: Awaited<ReturnType<typeof extractPlan>>["plan"]) =>
  plan.tasks.map((t) => `${t.title} | ${t.lead.join("、")} | ${t.deadlines.map((d) => d.by).join(",")}`);

describe("a Word file's own forms read as its text does", () => {
  it.each(["prose", "table"] as const)("%s (prose numbered by numPr; a table going on after a page break, its header not repeated)", async (part) => {
    const text = await extractPlan(asText(part), { filename: "plan.txt" });
    const word = await extractPlan(await asWord(part), { filename: "plan.docx" });
    expect(summary(text.plan)).toHaveLength(4);
    expect(summary(word.plan)).toEqual(summary(text.plan));
  });
});
