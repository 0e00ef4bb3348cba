// Division tables with category rows and a 督办事项 column (invented rows).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { Stitched } from "./stitched.js";
import { columnRole } from "./columnRoles.js";
import { headerRoles, observancesOnly, splitItems, tasksFromTable, ungluedUnits } from "./tables.js";

/** A table's cells as stitched text: each cell a line of one source, as a reader would hand them over. */
function stitchedGrid(grid: string[][]): Stitched[][] {
  let src = "";
  return grid.map((r) =>
    r.map((t) => {
      const at = src.length;
      src += t + "\n";
      return Stitched.of(src, at, at + t.length);
    }),
  );
}

describe("school calendar grid", () => {
  it("reads the notes column of a weekday grid as the row's text, in traditional script too", () => {
    const roles = headerRoles(["月份", "週 次", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "備 註"]);
    expect(roles?.[9]).toBe("title");
    expect(roles?.slice(2, 9).every((r) => r === "ignore")).toBe(true);
    // (a notes column beside a task column stays ignored)
    expect(headerRoles(["序号", "工作任务", "周一", "周二", "周三", "周四", "周五", "备注"])).toEqual(["no", "title", "deadline", "deadline", "deadline", "deadline", "deadline", "ignore"]);
  });
  it("gives each caller its own roles for a header row asked about again (remembered, not shared)", () => {
    const header = ["序号", "工作任务", "责任单位", "完成时限"];
    const first = headerRoles(header)!;
    expect(first).toEqual(["no", "title", "responsible", "deadline"]);
    first[1] = "ignore";
    expect(headerRoles(header)).toEqual(["no", "title", "responsible", "deadline"]);
    expect(headerRoles([...header])).not.toBe(headerRoles(header));
    // (a cell holding the separator the rows are remembered by is a different row)
    expect(headerRoles(["序号\u0000工作任务", "责任单位", "完成时限"])).toEqual(headerRoles(["序号\u0000工作任务", "责任单位", "完成时限"]));
  });
  it("tells days off and observances from work", () => {
    expect(observancesOnly("5—7日端午放假。")).toBe(true);
    expect(observancesOnly("12日植樹節；20日國際禁毒日。")).toBe(true);
    expect(observancesOnly("9日補上周三的課")).toBe(false);
    expect(observancesOnly("16日新生入學教育；20日期中考試。")).toBe(false);
    expect(observancesOnly("3日運動會，4日放假")).toBe(false);
    // a school calendar's own marks: the term opening and closing, the national days
    expect(observancesOnly("開學日,新生始業式")).toBe(true);
    expect(observancesOnly("113學年度第1學期休業式")).toBe(true);
    expect(observancesOnly("寒假開始")).toBe(true);
    expect(observancesOnly("國慶日")).toBe(true);
    expect(observancesOnly("中華民國開國紀念日")).toBe(true);
    expect(observancesOnly("開學典禮暨安全教育")).toBe(false);
    // (a programme's part, "…环节", ends in 节 and is no festival)
    expect(observancesOnly("亲子互动环节")).toBe(false);
    expect(observancesOnly("頒獎環節")).toBe(false);
    expect(observancesOnly("植树节")).toBe(true);
  });
  it("names each row of a list of categories described in a 内容 column by its category, not a category merged over numbered rows", () => {
    expect(headerRoles(["信息类别", "内容描述", "责任主体", "公开方式", "公开时限"])).toEqual(["title", "measures", "responsible", "ignore", "deadline"]);
    // a disclosure list's body that publishes each item, and the office that handles it, in either script
    expect(headerRoles(["序号", "公开事项", "公开内容", "公开主体", "公开时限"])).toEqual(["no", "title", "measures", "responsible", "deadline"]);
    expect(headerRoles(["序號", "公開事項", "公開內容", "公開主體", "公開時限"])).toEqual(["no", "title", "measures", "responsible", "deadline"]);
    expect(headerRoles(["序号", "服务事项", "办理科室", "经办股室", "办结时限"])?.slice(2, 4)).toEqual(["responsible", "responsible"]);
    expect(headerRoles(["序号", "项目名称", "主管部门", "完成时间"])?.[2]).toBe("responsible");
    expect(headerRoles(["类别", "序号", "工作内容", "责任单位"])?.[0]).toBe("ignore");
  });
  it("reads no figure to reach in an indicator's baseline or its definition, only in its goal (xtargets25)", () => {
    expect(headerRoles(["工作项目", "量化指标", "指标计算公式", "本校现况值", "年度目标值"])).toEqual(["title", "target", "ignore", "ignore", "target"]);
    expect(headerRoles(["工作項目", "指標之操作型定義", "基準值", "目標值"])).toEqual(["title", "ignore", "ignore", "target"]);
  });
  it("reads a 政务公开 list: the office publishing each item is its unit, how it is published is no column of work", () => {
    expect(headerRoles(["类别", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "链接", "公开对象", "公开方式", "公开层级"])).toEqual([
      "ignore", "title", "measures", "ignore", "deadline", "responsible", "ignore", "ignore", "ignore", "ignore", "ignore",
    ]);
    // (traditional script, and a 发布 list with a 部门 column)
    expect(headerRoles(["序號", "公開事項", "公開內容", "公開依據", "公開時限", "公開主體", "公開渠道", "公開對象"])).toEqual([
      "no", "title", "measures", "ignore", "deadline", "responsible", "ignore", "ignore",
    ]);
    expect(headerRoles(["信息名称", "发布依据", "发布部门", "发布形式", "更新时限"])).toEqual(["title", "ignore", "responsible", "ignore", "deadline"]);
  });
  it("names a row by its name column, not by the category column beside it", () => {
    expect(headerRoles(["事项类别", "事项名称", "公开内容", "公开主体", "公开时限"])).toEqual(["ignore", "title", "measures", "responsible", "deadline"]);
    expect(headerRoles(["工作類別", "工作任務", "責任單位", "完成時限"])).toEqual(["ignore", "title", "responsible", "deadline"]);
  });
  it("gives the task above a field's row (具体作法 | its text) in a table without that column (xtargets25)", async () => {
    const text = [
      "某校精进计划指标表",
      "关键指标 | 办理项目 | 量化指标 | 学校现况值 | 年度目标值 | 质化指标 |",
      "一、阅读推广 | 1.提升阅读风气 | 1.1学生借阅率逐年提高。 | 60% | 80%以上 | 1.1能养成阅读习惯。 |",
      "具体 作法 (请条列) | (1)每学期至少举办两次读书会。(2)每月至少更新一次书展。 |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["提升阅读风气"]);
    expect(plan.tasks[0].targets.map((x) => `${x.op} ${x.value} ${x.unit}`)).toEqual([">= 80 %", ">= 2 次", ">= 1 次"]);
  });
  it("makes a task of each row of a 政务公开 list copied as a pipe table, its office as its unit", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "某县卫生健康局政务公开事项目录",
      "类别 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体 | 公开渠道 | 公开对象 |",
      "机构信息 | 机构职能 | 本机关职能、内设机构 | 《政府信息公开条例》 | 信息形成之日起10个工作日内 | 办公室 | 政府网站 | 全社会 |",
      "政策文件 | 规范性文件 | 本机关制发的规范性文件 | 《政府信息公开条例》 | 信息形成之日起10个工作日内 | 法规股 | 政府网站 | 全社会 |",
      "财政信息 | 部门预算 | 年度部门预算 | 《预算法》 | 批复后20日内 | 计财股 | 政府网站 | 全社会 |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.title, t.lead])).toEqual([["机构职能", ["办公室"]], ["规范性文件", ["法规股"]], ["部门预算", ["计财股"]]]);
  });
  it("reads a programme's rows with their 负责人: posts as leaders, people named as a group as doers, a part called …环节 kept", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "某小学校园读书节活动安排",
      "時間 | 活動項目 | 內容 | 負責人 |",
      "8:00-8:30 | 開幕式 | 校長致辭 | 副校長、教導主任 |",
      "8:30-9:30 | 閱讀分享環節 | 學生分享讀書心得 | 各班班主任 |",
      "9:30-10:00 | 圖書漂流 | 交換圖書 | 家委會成員 |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.title, t.lead, t.leaders])).toEqual([
      ["開幕式", [], ["副校長", "教導主任"]],
      ["閱讀分享環節", ["各班班主任"], []],
      ["圖書漂流", ["家委會成員"], []],
    ]);
  });
  it("names a row of a list in levels by its levels under the first, the first grouping the rows", async () => {
    expect(headerRoles(["序号", "一级事项", "二级事项", "公开内容", "公开主体"])).toEqual(["no", "ignore", "title", "measures", "responsible"]);
    expect(headerRoles(["序號", "一級事項", "二級事項", "三級事項", "公開內容", "公開主體"])).toEqual(["no", "ignore", "title", "title", "measures", "responsible"]);
    const { extractPlan } = await import("../index.js");
    const text = [
      "某区教育局主动公开事项目录",
      "序號 | 一級事項 | 二級事項 | 三級事項 | 公開內容 | 公開主體 | 公開時限 |",
      "1 | 機構信息 | 機構職能 | 主要職責 | 本局職能 |",
      "辦公室 | 20個工作日內 |",
      "2 | 領導簡介 | 本局領導名單 |",
      "辦公室 | 20個工作日內 |",
      "3 | 政策文件 | 規範性文件 | 現行文件 | 本局規範性文件 |",
      "法規股 | 5個工作日內 |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.no, t.title, t.lead])).toEqual([
      ["1", "機構職能/主要職責", ["辦公室"]],
      ["2", "領導簡介", ["辦公室"]],
      ["3", "規範性文件/現行文件", ["法規股"]],
    ]);
  });
  it("splits a cell whose numbered items ran together, its line breaks lost", () => {
    const items = (t: string) => splitItems(Stitched.of(t, 0, t.length)).map((x) => x.text);
    expect(items("1.机关名称2.办公地址3.办公时间")).toEqual(["1.机关名称", "2.办公地址", "3.办公时间"]);
    expect(items("1、《條例》全文 2、本局規範性文件 3、政策解讀")).toEqual(["1、《條例》全文", "2、本局規範性文件", "3、政策解讀"]);
    // (a figure is no item number: one item)
    expect(items("1.完成投资2.5亿元")).toEqual(["1.完成投资2.5亿元"]);
    expect(items("全年完成1.2万人次培训")).toEqual([]);
  });
  it("reads a rule line kept as a row of dashes as no row", () => {
    const st = (t: string) => Stitched.of(t, 0, t.length);
    const rows = [["日期", "学校行事纪要", "备注"], ["—", "—", "—"], ["9月2日", "友善校园周", ""]].map((r) => r.map(st));
    expect(tasksFromTable({ rows, order: 0 }, null, 2031).map((t) => t.title.text)).toEqual(["友善校园周"]);
  });
  it("reads a calendar's 行事 column (学校行事纪要) as the rows' text", () => {
    expect(headerRoles(["日 期", "星 期", "學 校 行 事 紀 要", "備 註"])).toEqual(["deadline", "deadline", "title", "ignore"]);
  });
  it("makes tasks of a calendar copied one cell a line (no zero-task plan)", async () => {
    const { extractPlan } = await import("../index.js");
    const cells = (lead: string[], days: string[], note: string) => [...lead, ...[...days, note].map((c) => (c ? `| ${c}` : "|")), "|"];
    const text = [
      "某校秋季學期校曆",
      ...cells(["年 月"], ["週 次", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"], "備 註"),
      ...cells(["2031", "9"], ["一", "1", "2", "3", "4", "5", "6", "7"], "1日教職工報到，3日學生上課。"),
      ...cells(["二"], ["8", "9", "10", "11", "12", "13", "14"], "10日教師節。"),
      ...cells(["三"], ["15", "16", "17", "18", "19", "20", "21"], "18日新生入學教育；20日消防演練。"),
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual([expect.stringContaining("教職工報到"), expect.stringContaining("新生入學教育")]);
  });
  it("names a calendar week's task by its first event and dates the bare days of its notes by the grid", async () => {
    const { extractPlan } = await import("../index.js");
    const cells = (lead: string[], days: string[], note: string) => [...lead, ...[...days, note].map((c) => (c ? `| ${c}` : "|")), "|"];
    const text = [
      "某校秋季學期校曆",
      ...cells(["年 月"], ["週 次", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"], "備 註"),
      ...cells(["2031", "9"], ["一", "1", "2", "3", "4", "5", "6", "7"], "1日教職工報到，3日學生上課。"),
      ...cells(["二"], ["8", "9", "10", "11", "12", "13", "14"], "10日教師節。"),
      ...cells(["三"], ["15", "16", "17", "18", "19", "20", "21"], "15日國際盲人節；18日新生入學教育；20日消防演練。"),
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["1日教職工報到，3日學生上課", "18日新生入學教育"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-09-01", "2031-09-03"], ["2031-09-18", "2031-09-20"]]);
  });
});

describe("table header", () => {
  it("maps 督办事项 / 工作要求 / 责任领导 and ignores unknown columns", () => {
    expect(headerRoles(["序号", "督办事项", "工作要求", "责任领导", "牵头单位", "配合单位", "完成时限", "督办方式", "备注"])).toEqual([
      "no", "title", "measures", "leaders", "lead", "co", "deadline", "ignore", "ignore",
    ]);
  });
  it("never reads a merged category row as a header", () => {
    expect(columnRole("一、重点改革事项")).toBeNull();
    expect(headerRoles(Array(6).fill("二、民生项目"))).toBeNull();
  });
});

describe("tasks spread over merged rows", () => {
  it("counts one measure per row and unions the rows' units", () => {
    const grid = [
      ["序号", "目标任务", "具体措施", "责任单位", "完成时限"],
      ["1", "改善办学条件", "新建塑胶跑道3条", "装备股", "2031年6月"],
      [null, null, "更新课桌椅800套", "计财股、装备股", "秋季开学前"],
      ["2", "加强教师培训", "开展全员培训", "人事股", "2031年12月"],
    ];
    let src = "";
    const cell = (t: string) => {
      const at = src.length;
      src += t + "\n";
      return { at, len: t.length };
    };
    const pos = grid.map((r) => r.map((t) => (t === null ? null : cell(t))));
    const st = (p: { at: number; len: number } | null) => (p ? Stitched.of(src, p.at, p.at + p.len) : Stitched.empty());
    const rows = pos.map((r) => r.map(st));
    const merged = pos.map((r, ri) => r.map((p, ci) => (p === null ? rows[ri - 1][ci] : null)));
    const tasks = tasksFromTable({ rows, merged, order: 0 }, null);
    expect(tasks.map((t) => [t.no, t.title.text, t.measureItems.length, t.unitCells.map((u) => u.cell.text).join("/")].join("|"))).toEqual([
      "1|改善办学条件|2|装备股/计财股、装备股",
      "2|加强教师培训|0|人事股",
    ]);
  });
});

describe("numbered rows under a task name merged down over them (issue 9, xmerge20)", () => {
  const grid = (rowsIn: (string | null)[][]) => {
    const rows = stitchedGrid(rowsIn.map((r) => r.map((t) => t ?? "")));
    const merged = rowsIn.map((r, ri) => r.map((t, ci) => (t === null ? rows[ri - 1][ci] : null)));
    for (const [ri, r] of merged.entries()) for (const [ci, m] of r.entries()) if (m && !m.text) merged[ri][ci] = merged[ri - 1][ci];
    return { rows, merged, order: 0 };
  };
  it("titles each row by its own work where the next column has no role, the merged name glued to none", () => {
    const t = grid([
      ["序号", "工作任务", "具体分工", "责任处室", "完成时限"],
      ["1", "推进校务公开", "按月公开办事结果", "办公室", "长期坚持"],
      ["2", null, "规范公开家长委员会议事记录", "德育处", "长期坚持"],
      ["3", null, "每学期公布一次食堂账目", "总务处", "2031年7月前"],
    ]);
    const tasks = tasksFromTable(t, null);
    expect(tasks.map((x) => [x.no, x.title.text, x.unitCells.map((u) => u.cell.text).join("/")].join("|"))).toEqual([
      "1|推进校务公开|办公室",
      "2|规范公开家长委员会议事记录|德育处",
      "3|每学期公布一次食堂账目|总务处",
    ]);
  });
  it("keeps the merged name the task where the next column holds its measures", () => {
    const t = grid([
      ["序号", "工作任务", "具体措施", "责任处室", "完成时限"],
      ["1", "推进校务公开", "按月公开办事结果", "办公室", "长期坚持"],
      ["2", null, "规范公开家长委员会议事记录", "德育处", "长期坚持"],
    ]);
    const tasks = tasksFromTable(t, null);
    expect(tasks.map((x) => x.title.text)).toEqual(["推进校务公开"]);
  });
});

describe("a category column merged down over its rows, copied one cell a line (issue 9, xmerge20)", () => {
  it("is a column of its own, never the first half of the next column's name, and no part of a row's title", async () => {
    // (invented rows: "类别" printed once over the rows it groups, then "项目名称")
    const text = [
      "某县2031年民生实事项目责任分解表",
      ...["序号", "类别", "项目名称", "责任单位", "完成时限"],
      ...["1", "教育", "新建城东幼儿园一所，新增学位360个", "县教育局", "2031年8月底"],
      ...["2", "改造农村学校厕所20所", "县教育局", "2031年10月底"],
      ...["3", "卫生", "建成乡镇卫生院发热门诊5个", "县卫健局", "2031年6月底"],
      ...["4", "为65岁以上老人免费体检2万人", "县卫健局", "2031年12月底"],
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "categories.txt" });
    expect(plan.tasks.map((t) => [t.no, t.title, t.lead.join("/")].join("|"))).toEqual([
      "1|新建城东幼儿园一所，新增学位360个|县教育局",
      "2|改造农村学校厕所20所|县教育局",
      "3|建成乡镇卫生院发热门诊5个|县卫健局",
      "4|为65岁以上老人免费体检2万人|县卫健局",
    ]);
  });
});

describe("a note row under a division table", () => {
  it("is not a task", () => {
    const grid = [
      ["序号", "重点任务", "牵头单位", "完成时限"],
      ["1", "改善办学条件", "装备股", "2031年6月"],
      ["", "说明：各牵头单位每月25日前报送进展情况", "", ""],
    ];
    const rows = stitchedGrid(grid);
    const tasks = tasksFromTable({ rows, merged: rows.map((r) => r.map(() => null)), order: 0 }, null);
    expect(tasks.map((t) => t.title.text)).toEqual(["改善办学条件"]);
  });
});

describe("a week's schedule table (invented rows)", () => {
  it("reads 星期 | 工作安排 rows as tasks and the numbered items of a 工作要求 row above the header", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "第五周工作安排",
      "第五周（3月3日—3月7日） | | |",
      "工作要求 | 1.组织教师学习安全文件。 2.做好食堂卫生检查。 3教研组开展听课活动。 | |",
      "星期 | 工作安排 | 记载 |",
      "一 | 升旗仪式：文明礼仪 | （责任人：青青） |",
      "二 | 上午：语言组教研活动 | |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["组织教师学习安全文件", "做好食堂卫生检查", "教研组开展听课活动", "升旗仪式：文明礼仪", "上午：语言组教研活动"]);
  });
});

describe("a schedule's week cell listing numbered items", () => {
  it("gives a task per item, its head the title, its bullets the measures, the row's days the deadline", () => {
    const grid = [
      ["周次", "时间", "重点工作内容"],
      ["第1周", "9.1-9.7", "1. 开学准备: - 编排课表; - 检查教室设备; 2. 会议部署: - 召开全体会议。"],
      ["第2周", "9.8-9.14", "1. 教研启动: - 召开教研会; - 专题讲座; 2. 学生活动: - 主题班会。"],
      ["第3周", "9.15-9.21", "1. 常规检查: - 抽查教案;"],
    ];
    const rows = stitchedGrid(grid);
    const tasks = tasksFromTable({ rows, order: 0 }, null, 2025);
    expect(tasks.map((t) => [t.no, t.title.text, t.measureItems.length, t.scheduled?.by].join("|"))).toEqual([
      "1|开学准备|2|2025-09-07",
      "2|会议部署|1|2025-09-07",
      "1|教研启动|2|2025-09-14",
      "2|学生活动|1|2025-09-14",
      "1|常规检查|1|2025-09-21",
    ]);
  });
});

describe("a school calendar's date cells written month-day (9月2日~9月6日)", () => {
  it("reads each row's last day, running on into the next year after 十二月 (a span across the new year too)", () => {
    const grid = [
      ["日期", "星期", "行事内容", "备注"],
      ["9月2日~9月6日", "一~五", "友善校园周", ""],
      ["11月11日~1月20日", "一~五", "作业抽查", ""],
      ["12月14日", "六", "校庆运动会", "12月16日补假一天"],
      ["1月14日~ 1月15日", "二~三", "期末考试", ""],
      ["1月20日", "一", "成绩评定", ""],
    ];
    const rows = stitchedGrid(grid);
    const tasks = tasksFromTable({ rows, order: 0 }, null, 2024);
    expect(tasks.map((t) => [t.title.text, t.scheduled?.by].join("|"))).toEqual([
      "友善校园周|2024-09-06",
      "作业抽查|2025-01-20",
      "校庆运动会|2024-12-14",
      "期末考试|2025-01-15",
      "成绩评定|2025-01-20",
    ]);
  });
});

describe("leader columns named by a post or as contacts (issue 9 recall)", () => {
  it("reads 分管局长 and 组长 columns as leaders, and a 联系人 column only where no leader column is beside it", () => {
    expect(columnRole("分管局长")).toBe("leaders");
    expect(columnRole("包保副县长")).toBe("leaders");
    expect(columnRole("组长")).toBe("leaders");
    expect(headerRoles(["序号", "工作任务", "牵头股室", "联系人及电话", "完成时限"])).toEqual(["no", "title", "lead", "leaders", "deadline"]);
    expect(headerRoles(["序号", "工作任务", "牵头股室", "分管局长", "联系人", "完成时限"])).toEqual(["no", "title", "lead", "leaders", "ignore", "deadline"]);
  });
});

describe("a table copied one cell per line: towns, districts and companies are units (xunits11)", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  const table = (rows: string[][]) =>
    ["民生实事进展情况", "序号 |", "项目名称 |", "具体任务 |", "分管 领导 |", "牵头单位 |", "责任单位 |", "进展情况 |", ...rows.flat()].join("\n");
  it("puts a town or a company in the unit columns, not among the leaders", async () => {
    const p = await plan(
      table([
        ["1 |", "乡村道路提升工程 |", "完成乡村道路改造30公里。 |", "王 强 |", "县交通局 |", "县城投集团 各有关乡镇(街道) |", "已完成80%。 |"],
        ["2 |", "社区食堂建设 |", "新建社区食堂5个。 |", "赵 敏 |", "城关街道 |", "区民政局 |", "正在施工。 |"],
        ["3 |", "卫生院改造工程 |", "完成中心卫生院改造。 |", "王 强 |", "李家镇 |", "|", "已完工。 |"],
      ]),
    );
    expect(p.tasks.map((t) => [t.lead, t.co, t.leaders])).toEqual([
      [["县交通局"], ["县城投集团", "各有关乡镇(街道)"], ["王强"]],
      [["城关街道"], ["区民政局"], ["赵敏"]],
      [["李家镇"], [], ["王强"]],
    ]);
  });
});

describe("a table copied one cell per line with column names broken over two lines", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  it("joins 责任 / 领导 into one column name and reads the numbered rows", async () => {
    const p = await plan(
      [
        "某镇2025年重点工作推进表",
        "序号", "重点工作", "责任", "领导", "牵头", "单位", "年度目标", "上半年", "完成情况",
        "1", "老街风貌改造", "周立新", "镇建设办", "完成老街立面改造两千平方米。", "已完成设计招标。",
        "2", "农村饮水提质", "郑海波", "镇农业农村办", "新建供水管网十公里。", "管网铺设过半。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => [t.title, t.leaders, t.lead])).toEqual([
      ["老街风貌改造", ["周立新"], ["镇建设办"]],
      ["农村饮水提质", ["郑海波"], ["镇农业农村办"]],
    ]);
  });
  it("joins a name's second line read as a name of its own where every row is narrower than the header", async () => {
    const p = await plan(
      [
        "某镇2025年重点工作推进表",
        "序号", "重点工作", "责任", "领导", "责任", "科室", "年度目标", "任务", "推进措施", "三季度", "完成情况",
        "1", "老街风貌改造", "周立新", "镇建设办", "完成老街立面改造。", "分段施工。", "立面改造完成率达到45%。",
        "2", "农村饮水提质", "郑海波", "镇农业农村办", "新建供水管网。", "先通主管。", "管网铺设完成率达到70%。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => [t.title, t.leaders, t.lead])).toEqual([
      ["老街风貌改造", ["周立新"], ["镇建设办"]],
      ["农村饮水提质", ["郑海波"], ["镇农业农村办"]],
    ]);
    expect(p.tasks[0].tableRow?.header.map((h) => h.text)).toEqual(["序号", "重点工作", "责任领导", "责任科室", "年度目标任务", "推进措施", "三季度完成情况"]);
  });
});

describe("a table copied one cell per line whose merged cells are printed once (issue 9, xcells20)", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  it("carries a unit column merged alone down the rows a line short under it (xmerge20)", async () => {
    // (invented rows: 县教育局 printed once over rows 1–3, 县卫健局 over rows 4–6)
    const rows = [
      ["序号", "项目名称", "责任单位", "完成时限"],
      ["1", "新建城东幼儿园一所，新增学位360个", "县教育局", "2031年8月底"],
      ["2", "改造农村学校厕所20所", "2031年10月底"],
      ["3", "为全县中小学配备心理健康教师30名", "2031年9月底"],
      ["4", "建成乡镇卫生院发热门诊5个", "县卫健局", "2031年6月底"],
      ["5", "为65岁以上老人免费体检2万人", "2031年12月底"],
      ["6", "新建社区卫生服务站3个", "2031年12月底"],
    ];
    const p = await plan(["某县2031年民生实事项目责任分解表", ...rows.flat()].join("\n"));
    expect(p.tasks.map((t) => [t.no, t.lead.join("/"), t.deadlines.map((d) => d.text).join("")].join("|"))).toEqual([
      "1|县教育局|2031年8月底",
      "2|县教育局|2031年10月底",
      "3|县教育局|2031年9月底",
      "4|县卫健局|2031年6月底",
      "5|县卫健局|2031年12月底",
      "6|县卫健局|2031年12月底",
    ]);
  });
  it("leaves a table alone where one row lacks its unit (an empty cell, not a merged one)", async () => {
    const rows = [
      ["序号", "项目名称", "责任单位", "完成时限"],
      ["1", "新建城东幼儿园一所，新增学位360个", "县教育局", "2031年8月底"],
      ["2", "改造农村学校厕所20所", "2031年10月底"],
      ["3", "为全县中小学配备心理健康教师30名", "县人社局", "2031年9月底"],
    ];
    const p = await plan(["某县2031年民生实事项目责任分解表", ...rows.flat()].join("\n"));
    expect(p.tasks.map((t) => t.lead.join("/"))).toEqual(["县教育局", "", "县人社局"]);
  });
  it("carries a merged deadline, leader and unit down to the rows it covers, a wrapped \"(单位)\" ending its column's name", async () => {
    const p = await plan(
      [
        "某县农业农村局2031年重点工作任务表",
        "序号", "考核指标", "工作任务", "完成时限", "责任领导", "责任科室", "(单位)", "备注",
        "1", "农田水利", "新修灌溉渠道12公里。", "11月底前", "孙 立", "水利股", "灌溉站", "排灌站",
        "2", "完成泵站改造3座。", "水利股灌溉站",
        "3", "开展河道清淤。",
        "4", "林业", "新造林地800亩。", "6月底", "钱明远", "林业股",
        "5", "完成森林防火巡查。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => [t.no, t.title, t.lead, t.leaders, t.deadlines.map((d) => d.text)])).toEqual([
      ["1", "新修灌溉渠道12公里", ["水利股", "灌溉站", "排灌站"], ["孙立"], ["11月底前"]],
      ["2", "完成泵站改造3座", ["水利股", "灌溉站"], ["孙立"], ["11月底前"]],
      ["3", "开展河道清淤", ["水利股", "灌溉站"], ["孙立"], ["11月底前"]],
      ["4", "新造林地800亩", ["林业股"], ["钱明远"], ["6月底"]],
      ["5", "完成森林防火巡查", ["林业股"], ["钱明远"], ["6月底"]],
    ]);
  });
  it("splits a unit cell that glues bodies its column names one a line elsewhere, and no other", () => {
    const cells = (...xs: string[]) => xs.map((x) => Stitched.literal(x));
    const rows = [cells("序号", "工作任务", "责任单位"), cells("1", "甲", "水利股\n灌溉站"), cells("2", "乙", "水利股灌溉站"), cells("3", "丙", "水利股排灌站")];
    expect(ungluedUnits(rows, ["no", "title", "responsible"]).map((r) => r[2].text)).toEqual(["责任单位", "水利股\n灌溉站", "水利股\n灌溉站", "水利股排灌站"]);
  });
  it("leaves a table whose rows lack one cell here and there as it is, and never carries a 配合 column", async () => {
    const p = await plan(
      [
        "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
        "1", "修订村规民约。", "民政办", "司法所", "3月底前",
        "2", "建设村级调解室。", "司法所", "4月底前",
        "3", "开展矛盾排查。", "综治办", "5月底前",
        "4", "编印普法读本。", "6月底前",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.co])).toEqual([
      ["修订村规民约", ["民政办"], ["司法所"]],
      ["建设村级调解室", ["司法所"], []],
      ["开展矛盾排查", ["综治办"], []],
      ["编印普法读本", [], []],
    ]);
  });
  it("reads a 当前进度 column, its cells apart by blank lines, as progress: no target, no deadline, no more of the work", async () => {
    const p = await plan(
      ["序号", "项目内容", "当前进度", "牵头单位", "备注", "1", "新建农贸市场2个。", "75%(一处用地未落实)", "县商务局", "县级实事", "2", "改造老旧小区30个。", "90%", "县住建局", "市级实事"].join("\n\n"),
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.targets.map((x) => `${x.value}${x.unit}`), t.deadlines.length])).toEqual([
      ["新建农贸市场2个", ["县商务局"], ["2个"], 0],
      ["改造老旧小区30个", ["县住建局"], ["30个"], 0],
    ]);
  });
});

