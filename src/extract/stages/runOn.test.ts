import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { NumberingState, splitRunOnItems, splitRunOnLine } from "./runOn.js";
import type { Item, Line } from "./types.js";

const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, start: 0, ...extra });
const texts = (lines: Line[]) => lines.map((l) => l.text);
/** A state that has seen items 1 … `n` of the 1、 form. */
const stateAt = (n: number) => {
  const state = new NumberingState();
  for (let k = 1; k <= n; k++) state.see(3, k);
  return state;
};

describe("splitRunOnLine", () => {
  it("splits items run into one paragraph where the numbering goes on", () => {
    const text = "1.完善课后服务机制。2.推进集团化办学，2026年覆盖3.5万名学生。3.加强督导考核。";
    const out = splitRunOnLine(line(text, { start: 100 }), new NumberingState());
    expect(texts(out)).toEqual(["1.完善课后服务机制。", "2.推进集团化办学，2026年覆盖3.5万名学生。", "3.加强督导考核。"]);
    expect(out.map((l) => l.start)).toEqual([100, 100 + text.indexOf("2.推进"), 100 + text.indexOf("3.加强")]);
  });

  it("splits a heading, its sub-heading and its items on one line", () => {
    const out = splitRunOnLine(line("一、总体要求 （一）指导思想 1、坚持立德树人 2、坚持改革创新 二、主要任务"), new NumberingState());
    expect(texts(out)).toEqual(["一、总体要求", "（一）指导思想", "1、坚持立德树人", "2、坚持改革创新", "二、主要任务"]);
  });

  it("leaves numbers that do not continue the numbering, lists of numbers and short rankings", () => {
    const state = new NumberingState();
    expect(texts(splitRunOnLine(line("1.推进学前教育普惠发展，新增学位 3.5万个，覆盖一、二年级 5、6个班。"), state))).toHaveLength(1);
    expect(texts(splitRunOnLine(line("二、综合排名 1、甲县；2、乙区；3、丙县。 三、主要问题"), new NumberingState()))).toEqual([
      "二、综合排名",
      "1、甲县；2、乙区；3、丙县。",
      "三、主要问题",
    ]);
    expect(texts(splitRunOnLine(line("1、甲县；2、乙区；3、丙县。"), new NumberingState()))).toHaveLength(1);
    // circled and bracketed measures inside a sentence stay in it
    expect(texts(splitRunOnLine(line("（三）加强安全管理。①落实主体责任；②每月排查隐患。"), new NumberingState()))).toHaveLength(1);
  });

  it("splits items whose number was glued to the month they open with, the number as the line's numbering", () => {
    const text = "二、抓好毕业年级工作14月上旬召开毕业班动员会。25月份组织模拟考试，月底分析成绩。36-7月份做好招生衔接。";
    const state = new NumberingState();
    const out = splitRunOnLine(line(text, { start: 10 }), state);
    expect(texts(out)).toEqual(["二、抓好毕业年级工作", "4月上旬召开毕业班动员会。", "5月份组织模拟考试，月底分析成绩。", "6-7月份做好招生衔接。"]);
    expect(out.map((l) => l.numbering)).toEqual([undefined, "1、", "2、", "3、"]);
    expect(out[1].start).toBe(10 + text.indexOf("4月上旬"));
    // a month that is one ("12月"), a number that does not go on, a year's digits: no item
    expect(texts(splitRunOnLine(line("三、做好收尾工作12月完成结算。"), new NumberingState()))).toHaveLength(1);
    expect(texts(splitRunOnLine(line("四、做好总结工作。57月份上报材料。"), new NumberingState()))).toHaveLength(1);
    expect(texts(splitRunOnLine(line("关于202310月份项目进展的通报"), new NumberingState()))).toHaveLength(1);
  });

  it("leaves an office's bracketed number inside a 字号 in its line", () => {
    const state = new NumberingState();
    state.see(2, 1);
    expect(texts(splitRunOnLine(line("发文字号：甲教综(一)字第1130000001号"), new NumberingState()))).toHaveLength(1);
    expect(texts(splitRunOnLine(line("依据乙部2031年3月2日乙教师（二）字第1200000002号函办理。"), state))).toHaveLength(1);
  });

  it("splits items whose line breaks were saved as commas after the sentence", () => {
    const out = splitRunOnLine(line("1、整理教室图书,检查借阅。,2、召开班主任会。,3、做好假期值班安排。,"), new NumberingState());
    expect(texts(out)).toEqual(["1、整理教室图书,检查借阅。,", "2、召开班主任会。,", "3、做好假期值班安排。,"]);
    // (a comma inside a sentence is no break: "1、…,2、3年级" stays one item)
    expect(texts(splitRunOnLine(line("1、开展阅读活动,覆盖2、3年级。"), new NumberingState()))).toHaveLength(1);
  });

  it("carries the numbering from line to line, a list restarting after a colon or a new heading", () => {
    const items: Item[] = ["3.规范办学行为。", "九月份：1、开展新生入园适应活动。 2、召开家长会。 十月份：1、开展国庆主题教育。"].map((text) => ({
      kind: "line",
      line: line(text),
    }));
    const out = splitRunOnItems(items).map((i) => (i.kind === "line" ? i.line.text : ""));
    expect(out).toEqual(["3.规范办学行为。", "九月份：", "1、开展新生入园适应活动。", "2、召开家长会。 十月份：", "1、开展国庆主题教育。"]);
  });

  it("splits a list numbered afresh inside the line that ran its first list (a flattened table's cells)", () => {
    const text = "1、布置新学期班级教室;2、召开班会3、整理档案甲班乙班1、开展义卖活动2、组织“文明小卫士”评选3、表彰先进4、一年级家长会";
    expect(texts(splitRunOnLine(line(text), new NumberingState()))).toEqual([
      "1、布置新学期班级教室;",
      "2、召开班会",
      "3、整理档案甲班乙班",
      "1、开展义卖活动",
      "2、组织“文明小卫士”评选",
      "3、表彰先进",
      "4、一年级家长会",
    ]);
    // (a "1、" without its "2、" after it, or after a single item of the line, is no new list)
    expect(texts(splitRunOnLine(line("1、布置新学期班级教室;2、召开班会3、整理档案1、展板"), new NumberingState())).at(-1)).toBe("3、整理档案1、展板");
    expect(texts(splitRunOnLine(line("3、做好档案工作。1、整理案卷；2、装订归档。"), stateAt(3)))).toHaveLength(1);
  });

  it("takes a Word list item whose text starts with the next number as that number", () => {
    const out = splitRunOnLine(line("2.修订章程 3.完善制度", { numbering: "1." }), new NumberingState());
    expect(texts(out)).toEqual(["2.修订章程", "3.完善制度"]);
    expect(out[0].numbering).toBe("1.");
  });
});

