// Every form a task table arrives in (pipe rows with cells left out, tab-separated rows, a web
// copy one cell per line, Word tables with merged cells, numbered cell paragraphs, a table going
// on after a page break, a table inside a layout frame) and every kind of task table (division,
// schedule, project list with investment, progress report) — small invented documents.
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow,
  VerticalMergeType,
} from "docx";
import { describe, expect, it } from "vitest";
import type { ExtractedPlan } from "./model.js";
import { extractPlan } from "./index.js";
import { squareTable } from "./readers/text.js";

async function extract(input: Buffer | string, filename: string): Promise<ExtractedPlan> {
  return (await extractPlan(typeof input === "string" ? Buffer.from(input, "utf8") : input, { filename })).plan;
}

/** What the scorer compares, one line per task. */
function ledger(plan: ExtractedPlan): string[] {
  return plan.tasks.map((t) =>
    [
      t.no,
      t.section ?? "",
      t.title,
      `lead=${t.lead.join("、")}`,
      `co=${t.co.join("、")}`,
      `leaders=${t.leaders.join("、")}`,
      `targets=${t.targets.map((x) => `${x.value}${x.unit}`).join("、")}`,
      `deadlines=${t.deadlines.map((d) => d.by).join("、")}`,
    ].join("|"),
  );
}

type CellSpec = string | { text: string | string[]; rowSpan?: "restart" | "continue"; colSpan?: number; numbered?: boolean };