// A web task table copied one cell a line, each cell closed by its pipe and each row's number opened by one too
// ("| 1 |"), under column names some of which no role knows (分月序时进度, 监督方式) — invented rows.
const PIPED_CELL_LINES = [
  "| 2031年度区文化局重点工作任务分解 |",
  "| 序号 |",
  "责任单位 |",
  "考核指标 |",
  "分月序时进度 |",
  "监督方式 |",
  "实施部门 |",
  "实施步骤 |",
  "完成时限 |",
  "| 1 |",
  "区文化局 |",
  "按照公共文化服务有关要求,按季度完成送戏下乡演出的组织工作,及时拨付演出补助经费。 |",
  "①1-3月份,完成第一季度送戏下乡演出;②4-6月份,完成第二季度送戏下乡演出;③7-9月份,完成第三季度送戏下乡演出;④10-12月份,完成第四季度送戏下乡演出。 |",
  "电话抽查 |",
  "文化馆 |",
  "按季度序时推进 |",
  "2031年12月底 |",
  "| 2 |",
  "区文化局 |",
  "按照全民阅读工作有关要求,指导乡镇按月开展农家书屋借阅活动,及时补充更新书屋图书。 |",
  "①1-6月份,督促各乡镇开展借阅活动;②7-12月份,督促各乡镇完成图书更新。 |",
  "电话抽查 |",
  "图书馆 |",
  "按半年序时推进 |",
  "2031年12月底 |",
];

