import { describe, expect, it } from "vitest";
import { joinHeadedCellLines } from "./headedCellLines.js";
import { parseTextBlocks } from "./text.js";

const rows = (text: string) => parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));

describe("a web table copied one cell a line, each closed by its pipe, under column names without a number column", () => {
  it("counts the cells off into rows by the header's width, a cell's spaces and commas kept inside it", () => {
    const text = ["二、活动安排：", "项目 |", "负责人 |", "要求 |", "完成时间 |", "手抄报评比 |", "王明(牵头) 李华、赵强配合 |", "每班两份，统一A3纸 |", "5月10日前 |", "诗歌朗诵会 |", "陈静 |", "各年级选送节目 |", "5月20日前 |", "三、其他"].join("\n");
    expect(rows(text)).toEqual(["P 二、活动安排：", "项目‖负责人‖要求‖完成时间 / 手抄报评比‖王明(牵头) 李华、赵强配合‖每班两份，统一A3纸‖5月10日前 / 诗歌朗诵会‖陈静‖各年级选送节目‖5月20日前", "P 三、其他"]);
  });
  it("ends the header at its last column name (a first row of short cells is no header) and keeps the excerpt's cut-off last cell", () => {
    const lines = ["检查类型 |", "检查内容 |", "责任部门 |", "消防安全 |", "灭火器检查 |", "1.逐层清点灭火器 2.检查压力表"];
    expect(joinHeadedCellLines(lines)).toEqual(["| 检查类型 | 检查内容 | 责任部门 |", "|---|---|---|", "| 消防安全 | 灭火器检查 | 1.逐层清点灭火器 2.检查压力表 |"]);
  });
  it("reads a two-column table whose column name carries a bracket (参加人员(部门))", () => {
    const lines = ["检查部位 |", "参加检查人员(部门) |", "教学楼、实验楼 |", "张三、总务处 |", "学生食堂 |", "李四、后勤处 |", "4、总结"];
    expect(joinHeadedCellLines(lines)).toEqual(["| 检查部位 | 参加检查人员(部门) |", "|---|---|", "| 教学楼、实验楼 | 张三、总务处 |", "| 学生食堂 | 李四、后勤处 |", "4、总结"]);
  });
  it("leaves cells that do not fill whole rows (a merged cell left out) and tables numbered by 序号 as they were", () => {
    const short = ["项目 |", "负责人 |", "完成时间 |", "布置展板 |", "王明 |", "黑板报 |", "李华 |", "5月 |", "二、要求"];
    expect(joinHeadedCellLines(short)).toEqual(short);
    const numbered = ["序号 |", "工作任务 |", "责任单位 |", "1 |", "新建幼儿园2所 |", "计财股 |"];
    expect(joinHeadedCellLines(numbered)).toEqual(numbered);
  });
});

describe("a cell line told by its pipe first (perf27)", () => {
  it("reads no line without a pipe as a cell, and still a cell line with its pipe last, spaces after it", () => {
    const plain = ["一、工作目标", "全面推进课后服务提质", "二、主要任务"];
    expect(joinHeadedCellLines(plain)).toEqual(plain);
    expect(joinHeadedCellLines(["事项 |  ", "负责人 |", "完成时间 |", "校园绿化 |", "刘某 |", "4月底前 |"])).toEqual(["| 事项 | 负责人 | 完成时间 |", "|---|---|---|", "| 校园绿化 | 刘某 | 4月底前 |"]);
  });
});

// an invented 教导处 week plan copied one cell a line closed by pipes: a category merged over its rows printed on
// its first only, each row's work numbered from 1 under its category, empty cells closed by pipes set on one line
const weekPlan = [
  "某小学教导处第五周工作安排",
  "工作 类 别 |",
  "具 体 内 容 |",
  "责任人 |",
  "备 注 |",
  "教 学 常 规 |",
  "1、开展教案检查,重点查看二次备课情况,检查结果在教师会上通报。 |",
  "教研组 |",
  "周三前完成 |",
  "2、组织一年级拼音过关测试,各班统计过关人数。 |",
  "| ||",
  "教 师 培 训 |",
  "1、组织青年教师观摩课,课后集中评议。 |",
  "班主任 |",
  "|",
  "2、开展信息技术应用培训,每人完成一节微课。 |",
  "信息中心 教研组 |",
  "| |",
  "3、推进读书",
];