async function docxOf(title: string, tables: CellSpec[][][], pageBreakBetween = false): Promise<Buffer> {
  const cell = (spec: CellSpec) => {
    const s = typeof spec === "string" ? { text: spec } : spec;
    const lines = Array.isArray(s.text) ? s.text : [s.text];
    return new DocxTableCell({
      children: lines.map((line) => (s.numbered ? new DocxParagraph({ text: line, numbering: { reference: "circled", level: 0 } }) : new DocxParagraph(line))),
      ...(s.rowSpan ? { verticalMerge: s.rowSpan === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      ...(s.colSpan ? { columnSpan: s.colSpan } : {}),
    });
  };
  const children: (DocxParagraph | DocxTable)[] = [new DocxParagraph(title)];
  tables.forEach((rows, i) => {
    if (i > 0) children.push(new DocxParagraph(pageBreakBetween ? { children: [new PageBreak()] } : ""));
    children.push(new DocxTable({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }));
  });
  const document = new Document({
    numbering: {
      config: [{ reference: "circled", levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%1", alignment: AlignmentType.LEFT }] }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

describe("schedule tables (日期 | 工作内容 | 负责处室 | 负责领导)", () => {
  const expected = [
    "1||召开全体教职工大会，部署开学工作|lead=办公室|co=|leaders=王建国|targets=|deadlines=2031-08-25",
    "2||完成校舍安全排查并建立台账|lead=总务处|co=|leaders=李明|targets=|deadlines=2031-08-25",
    "3||新生报到注册，发放教材|lead=教务处|co=|leaders=赵丽|targets=|deadlines=2031-08-28",
  ];

  it("reads each row as a task, its date the deadline; a date cell left out of a row (merged on the page) covers it", async () => {
    const text = [
      "青山县实验中学2031年秋季开学工作安排",
      "",
      "| 日期 | 工作内容 | 负责处室 | 负责领导 |",
      "|---|---|---|---|",
      "| 8月25日 | 召开全体教职工大会，部署开学工作 | 办公室 | 王建国 |",
      "| 完成校舍安全排查并建立台账 | 总务处 | 李明 |",
      "| 8月28日 | 新生报到注册，发放教材 | 教务处 | 赵丽 |",
    ].join("\n");
    expect(ledger(await extract(text, "a.md"))).toEqual(expected);
  });

  it("reads an empty date cell as the date above it", async () => {
    const text = [
      "青山县实验中学2031年秋季开学工作安排",
      "",
      "| 日期 | 工作内容 | 负责处室 | 负责领导 |",
      "|---|---|---|---|",
      "| 8月25日 | 召开全体教职工大会，部署开学工作 | 办公室 | 王建国 |",
      "|  | 完成校舍安全排查并建立台账 | 总务处 | 李明 |",
      "| 8月28日 | 新生报到注册，发放教材 | 教务处 | 赵丽 |",
    ].join("\n");
    expect(ledger(await extract(text, "b.md"))).toEqual(expected);
  });

  it("reads the same table from Word with the date merged down (vMerge) exactly as from text", async () => {
    const bytes = await docxOf("青山县实验中学2031年秋季开学工作安排", [
      [
        ["日期", "工作内容", "负责处室", "负责领导"],
        [{ text: "8月25日", rowSpan: "restart" }, "召开全体教职工大会，部署开学工作", "办公室", "王建国"],
        [{ text: "", rowSpan: "continue" }, "完成校舍安全排查并建立台账", "总务处", "李明"],
        ["8月28日", "新生报到注册，发放教材", "教务处", "赵丽"],
      ],
    ]);
    expect(ledger(await extract(bytes, "a.docx"))).toEqual(expected);
  });
});

describe("project lists (项目 | 建设内容 | 责任单位 | 完成时限 | 投资)", () => {
  it("reads the year's investment as a target in 万元, not the total; a category row is a section", async () => {
    const text = [
      "青山县2031年教育民生实事项目",
      "",
      "| 序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 | 总投资（万元） | 2031年计划投资（万元） |",
      "|---|---|---|---|---|---|---|",
      "| 一、新建项目 | | | | | | |",
      "| 1 | 城东幼儿园新建工程 | 新建幼儿园1所，新增学位360个 | 计财股 | 2031年8月 | 3200 | 1500 |",
      "| 2 | 第二小学扩建工程 | 新建教学楼1栋 | 计财股、装备股 | 2031年12月 | 5000 | 2,000 |",
    ].join("\n");
    const plan = await extract(text, "p.md");
    expect(ledger(plan)).toEqual([
      "1|一|城东幼儿园新建工程|lead=计财股|co=|leaders=|targets=1所、360个、1500万元|deadlines=2031-08",
      "2|一|第二小学扩建工程|lead=计财股、装备股|co=|leaders=|targets=1栋、2000万元|deadlines=2031-12",
    ]);
    expect(plan.tasks[0].targets[2]).toMatchObject({ metric: "2031年计划投资", op: "=", text: "1500" });
    expect(plan.sections).toEqual([expect.objectContaining({ no: "一", title: "新建项目" })]);
  });
});

describe("a category column merged down (民生实事 by 类别)", () => {
  const expected = [
    "1||新建城东幼儿园|lead=计财股|co=|leaders=|targets=1所、360个|deadlines=2031-08",
    "2||改扩建城西幼儿园|lead=装备股|co=|leaders=|targets=2000平方米|deadlines=2031-09",
    "3||新建第三小学|lead=计财股、基教股|co=|leaders=|targets=1080个|deadlines=2031-12",
  ];
  it("reads every row, the row under the merged category included, from a pipe table and from tab-separated rows", async () => {
    const header = ["类别", "项目名称", "建设内容", "责任单位", "完成时限"];
    const rows = [
      ["学前教育", "新建城东幼儿园", "新建幼儿园1所，新增学位360个", "计财股", "2031年8月"],
      ["改扩建城西幼儿园", "改扩建园舍2000平方米", "装备股", "2031年9月"],
      ["义务教育", "新建第三小学", "新增学位1080个", "计财股、基教股", "2031年12月"],
    ];
    const pipe = ["青山县2031年教育民生实事项目", "", `| ${header.join(" | ")} |`, "|---|---|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)];
    expect(ledger(await extract(pipe.join("\n"), "m.md"))).toEqual(expected);
    const tabs = ["青山县2031年教育民生实事项目", header.join("\t"), ...rows.map((r) => (r.length < 5 ? ["", ...r] : r).join("\t"))];
    expect(ledger(await extract(tabs.join("\n"), "m.txt"))).toEqual(expected);
  });
});

describe("category rows inside a table", () => {
  it("are sections, whether merged across or a numeral in the number column", async () => {
    const text = [
      "青山县2031年教育重点项目",
      "",
      "| 序号 | 项目名称 | 责任单位 | 完成时限 |",
      "|---|---|---|---|",
      "| 一 | 新建项目（2个） | | |",
      "| 1 | 城东幼儿园新建工程 | 计财股 | 2031年8月 |",
      "| 2 | 第三小学新建工程 | 计财股 | 2031年12月 |",
      "| 二、续建项目 | | | |",
      "| 3 | 第一中学扩建工程 | 装备股 | 2031年9月 |",
    ].join("\n");
    const plan = await extract(text, "c.md");
    expect(plan.tasks.map((t) => `${t.section}|${t.no}|${t.title}`)).toEqual(["一|1|城东幼儿园新建工程", "一|2|第三小学新建工程", "二|3|第一中学扩建工程"]);
    expect(plan.sections.map((s) => s.title)).toEqual(["新建项目（2个）", "续建项目"]);
  });
});

describe("progress tables (工作进度 | 完成情况)", () => {
  it("never reads progress columns as task text, targets or deadlines", async () => {
    const text = [
      "青山县教育局2031年重点工作推进情况",
      "",
      "| 序号 | 重点工作任务 | 责任单位 | 完成时限 | 工作进度 | 完成情况 |",
      "|---|---|---|---|---|---|",
      "| 1 | 新建公办幼儿园2所 | 计财股 | 2031年8月 | 已完成80% | 5月底前完成主体工程3栋 |",
      "| 2 | 开展教师全员培训 | 人事股 | 2031年12月 | 已完成 | 培训教师1200人次 |",
    ].join("\n");
    expect(ledger(await extract(text, "g.md"))).toEqual([
      "1||新建公办幼儿园2所|lead=计财股|co=|leaders=|targets=2所|deadlines=2031-08",
      "2||开展教师全员培训|lead=人事股|co=|leaders=|targets=|deadlines=2031-12",
    ]);
  });
});

describe("division tables copied from a web page", () => {
  const expected = [
    "1|一|全面加强学校党的建设，推行党组织领导的校长负责制|lead=组织人事股|co=办公室、各学校|leaders=|targets=|deadlines=",
    "2|一|深化师德师风建设，开展专题教育不少于2次|lead=人事股|co=|leaders=|targets=2次|deadlines=",
    "3|二|推进义务教育优质均衡，新建学校3所，2031年8月底前投入使用|lead=基教股|co=计财股、装备股|leaders=|targets=3所|deadlines=2031-08",
  ];

  it("rebuilds a table flattened one cell per line, with its section rows", async () => {
    const text = [
      "青山县教育局2031年重点工作任务分解",
      "序号",
      "重点工作任务",
      "主要责任单位",
      "协同配合单位",
      "一、党的建设",
      "1",
      "全面加强学校党的建设，推行党组织领导的校长负责制",
      "组织人事股",
      "办公室、各学校",
      "2",
      "深化师德师风建设，开展专题教育不少于2次",
      "人事股",
      "二、教育质量",
      "3",
      "推进义务教育优质均衡，新建学校3所，2031年8月底前投入使用",
      "基教股",
      "计财股、装备股",
      "三、工作要求",
      "各责任单位要按时报送进展。",
    ].join("\n");
    const plan = await extract(text, "w.txt");
    expect(ledger(plan)).toEqual(expected);
    expect(plan.sections.map((s) => s.title)).toEqual(["党的建设", "教育质量"]);
  });

  it("reads tab-separated rows as a table, trailing empty cells included", async () => {
    const text = [
      "青山县教育局2031年重点工作任务分解",
      "序号\t重点工作任务\t主要责任单位\t协同配合单位",
      "一、党的建设\t\t\t",
      "1\t全面加强学校党的建设，推行党组织领导的校长负责制\t组织人事股\t办公室、各学校",
      "2\t深化师德师风建设，开展专题教育不少于2次\t人事股\t",
      "二、教育质量",
      "3\t推进义务教育优质均衡，新建学校3所，2031年8月底前投入使用\t基教股\t计财股、装备股",
    ].join("\n");
    // (the second category row was copied without its empty cells)
    expect(ledger(await extract(text, "t.txt"))).toEqual(expected);
  });
});

describe("Word tables reach the stages as the equivalent pipe table does", () => {
  const pipe = [
    "青山县教育局2031年重点任务分工方案",
    "",
    "| 序号 | 目标任务 | 具体要求 | 牵头单位 | 责任单位 |",
    "|---|---|---|---|---|",
    "| 一、党的建设 | 一、党的建设 | 一、党的建设 | 一、党的建设 | 一、党的建设 |",
    "| 1 | 加强党的建设 | ①推行校长负责制。<br>②2031年6月底前实现全覆盖。 | 组织人事股 | 各学校 |",
    "| 2 | 深化师德师风建设 | ①开展专题教育不少于2次。<br>②建立师德档案。 | 人事股 | 各学校 |",
    "| 3 | 推进教育评价改革 | ①完善学校评价。<br>②9月底前出台办法。 | 督导室 | 各学校 |",
  ].join("\n");

  it("merged cells (gridSpan section row, vMerge unit), numbered cell paragraphs, a table going on after a page break", async () => {
    const fromText = ledger(await extract(pipe, "d.md"));
    expect(fromText).toEqual([
      "1|一|加强党的建设|lead=组织人事股|co=各学校|leaders=|targets=|deadlines=2031-06",
      "2|一|深化师德师风建设|lead=人事股|co=各学校|leaders=|targets=2次|deadlines=",
      "3|一|推进教育评价改革|lead=督导室|co=各学校|leaders=|targets=|deadlines=2031-09",
    ]);
    const bytes = await docxOf(
      "青山县教育局2031年重点任务分工方案",
      [
        [
          ["序号", "目标任务", "具体要求", "牵头单位", "责任单位"],
          [{ text: "一、党的建设", colSpan: 5 }],
          ["1", "加强党的建设", { text: ["推行校长负责制。", "2031年6月底前实现全覆盖。"], numbered: true }, "组织人事股", { text: "各学校", rowSpan: "restart" }],
          ["2", "深化师德师风建设", { text: ["开展专题教育不少于2次。", "建立师德档案。"], numbered: true }, "人事股", { text: "", rowSpan: "continue" }],
        ],
        // the same table after a page break, its header not repeated
        [["3", "推进教育评价改革", { text: ["完善学校评价。", "9月底前出台办法。"], numbered: true }, "督导室", "各学校"]],
      ],
      true,
    );
    const plan = await extract(bytes, "d.docx");
    expect(ledger(plan)).toEqual(fromText);
    expect(plan.tasks.map((t) => t.measures)).toEqual([2, 2, 2]);
  });

  it("reads a task table held inside a small layout table", async () => {
    const inner = new DocxTable({
      rows: [
        ["序号", "重点任务", "牵头单位"],
        ["1", "加强党的建设", "组织人事股"],
        ["2", "深化师德师风建设", "人事股"],
      ].map((r) => new TableRow({ children: r.map((t) => new DocxTableCell({ children: [new DocxParagraph(t)] })) })),
    });
    const frame = new DocxTable({
      rows: [
        new TableRow({ children: [new DocxTableCell({ children: [new DocxParagraph("附件：重点任务清单")] })] }),
        new TableRow({ children: [new DocxTableCell({ children: [inner, new DocxParagraph("")] })] }),
      ],
    });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new DocxParagraph("青山县教育局2031年工作要点"), frame] }] }));
    expect(ledger(await extract(bytes, "f.docx"))).toEqual([
      "1||加强党的建设|lead=组织人事股|co=|leaders=|targets=|deadlines=",
      "2||深化师德师风建设|lead=人事股|co=|leaders=|targets=|deadlines=",
    ]);
  });
});

describe("squareTable (typed rows → the model's rectangle)", () => {
  it("fills trailing cells left out, and reads a row short of its leading cell as covered from above", () => {
    const t = squareTable([
      ["类别", "项目", "责任单位", "完成时限"],
      ["学前教育", "新建幼儿园", "计财股", "2031年8月"],
      ["改扩建幼儿园", "装备股", "2031年9月"],
      ["义务教育", "新建小学"],
    ]);
    expect(t.rows.map((r) => r.map((c) => (c.continuation ? `^${c.text}` : c.text)))).toEqual([
      ["类别", "项目", "责任单位", "完成时限"],
      ["学前教育", "新建幼儿园", "计财股", "2031年8月"],
      ["^学前教育", "改扩建幼儿园", "装备股", "2031年9月"],
      ["义务教育", "新建小学", "", ""],
    ]);
    expect(t.rows[1][0].rowSpan).toBe(2);
  });
});

describe("a text flow that ran a heading's items into its line", () => {
  it("splits the sub-items and the unit line back out", async () => {
    const text = [
      "青山县教育局2031年工作要点",
      "一、加强党的建设",
      "（一）全面加强学校党的建设 1.推行中小学校党组织领导的校长负责制，6月底前实现全覆盖。 2.培育市级党建示范校20所。 牵头单位：组织人事股；配合单位：办公室",
      "（二）深化师德师风建设 1.开展师德专题教育不少于2次。 牵头单位：人事股；配合单位：工会",
    ].join("\n");
    expect(ledger(await extract(text, "r.txt"))).toEqual([
      "一|一|全面加强学校党的建设|lead=组织人事股|co=办公室|leaders=|targets=20所|deadlines=2031-06",
      "二|一|深化师德师风建设|lead=人事股|co=工会|leaders=|targets=2次|deadlines=",
    ]);
  });

  it("reads a signature and date run onto one line, or onto the last unit line, as the signature", async () => {
    const plan = await extract(
      [
        "青山县教育局2031年工作要点",
        "一、加强党的建设",
        "（一）推行校长负责制。6月底前实现全覆盖。",
        "牵头单位：组织人事股；配合单位：办公室",
        "（二）建设党建示范校。9月底前评选示范校10所。",
        "牵头单位：组织人事股；配合单位：办公室、各学校 青山县教育局 2031年2月15日",
      ].join("\n"),
      "s.txt",
    );
    expect(plan.tasks.map((t) => `${t.co.join("、")}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual(["办公室|2031-06", "办公室、各学校|2031-09"]);
    expect([plan.issuer, plan.issuedOn]).toEqual(["青山县教育局", "2031-02-15"]);
  });

  it("splits a page of typed lines run into one paragraph at its numbered items and notes", async () => {
    const text = [
      "青山县教育局2031年督导工作要点",
      "本年度督导工作以质量为导向。 一、完善督导机制 1.健全督导问责机制。对督导发现问题实行清单化管理。 （1）出台问责细则 （2）建立整改台账 （责任科室：督导科；配合科室：人事科） 2.加强督学队伍建设。全市新聘任责任督学120名。 责任领导：王明 责任科室：督导科 二、强化评估监测 3.组织质量监测。9月底前完成监测报告。 （责任科室：督导科）",
    ].join("\n");
    const plan = await extract(text, "p.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}|${t.leaders.join("、")}|${t.measures}`)).toEqual([
      "1|健全督导问责机制|督导科||2",
      "2|加强督学队伍建设|督导科|王明|0",
      "3|组织质量监测|督导科||0",
    ]);
  });

  it("splits a short heading from the sentences run into its line", async () => {
    const text = [
      "青山县实验小学2031年安全工作责任分解方案",
      "一、责任分解",
      "（一）消防安全 每月对教学楼、食堂等重点部位的消防设施开展一次全面检查，3月15日前完成灭火器更换。 责任人：周敏；具体负责：总务处",
      "（二）食品安全 严格落实食材采购索证索票和留样制度，食堂从业人员持证上岗率达到100%。 责任人：刘建华；具体负责：总务处",
    ].join("\n");
    const plan = await extract(text, "h.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual(["一|消防安全|2031-03-15", "二|食品安全|"]);
  });
});

describe("tables as a web page's text gives them: pipes between cells, no rule line, no leading pipe", () => {
  it("reads a school calendar with week and date cells merged over many rows, a header name over two columns, a last row cut off", async () => {
    const text = [
      "青山县第二中学2031年秋季学期校历",
      "起止日期 | 主要工作 | 责任处室 | |",
      "开学前 | 8月28日 | 全体教职工大会 | 办公室 |",
      "8月29日 | 新生报到;发放教材 | 教务处 | |",
      "第一周 | 9月1日-9月7日 | 开学典礼 | 政教处、团委 |",
      "校园安全大检查 | 保卫处 | ||",
      "新教师见面会 | 教科室 | ||",
      "第二周 | 9月8日-9月14日 | 教师节表彰大会 | 工会 |",
      "月考 | 教务处 | ||",
      "校运会筹备会",
    ].join("\n");
    const plan = await extract(text, "cal.txt");
    expect(plan.tasks.map((t) => `${t.title}|${t.lead.join("、")}|${t.deadlines.map((d) => d.by.slice(5)).join("、")}`)).toEqual([
      "全体教职工大会|办公室|08-28",
      "新生报到;发放教材|教务处|08-29",
      "开学典礼|政教处、团委|09-07",
      "校园安全大检查|保卫处|09-07",
      "新教师见面会|教科室|09-07",
      "教师节表彰大会|工会|09-14",
      "月考|教务处|09-14",
      // the excerpt ends in the middle of a row: its first cell is still a row of the table
      "校运会筹备会||09-14",
    ]);
  });

  it("reads a progress table whose category cell stands on its first row only; progress and phone columns give nothing", async () => {
    const text = [
      "类别 | 事项名称 | 2031年度任务目标 | 责任单位 | 分管领导 | 1-6月份工作完成情况 | 1-6月份工作取得成效 | 监督电话 |",
      "二、教育 | 5.新建城南小学 | 新建教学楼2栋,9月投入使用。 | 教育局 | 张三 | 完成主体施工60%。 | 6月底完成投资800万元。 | 0000-1234567 |",
      "6.改造学校食堂 | 改造农村学校食堂12所。 | 教育局 | 张三 | 完成5所。 | 已投入使用5所。 | 0000-1234567 | |",
      "索引号: | 0000/2031-00001 | 成文日期: | 2031-07-10 |",
    ].join("\n");
    expect(ledger(await extract(text, "p.txt"))).toEqual([
      "5|二|新建城南小学|lead=教育局|co=|leaders=张三|targets=2栋|deadlines=2031-09",
      "6|二|改造学校食堂|lead=教育局|co=|leaders=张三|targets=12所|deadlines=",
    ]);
  });

  it("reads a two-level header whose lower row lost the cells the upper names span down; the name's figures are no target", async () => {
    const text = [
      "青山县2031年民生实事完成情况公示如下:",
      "项目名称 | 项目类别 | ||||",
      "工作任务 | 实际已完成工作量 | 完成工作进度(%) | 预计完成工作量 | |",
      "新建公办幼儿园3所(其中城区2所)。 | 新建公办幼儿园2所 | 已完成。 | 100 | |",
      "城北学校扩建项目。 | 2032年完成综合楼建设,增加学位900个 | 正在施工。 | 60 | |",
      "新建城南幼儿园1所。 | 竣工并投入使用 | 已完成。 | 100 | |",
    ].join("\n");
    expect(ledger(await extract(text, "w.txt"))).toEqual([
      "1||新建公办幼儿园3所(其中城区2所)|lead=|co=|leaders=|targets=2所|deadlines=",
      "2||城北学校扩建项目|lead=|co=|leaders=|targets=900个|deadlines=2032",
      // (a task cell without figures: the name's are the promise)
      "3||新建城南幼儿园1所|lead=|co=|leaders=|targets=1所|deadlines=",
    ]);
  });
});

describe("an excerpt of a web table copied one cell per line", () => {
  it("reads cells closed by a pipe, a column name spaced out, rows numbered from anywhere with gaps, and section rows with no rows", async () => {
    const cells = [
      "青山县2031年重点工作任务分解表",
      "序号 |",
      "重点工作任务 |",
      "分 管 领导 |",
      "牵头单位 |",
      "配合单位 |",
      "一、稳增长 |",
      "二、优服务 |",
      "三、惠民生 |",
      "41 |",
      "新建公办幼儿园2所,新增学位540个。 |",
      "王 伟 |",
      "县教育局 |",
      "县财政局、县住建局 |",
      "44 |",
      "实施教师培训提升工程。 |",
      "王 伟李 华 |",
      "县教育局 |",
      "各乡镇人民政府 |",
    ];
    const plan = await extract(cells.join("\n"), "f.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.section}|${t.title}|${t.lead.join("、")}|${t.co.join("、")}|${t.targets.map((x) => x.value + x.unit).join("、")}`)).toEqual([
      "41|三|新建公办幼儿园2所,新增学位540个|县教育局|县财政局、县住建局|2所、540个",
      "44|三|实施教师培训提升工程|县教育局|各乡镇人民政府|",
    ]);
    expect(plan.tasks[0].leaders).toEqual(["王伟"]);
  });
});

describe("a progress table typed one row a line, its cells apart by spaces", () => {
  it("reads the rows of an excerpt from their numbers; the progress cells and the progress enumerated under a row give nothing", async () => {
    const text = [
      "2031年第二季度重点工作推进目标表",
      "",
      "序号  目标任务 二季度 推进情况",
      "7 新建 公办幼儿园 5所,新增学位1500个。 督促各地加快项目进度。 已开工4所。",
      "1.5月10日召开推进会,部署项目建设。",
      "2.6月20日完成实地督导。",
      "12 加强教师队伍建设。 开展全员培训。 培训教师3000人次。",
    ].join("\n");
    const plan = await extract(text, "q.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title.replace(/\s+/g, "")}|${t.targets.map((x) => x.value + x.unit).join("、")}|${t.deadlines.length}`)).toEqual([
      "7|新建公办幼儿园5所,新增学位1500个|5所、1500个|0",
      "12|加强教师队伍建设||0",
    ]);
  });
});

describe("a web page's table copied as text, a row a line, its cells apart by spaces, no row numbered", () => {
  it("names each row by its first cell, a school named with its city and district told without them; a row cut short keeps its first cell", async () => {
    const text = [
      "青山县2031年度校舍维修项目实施情况",
      "",
      "学校名称 实施年度 项目类型 项目名称 1.中央资金(万元) 2.省级资金(万元) 建设规模 完成情况",
      "青山市 北湖区 东山小学  2031 1-维修改造 宿舍 0 40 300 已完工",
      "青山市 北湖区 南岭镇中心小学  2031 2-附属设施 运动场等 20 0 900 已完工",
      "青山市 北湖区 西河初中  2031 2-附属设施 附属设施 10 0 120 在建",
      "青山市 北湖区 柳湾学校  2031 1-维修改造 附属设施 15",
    ].join("\n");
    const plan = await extract(text, "x.txt");
    expect(plan.tasks.map((t) => t.title)).toEqual(["东山小学", "南岭镇中心小学", "西河初中", "柳湾学校"]);
    // (the 完成情况 column is what was done: no task text, no target)
    expect(plan.tasks.every((t) => t.targets.length === 0)).toBe(true);
  });
  it("leaves lines of prose with spaces under a header line alone", async () => {
    const text = [
      "青山县2031年教育工作要点",
      "",
      "工作任务 责任单位 完成时限",
      "一、加强 党的建设",
      "全面加强学校党组织建设，落实 党组织领导的校长负责制。",
      "二、推进 教育均衡发展",
      "新建 公办幼儿园 3所。",
    ].join("\n");
    const plan = await extract(text, "y.txt");
    expect(plan.tasks.map((t) => t.title)).not.toContain("加强");
    expect(plan.tasks.some((t) => /党的建设/.test(t.title))).toBe(true);
  });
  it("reads no table where the rows' words do not line up (a cell of several words other than the first)", async () => {
    const text = [
      "青山县第二中学2031年春季学期活动安排",
      "",
      "时间 地点 活动内容 负责部门",
      "3月1日 操场 开学典礼 政教处",
      "3月8日 报告厅 三八 妇女节 座谈会 工会",
      "3月12日 校园 植树 活动 团委 少先队",
    ].join("\n");
    const plan = await extract(text, "z.txt");
    expect(plan.tasks.map((t) => t.title)).not.toContain("3月8日 报告厅 三八");
    expect(plan.tasks.map((t) => t.title)).not.toContain("3月12日 校园 植树");
  });
});

describe("a web page's spaced table pasted into Word, a row a paragraph", () => {
  it("keeps each row's paragraph one line and reads the table as its text; a header of several rows above it (units, column numbers) is no record", async () => {
    const lines = [
      "青山县2031年度校舍维修项目实施情况",
      "项目个数",
      "建设面积",
      "投资额",
      "平方米 万元 万元",
      "01 02 03",
      "校舍维修项目情况见下表:",
      "学校名称 实施年度 项目类型 项目名称 建设规模 完成情况",
      "青山市 北湖区 东山小学 2031 1-维修改造 宿舍 300 已完工",
      "青山市 北湖区 南岭镇中心小学 2031 2-附属设施 运动场等 900 已完工",
      "青山市 北湖区 西河初中 2031 2-附属设施 附属设施 120 在建",
    ];
    const doc = new Document({ sections: [{ children: lines.map((l) => new DocxParagraph(l)) }] });
    const plan = await extract(Buffer.from(await Packer.toBuffer(doc)), "w.docx");
    expect(plan.tasks.map((t) => t.title)).toEqual(["东山小学", "南岭镇中心小学", "西河初中"]);
  });
  it("reads no record from a budget table's column names one a line, a name with its unit in brackets under the first", async () => {
    const text = [
      "青山小学2031年秋季校外教学活动计划",
      "一、经费需求",
      "全额2万元，由学校自筹。",
      "项目",
      "单价(元)",
      "数量",
      "总计(元)",
      "备注",
      "车资",
      "9,500",
      "1",
      "9,500",
    ].join("\n");
    const plan = await extract(text, "b.txt");
    expect(plan.tasks.map((t) => t.title).join("|")).not.toMatch(/单价|总计/);
  });
  it("still cuts a paragraph of short items run together, and reads a record of a task and its progress", async () => {
    const lines = ["青禾区2031年民生实事：教育行动", "任务安排", "新建中小学校3所，新增义务教育学位4000座。", "落实情况", "第一季度：3所学校已开工建设。"];
    const doc = new Document({ sections: [{ children: lines.map((l) => new DocxParagraph(l)) }] });
    const plan = await extract(Buffer.from(await Packer.toBuffer(doc)), "r.docx");
    expect(plan.tasks.map((t) => t.title.replace(/[。，,]$/, ""))).toEqual(["新建中小学校3所，新增义务教育学位4000座"]);
  });
});

describe("a Word file made from a web page's text, one paragraph a line", () => {
  it("reads its pipe-separated rows as the text reader does", async () => {
    const lines = [
      "青山县第二中学2031年秋季学期校历",
      "起止日期 | 主要工作 | 责任处室 | |",
      "第一周 | 9月1日-9月7日 | 开学典礼 | 政教处 |",
      "校园安全大检查 | 保卫处 | ||",
      "第二周 | 9月8日-9月14日 | 教师节表彰大会 | 工会 |",
    ];
    const doc = new Document({ sections: [{ children: lines.map((l) => new DocxParagraph(l)) }] });
    const plan = await extract(Buffer.from(await Packer.toBuffer(doc)), "cal.docx");
    expect(plan.tasks.map((t) => `${t.title}|${t.lead.join("、")}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual([
      "开学典礼|政教处|2031-09-07",
      "校园安全大检查|保卫处|2031-09-07",
      "教师节表彰大会|工会|2031-09-14",
    ]);
  });
});

describe("a one-row table shown as its column names each over its cell", () => {
  it("reads the task cell as the task and never the progress under it", async () => {
    const text = [
      "青山县2031年民生实事:学位扩容行动",
      "工作任务",
      "新建幼儿园3所,新增学位900个。",
      "进展情况",
      "第一季度:2所幼儿园已完成主体施工,新增学位600个。",
      "第二季度:3所幼儿园均已投入使用。",
    ].join("\n");
    expect(ledger(await extract(text, "r.txt"))).toEqual(["1||新建幼儿园3所,新增学位900个|lead=|co=|leaders=|targets=3所、900个|deadlines="]);
  });
});

describe("a table one cell per line with an amount in its last column", () => {
  it("keeps a bare amount in its column, not as the next row's number", async () => {
    const cells = ["青山县2031年教育项目", "序号", "项目名称", "责任单位", "投资(万元)", "1", "新建城东幼儿园", "计财股", "120", "2", "改造第三小学食堂", "装备股", "60"];
    const plan = await extract(cells.join("\n"), "amt.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}|${t.targets.map((x) => x.value + x.unit).join("、")}`)).toEqual([
      "1|新建城东幼儿园|计财股|120万元",
      "2|改造第三小学食堂|装备股|60万元",
    ]);
  });
});

describe("a table one cell per line with no number column", () => {
  it("finds the rows by what each line is: work, a date, bodies, people; a merged cell left out", async () => {
    const text = [
      "青山中学2031年校园科技节筹备方案",
      "一、任务分工",
      "工作任务",
      "完成时限",
      "责任部门",
      "责任人",
      "制定科技节活动方案。",
      "9月5日前",
      "教务处",
      "科技组",
      "王丽芳赵强",
      "发布作品征集通知。",
      "组织学生报名参赛、上交作品。",
      "9月20日前",
      "各年级组",
      "各年级组长",
      "布置展区和展板",
      "总务处",
      "孙伟",
      "二、工作要求",
      "各部门要密切配合。",
    ].join("\n");
    expect(ledger(await extract(text, "k.txt"))).toEqual([
      "1||制定科技节活动方案|lead=教务处、科技组|co=|leaders=王丽芳、赵强|targets=|deadlines=2031-09-05",
      "2||发布作品征集通知|lead=|co=|leaders=|targets=|deadlines=",
      "3||组织学生报名参赛、上交作品|lead=各年级组|co=|leaders=|targets=|deadlines=2031-09-20",
      "4||布置展区和展板|lead=总务处|co=|leaders=孙伟|targets=|deadlines=",
    ]);
  });

  it("reads a schedule whose date column comes first, its header in traditional script with a wrong charset's question marks", async () => {
    const text = [
      "2031年青山區小學新生入學工作日程表",
      "日 期",
      "內?? 容",
      "相關單位",
      "3月中旬",
      "擬定新生入學工作方案",
      "教育科",
      "4月8日",
      "各校公布招生範圍",
      "教育科",
      "各校",
      "5月10-12日",
      "新生網上登記",
      "上午9:00-11:00? 下午2:00-4:00",
      "登記中心",
      "6月20日前",
      "各校寄送錄取通知",
      "各校",
    ].join("\n");
    expect(ledger(await extract(text, "r.txt")).map((l) => l.split("|").filter((_, k) => k === 2 || k === 3 || k === 7).join("|"))).toEqual([
      "擬定新生入學工作方案|lead=教育科|deadlines=2031-03",
      "各校公布招生範圍|lead=教育科、各校|deadlines=2031-04-08",
      "新生網上登記|lead=登記中心|deadlines=2031-05-12",
      "各校寄送錄取通知|lead=各校|deadlines=2031-06-20",
    ]);
  });

  it("reads a 整改 list copied a cell a line, each closed by its pipe: the problem is the task, the school its doer", async () => {
    const text = [
      "青山县2031年校园安全检查问题整改情况",
      "现将整改情况公布如下:",
      "检查学校 |",
      "存在问题 |",
      "整改情况 |",
      "青山县城关第二小学 |",
      "消防通道堆放杂物,影响通行 |",
      "已清理完毕 |",
      "青山县实验幼儿园 |",
      "监控设备部分损坏 |",
      "已更换摄像头 |",
    ].join("\n");
    expect(ledger(await extract(text, "z.txt")).map((l) => l.split("|").slice(2, 4).join("|"))).toEqual([
      "消防通道堆放杂物,影响通行|lead=青山县城关第二小学",
      "监控设备部分损坏|lead=青山县实验幼儿园",
    ]);
  });
});

describe("a web table whose rows are closed by a lone pipe and whose cells kept their lines", () => {
  it("reads a week calendar with a month cell over its weeks, its theme the task and its class the doer, the month's numbered items tasks too", async () => {
    const text = [
      "月份",
      "| 月活动",
      "| 周次",
      "| 起止日期",
      "| 周主题",
      "| 责任班级",
      "|",
      "九月份",
      "安全月",
      "| 1、消防疏散演练",
      "2、交通安全知识竞赛",
      "| 第一周",
      "| 9月1日—9月7日",
      "| 安全第一课",
      "开学典礼",
      "| 五(1)班",
      "|",
      "第二周",
      "| 9月8日—9月14日",
      "| 尊师重教",
      "| 四(2)班",
      "|",
    ].join("\n");
    const plan = await extract(`青山小学秋季德育行事历\n${text.replace("9月1日—9月7日", "31年9月1日—9月7日")}`, "w.txt");
    expect(plan.tasks.map((t) => `${t.title}|${t.lead.join("、")}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual([
      "消防疏散演练||",
      "交通安全知识竞赛||",
      "安全第一课开学典礼|五(1)班|2031-09-07",
      "尊师重教|四(2)班|2031-09-14",
    ]);
  });
});

describe("a week schedule whose content cell runs its items together with semicolons", () => {
  it("names each week by all its items (xtitles), and dates it by the week's last day", async () => {
    const text = [
      "青山县教育局2031年春季工作周历",
      "周次 | 日 期 | 内 容 |",
      "1 | 2.17—2.23 | 组织开学安全检查; 开展教师培训; 召开校长会议。 |",
      "2 | 2.24—3.2 | 启动学籍年检; 部署春季招生工作; 开展教研视导。 |",
      "3 | 3.3—3.9 | 召开教学工作会议; 布置期中检查。 |",
    ].join("\n");
    const plan = await extract(text, "zl.txt");
    expect(plan.tasks.map((t) => `${t.title}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual([
      "组织开学安全检查; 开展教师培训; 召开校长会议|2031-02-23",
      "启动学籍年检; 部署春季招生工作; 开展教研视导|2031-03-02",
      "召开教学工作会议; 布置期中检查|2031-03-09",
    ]);
  });
});

describe("a week calendar whose content cell numbers each week's activities from 1 (周次 | 日期 | 月主题 | 周主题 | 主要活动内容)", () => {
  const expected = [
    "开学前|整装待发|教师会议:明确学期分工；校园环境整治:教室、走廊|2031-08-31",
    "1|新学期校园初识|开学典礼:介绍校园规则；新生参观:图书室、食堂；班级干部选举:公开演讲|2031-09-05",
    "2|尊师重教|教师节贺卡制作；主题班会:我心中的好老师|2031-09-12",
  ];
  const read = (plan: ExtractedPlan) =>
    plan.tasks.map((t) => `${t.no}|${t.title}|${t.measureItems.map((m) => m.replace(/^\d+[.．]\s*/, "").replace(/：/g, ":")).join("；")}|${t.deadlines.map((d) => d.by).join("、")}`);

  it("reads a pipe table: one task a week, titled by the week's theme, its activities the measures, dotted dates the deadline", async () => {
    const text = [
      "青山小学2031学年第一学期少先队活动安排表",
      "| 周次 | 日期 | 月主题 | 周主题 | 主要活动内容 | 备注 |",
      "|---|---|---|---|---|---|",
      "| 开学前 | 8·28-8·31 | 金秋九月 | 整装待发 | 1.教师会议:明确学期分工 2.校园环境整治:教室、走廊 | |",
      "| 1 | 9·1-9·5 | | 新学期校园初识 | 1.开学典礼:介绍校园规则 2.新生参观:图书室、食堂 3.班级干部选举:公开演讲 | |",
      "| 2 | 9.8—9.12 | | 尊师重教 | 1.教师节贺卡制作 2.主题班会:我心中的好老师 | |",
    ].join("\n");
    expect(read(await extract(text, "wk.txt"))).toEqual(expected);
  });

  it("reads the same table copied one cell a line: the week one character a line, the dates over three lines, a month's theme round a lone dot", async () => {
    const text = [
      "青山小学2031学年第一学期少先队活动安排表",
      ...["周次", "日期", "月主题", "周主题", "主要活动内容", "备注"],
      ...["开", "学", "前", "8·28", "-", "8·31", "金秋九月", "·", "成长起航", "整装待发", "1.教师会议:明确学期分工", "2.校园环境整治:教室、走廊"],
      ...["1", "9·1", "-", "9·5", "新学期", "校园初识", "1.开学典礼:介绍校园规则", "2.新生参观:图书室、食堂", "3.班级干部选举:公开演讲"],
      ...["2", "9·8", "-", "9·12", "尊师重教", "1.教师节贺卡制作", "2.主题班会:我心中的好老师"],
    ].join("\n");
    expect(read(await extract(text, "wk.txt"))).toEqual(expected);
  });

  it("reads the same table run into one line, each name printed twice, a week's number glued to its dates and a month's theme to each week's", async () => {
    const text = [
      "青山小学2031学年第一学期少先队活动安排表",
      "安排表周次周次日期日期月主题月主题周主题周主题主要活动内容主要活动内容备注备注" +
        "开学前8.28-8.31金秋九月・成长起航整装待发1.教师会议:明确学期分工;2.校园环境整治:教室、走廊。责任部门:大队部;完成时限:开学前1天" +
        "19.1-9.5金秋九月・成长起航校园初识1.开学典礼:介绍校园规则;2.新生参观:图书室、食堂;3.班级干部选举:公开演讲" +
        "29.8-9.12金秋九月・成长起航尊师重教1.教师节贺卡制作;2.主题班会:我心中的好老师",
    ].join("\n");
    const plan = await extract(text, "wk.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.measureItems.length}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual([
      "开学前|整装待发|2|2031-08-31",
      "1|校园初识|3|2031-09-05",
      "2|尊师重教|2|2031-09-12",
    ]);
    expect(plan.tasks[0].lead).toEqual(["大队部"]);
  });

  it("reads the same table as a Word table, the activities one paragraph each in the content cell", async () => {
    const bytes = await docxOf("青山小学2031学年第一学期少先队活动安排表", [
      [
        ["周次", "日期", "月主题", "周主题", "主要活动内容", "备注"],
        ["开学前", "8·28-8·31", "金秋九月", "整装待发", { text: ["1.教师会议:明确学期分工", "2.校园环境整治:教室、走廊"] }, ""],
        ["1", "9·1-9·5", "", "新学期校园初识", { text: ["1.开学典礼:介绍校园规则", "2.新生参观:图书室、食堂", "3.班级干部选举:公开演讲"] }, ""],
        ["2", "9.8—9.12", "", "尊师重教", { text: ["1.教师节贺卡制作", "2.主题班会:我心中的好老师"] }, ""],
      ],
    ]);
    expect(read(await extract(bytes, "wk.docx"))).toEqual(expected);
  });
});

describe("a table copied one cell a line with no header row, each row opened by its bare number", () => {
  const rows = [
    ["1", "9月上旬", "制定青山县2031年秋季学期招生实施办法", "县教育局"],
    ["2", "9月中旬", "召开全县招生工作部署会议,公布招生片区", "县教育局、县住建局"],
    ["3", "9月15-18日", "集中办理随迁子女入学报名", "县、乡镇教育办,学校"],
    ["4", "9月下旬", "审核报名资料并公布录取名单。新生持通知书到校报到", "各中小学"],
  ];
  const lines = rows.flat();

  it("tells the columns apart by their cells — a date, the work, the bodies — each line closed by its pipe", async () => {
    const plan = await extract(lines.map((l) => `${l} |`).join("\n"), "sched.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}`)).toEqual([
      "1|制定青山县2031年秋季学期招生实施办法|县教育局",
      "2|召开全县招生工作部署会议,公布招生片区|县教育局、县住建局",
      "3|集中办理随迁子女入学报名|县、乡镇教育办、学校",
      "4|审核报名资料并公布录取名单。新生持通知书到校报到|各中小学",
    ]);
    expect(plan.tasks.every((t) => t.confidence < 0.8)).toBe(true);
  });

  it("reads the same rows as a Word file's paragraphs, the date column after the bodies", async () => {
    const moved = rows.flatMap(([n, date, work, units]) => [n, work, units, date]);
    const doc = new Document({ sections: [{ children: moved.map((l) => new DocxParagraph(l)) }] });
    const { plan, warnings } = await extractPlan(Buffer.from(await Packer.toBuffer(doc)), { filename: "sched.docx" });
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}`)).toEqual([
      "1|制定青山县2031年秋季学期招生实施办法|县教育局",
      "2|召开全县招生工作部署会议,公布招生片区|县教育局、县住建局",
      "3|集中办理随迁子女入学报名|县、乡镇教育办、学校",
      "4|审核报名资料并公布录取名单。新生持通知书到校报到|各中小学",
    ]);
    expect(warnings.some((w) => w.includes("没有表头"))).toBe(true);
  });

  it("cuts a row whose work cell ran onto two lines into the same columns", async () => {
    const wrapped = [...lines.slice(0, 6), "召开全县招生工作部署会议,", "公布招生片区", ...lines.slice(7)];
    const plan = await extract(wrapped.join("\n"), "wrapped.txt");
    expect(plan.tasks.map((t) => `${t.no}|${t.lead.join("、")}`)).toEqual(["1|县教育局", "2|县教育局、县住建局", "3|县、乡镇教育办、学校", "4|各中小学"]);
    expect(plan.tasks[1].title).toMatch(/^召开全县招生工作部署会议/);
  });

  it("leaves a list numbered on lines of its own as items: no column of dates or bodies beside the work", async () => {
    const list = [
      "青山县第一中学2031年教学工作计划",
      "1",
      "加强教学常规管理",
      "各教研组每月检查一次教案和作业批改情况,发现问题及时反馈整改。",
      "2",
      "推进课堂教学改革",
      "开展同课异构和青年教师优质课评比,每学期不少于两次。",
      "3",
      "做好毕业班复习备考",
      "制定复习计划,组织三次模拟考试并做好质量分析。",
    ];
    const { plan, warnings } = await extractPlan(Buffer.from(list.join("\n")), { filename: "list.txt" });
    expect(warnings.some((w) => w.includes("没有表头"))).toBe(false);
    expect(plan.tasks.every((t) => !t.lead.length)).toBe(true);
  });
});

describe("a bilingual web table copied one cell a line (each cell its Chinese line, then its English)", () => {
  const lines = [
    "青山大學服務學習期程 Service Learning Schedule",
    "階段",
    "Stage",
    "辦理事項",
    "Tasks",
    "大一",
    "必修",
    "Freshman Required",
    "大二",
    "選修",
    "Sophomore Elective",
    "備註",
    "Remarks",
    "Before the Course",
    "服務學習課程實施計畫Service Learning Course Plan",
    "每系1份,送教務處備查",
    "One copy per department, submitted to the Office of Academic Affairs.",
    "服務機構合作意向書",
    "Letter of Intent of the Partner Organization",
    "1.每機構1份",
    "One copy per organization.",
    "2.機構以立案之公益團體為原則",
    "The organizations should be registered charities.",
    "學生服務時數紀錄表",
    "Student Service Hours Record",
    "每學期結束前繳交",
    "To be submitted before the end of each semester.",
  ];

  it("reads a task a row, named by its Chinese cell of the work column; the English and the notes are no tasks", async () => {
    const plan = await extract(lines.join("\n"), "bi.txt");
    expect(plan.tasks.map((t) => t.title)).toEqual(["服務學習課程實施計畫", "服務機構合作意向書", "學生服務時數紀錄表"]);
  });

  it("ends the table at a line of the text after it that names no row", async () => {
    const plan = await extract([...lines, "本表如有未盡事宜,另行公告。"].join("\n"), "bi3.txt");
    expect(plan.tasks.map((t) => t.title).slice(0, 3)).toEqual(["服務學習課程實施計畫", "服務機構合作意向書", "學生服務時數紀錄表"]);
  });

  it("leaves a bilingual text with no notes column as it is", async () => {
    const plan = await extract(lines.filter((l) => l !== "備註" && l !== "Remarks").join("\n"), "bi2.txt");
    expect(plan.tasks.map((t) => t.title)).not.toEqual(["服務學習課程實施計畫", "服務機構合作意向書", "學生服務時數紀錄表"]);
  });
});