describe("a task table one cell a line, its rows' numbers opened by a pipe", () => {
  it("reads the rows under column names no role knows, the header ending at the first row's number", async () => {
    const { plan } = await extractPlan(PIPED_CELL_LINES.join("\n"), { filename: "cells.txt" });
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2"]);
    expect(plan.tasks[0].lead).toEqual(["区文化局", "文化馆"]);
    // (no task column: what each row is to achieve, 考核指标, names it, not its steps; its ①–④ are the measures)
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "按照公共文化服务有关要求,按季度完成送戏下乡演出的组织工作,及时拨付演出补助经费",
      "按照全民阅读工作有关要求,指导乡镇按月开展农家书屋借阅活动,及时补充更新书屋图书",
    ]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2031-12"]);
  });

  it("reads the excerpt's last row cut off mid-sentence as it is: its sentence no body, no cell merged into it", async () => {
    const lines = [...PIPED_CELL_LINES, "| 3 |", "区文化局 |", "加强非遗项目保护,提升非遗传承水平,按照非遗保护有关政策要求,"];
    const { plan } = await extractPlan(lines.join("\n"), { filename: "cells.txt" });
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3"]);
    expect(plan.tasks[2].title.startsWith("加强非遗项目保护")).toBe(true);
    expect(plan.tasks[2].lead).toEqual(["区文化局"]);
    expect(plan.tasks[2].deadlines).toEqual([]);
  });

  it("names a row by its steps where its target is a figure", async () => {
    const lines = ["序号", "考核指标", "实施步骤", "责任单位", "完成时限", "1", "95%", "开展送戏下乡演出", "区文化局", "2031年6月底", "2", "30场", "开展农家书屋借阅活动", "区文化局", "2031年9月底"];
    const { plan } = await extractPlan(lines.join("\n"), { filename: "cells.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展送戏下乡演出", "开展农家书屋借阅活动"]);
  });

  it("does not take a row's first cells for column names", async () => {
    // (unknown names only at the header's end, no name the roles know after them: no header runs on)
    const lines = ["序号", "工作任务", "责任单位", "1", "开展送戏下乡", "区文化局", "2", "开展农家书屋借阅", "区文化局"];
    const { plan } = await extractPlan(lines.join("\n"), { filename: "cells.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展送戏下乡", "开展农家书屋借阅"]);
  });
});