describe("cells one a line closed by pipes whose rows do not fill the header (a category merged over its rows)", () => {
  it("counts the rows off by their work's item numbers, a row without its category's cell its empty first cell", () => {
    expect(joinHeadedCellLines(weekPlan).slice(1)).toEqual([
      "| 工作 类 别 | 具 体 内 容 | 责任人 | 备 注 |",
      "|---|---|---|---|",
      "| 教 学 常 规 | 1、开展教案检查,重点查看二次备课情况,检查结果在教师会上通报。 | 教研组 | 周三前完成 |",
      "|  | 2、组织一年级拼音过关测试,各班统计过关人数。 |  |  |",
      "| 教 师 培 训 | 1、组织青年教师观摩课,课后集中评议。 | 班主任 |  |",
      "|  | 2、开展信息技术应用培训,每人完成一节微课。 | 信息中心 教研组 |  |",
      "|  | 3、推进读书 |  |  |",
    ]);
  });
  it("keeps a row's own empty first cell first (no shift towards the cells above) and makes each item a task named as a numbered paragraph is, with its row's doers", async () => {
    const { extractPlan } = await import("../index.js");
    expect(rows(joinHeadedCellLines(weekPlan).join("\n")).at(-1)?.split(" / ").at(-1)).toBe("‖3、推进读书‖‖");
    const { plan } = await extractPlan(weekPlan.join("\n"), { filename: "week.txt" });
    expect(plan.tasks.map((t) => [t.no, t.title, t.lead, t.leaders])).toEqual([
      ["1", "开展教案检查,重点查看二次备课情况,检查结果在教师会上通报", ["教研组"], []],
      ["2", "组织一年级拼音过关测试,各班统计过关人数", [], []],
      ["1", "组织青年教师观摩课,课后集中评议", [], ["班主任"]],
      ["2", "开展信息技术应用培训,每人完成一节微课", ["信息中心", "教研组"], []],
      ["3", "推进读书", [], []],
    ]);
  });
});

// an invented 升旗 rota copied one cell a line closed by pipes: the week's number after its date, a column name with a
// note in brackets, some cells' closing pipes gone onto the next line, the class that hosts each week last
const rota = [
  "升旗仪式日期 |",
  "周次 |",
  "纪念日(本周) |",
  "国旗下讲话内容 (形式自定) |",
  "班级 |",
  "3.2",
  "|",
  "1 |",
  "|",
  "新学期新目标 |",
  "三2班 |",
  "3.9",
  "|",
  "2 |",
  "植树节 |",
  "绿色校园我守护",
  "|",
  "四1班 |",
  "3.16 |",
  "3 |",
  "|",
  "|",
  "|",
  "讲话要求:",
];

describe("a rota copied one cell a line closed by pipes, its week number after its date", () => {
  it("reads a lone pipe after a line without one as that cell's closing pipe and a name's bracketed note as the name's", () => {
    expect(joinHeadedCellLines(rota)).toEqual([
      "| 升旗仪式日期 | 周次 | 纪念日(本周) | 国旗下讲话内容 (形式自定) | 班级 |",
      "|---|---|---|---|---|",
      "| 3.2 | 1 |  | 新学期新目标 | 三2班 |",
      "| 3.9 | 2 | 植树节 | 绿色校园我守护 | 四1班 |",
      "| 3.16 | 3 |  |  |  |",
      "讲话要求:",
    ]);
  });
  it("makes a task of each week with a theme, its class the doer", async () => {
    const { extractPlan } = await import("../index.js");
    const { plan } = await extractPlan(rota.join("\n"), { filename: "rota.txt" });
    expect(plan.tasks.map((t) => [t.no, t.title, t.lead])).toEqual([
      ["1", "新学期新目标", ["三2班"]],
      ["2", "绿色校园我守护", ["四1班"]],
    ]);
  });
});

describe("the rota pasted into Word a line a paragraph", () => {
  it("reads a paragraph whose cell's closing pipe is the next paragraph as part of the piped run: the same table", async () => {
    const { pipeParagraphsAsTables } = await import("./text.js");
    const doc = pipeParagraphsAsTables({ format: "docx", blocks: rota.map((text) => ({ kind: "paragraph" as const, text })), warnings: [] } as never);
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows.map((r) => r.map((c) => c.text).join("‖")) : null).toEqual([
      "升旗仪式日期‖周次‖纪念日(本周)‖国旗下讲话内容 (形式自定)‖班级",
      "3.2‖1‖‖新学期新目标‖三2班",
      "3.9‖2‖植树节‖绿色校园我守护‖四1班",
      "3.16‖3‖‖‖",
    ]);
  });
});