describe("part headings run in without any break (issue 9 §3)", () => {
  it("splits where a first-rank number opens a plan's part, after a title or a name", () => {
    const text = "某校安全工作实施方案一、指导思想以安全为主线，强化管理。二、工作目标杜绝事故。三、领导小组组长:XX成员:XXX四、主要任务此次开展排查整治。";
    expect(texts(splitRunOnLine(line(text), new NumberingState()))).toEqual([
      "某校安全工作实施方案",
      "一、指导思想以安全为主线，强化管理。",
      "二、工作目标杜绝事故。",
      "三、领导小组组长:XX成员:XXX",
      "四、主要任务此次开展排查整治。",
    ]);
  });
  it("leaves 统一、 and numbers inside words", () => {
    expect(texts(splitRunOnLine(line("全区统一、规范开展工作，落实唯一、主要任务。"), new NumberingState()))).toHaveLength(1);
    expect(texts(splitRunOnLine(line("全市第一、主要任务完成。"), new NumberingState()))).toHaveLength(1);
  });
});

describe("decimal sections run into one paragraph (issue 9)", () => {
  it("splits where a decimal section goes on from the last one: its next, its first child, the next part's first", () => {
    const text =
      "某校年度计划第一章总体要求1.1指导思想以育人为本，推进改革。1.2工作目标到年底优良率≥90%。第二章队伍建设2.1师德建设2.1.1学习制度：每月学习一次。2.1.2考核制度：每学期考核。2.2业务培训2.2.1校本研修：每周开展一次。";
    expect(texts(splitRunOnLine(line(text), new NumberingState()))).toEqual([
      "某校年度计划第一章总体要求",
      "1.1指导思想以育人为本，推进改革。",
      "1.2工作目标到年底优良率≥90%。",
      "第二章队伍建设",
      "2.1师德建设",
      "2.1.1学习制度：每月学习一次。",
      "2.1.2考核制度：每学期考核。",
      "2.2业务培训",
      "2.2.1校本研修：每周开展一次。",
    ]);
  });

  it("opens decimals under the plain item they number: 2. then 2.1", () => {
    const state = new NumberingState();
    const out = splitRunOnLine(line("三、实施步骤1.筹备阶段(3月)1.1成立小组由校长负责。1.2制定方案本月完成。2.实施阶段(4月)2.1开幕式全体参加。2.2主题班会各班开展。"), state);
    expect(texts(out)).toEqual([
      "三、实施步骤",
      "1.筹备阶段(3月)",
      "1.1成立小组由校长负责。",
      "1.2制定方案本月完成。",
      "2.实施阶段(4月)",
      "2.1开幕式全体参加。",
      "2.2主题班会各班开展。",
    ]);
  });

  it("leaves amounts, versions, dates, clause references and decimals that do not go on", () => {
    for (const text of [
      "推进数字校园2.0建设，人均面积达到1.5米以上，增长3.5%，依照第1.2条执行。",
      "于2025.9开学，校园网1.1版上线。",
      "一、总体要求推进改革。1.3主要任务落实到位。",
    ])
      expect(texts(splitRunOnLine(line(text), new NumberingState()))).toHaveLength(1);
  });
});

// item numbers glued to their month, read through the whole engine
const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("item numbers glued to the month their items open with", () => {
  it("splits 1/2/3 glued to 3月/6月份/7-8月份 into items, the number out of the text", async () => {
    const { plan } = await run([
      "溪山镇2031年教育工作规划",
      "一、完善教学管理，提高质量13月上旬召开全镇教学工作会，部署全年工作。26月份组织全镇毕业班模拟考试。37-8月份做好新生招生工作。二、加强队伍建设1、开展教师全员培训。24月份组织青年教师赛课。3、评选优秀班主任。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title.slice(0, 9)}`)).toEqual([
      "1|3月上旬召开全镇教",
      "2|6月份组织全镇毕业",
      "3|7-8月份做好新生",
      "1|开展教师全员培训",
      "2|4月份组织青年教师",
      "3|评选优秀班主任",
    ]);
  });

  it("does not split a date after 年 or 于, nor a 1 no 2 follows", async () => {
    const { plan } = await run([
      "溪山镇考核安排",
      "一、县级自查。各校于2031年12月底前完成自查，形成报告。",
      "二、市级考核。市考核组于12月中旬进行实地考核，召开反馈会。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二"]);
  });
});