describe("a duty roster (组别 / 职称 / 职掌)", () => {
  it("reads the post as the row's leader, the group as its body and the duties as its measures, in traditional script too", () => {
    expect(headerRoles(["組別", "職稱", "職掌"])).toEqual(["responsible", "leaders", "measures"]);
    expect(headerRoles(["组别", "职务", "职掌"])).toEqual(["responsible", "leaders", "measures"]);
  });
  it("titles a row by the first duty of its numbered list, the list its measures; a single duty is the title as it is", async () => {
    const text = ["迎新工作分工", "", "| 组别 | 职务 | 职掌 |", "|---|---|---|", "| 接待组 | 接待组长 | 1. 布置新生报到点<br>2. 引导新生入住宿舍<br>3. 发放入学材料 |", "| 宣传组 | 宣传干事 | 拍摄迎新活动照片 |"].join("\n");
    const { plan } = await extractPlan(text, { filename: "roster.txt" });
    expect(plan.tasks.map((t) => [t.title, t.lead, t.leaders, t.measures])).toEqual([
      ["布置新生报到点", ["接待组"], ["接待组长"], 3],
      ["拍摄迎新活动照片", ["宣传组"], ["宣传干事"], 0],
    ]);
  });
});

describe("a dated table copied one cell a line whose content cell lists numbered items", () => {
  it("keeps the list the row's measures, titled by its first item (a real table's dated lists stay a task an item)", async () => {
    const text = ["2024年秋季运动会筹备日程", "", "日期", "", "内容", "", "相关单位", "", "9月上旬", "", "拟定运动会方案", "", "体育组", "", "9月20日", "", "1.召开全校运动会筹备工作会议", "", "2.下发各班级运动员报名表和竞赛规程", "", "体育组", "", "德育处", "", "10月10日", "", "举行开幕式", "", "德育处"].join("\n");
    const { plan } = await extractPlan(text, { filename: "sports.txt" });
    expect(plan.tasks.map((t) => [t.title, t.measures])).toEqual([
      ["拟定运动会方案", 0],
      ["召开全校运动会筹备工作会议", 2],
      ["举行开幕式", 0],
    ]);
  });
});

// observancesOnly reads clause by clause up to the first that is no observance (made-up cells)
describe("observancesOnly, clause by clause", () => {
  it("every clause an observance or a day off, dates before them read past", () => {
    expect(observancesOnly("9月10日教师节；10月1日—7日国庆放假")).toBe(true);
    expect(observancesOnly("元旦放假，调休")).toBe(true);
  });
  it("one clause of work makes the cell work, wherever it stands", () => {
    expect(observancesOnly("组织教师培训；教师节")).toBe(false);
    expect(observancesOnly("教师节；组织教师培训")).toBe(false);
  });
  it("no clause at all is no observance", () => {
    expect(observancesOnly("；，。")).toBe(false);
    expect(observancesOnly("")).toBe(false);
  });
});

describe("a column name with a note in brackets after it", () => {
  it("is read by its name, the note left out, however long the note", () => {
    expect(columnRole("周参考主题内容 (具体节目名称、内容、形式自定)")).toBe("measures");
    expect(columnRole("承办单位（含协办单位及各相关处室）")).toBe("responsible");
    // (a cell of text with a bracket in it is no column name)
    expect(columnRole("组织全体教师开展师德培训并撰写心得（每人一篇）")).toBeNull();
  });
});
