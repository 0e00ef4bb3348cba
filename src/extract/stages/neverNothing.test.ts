// "Never nothing" (issue 9 §3): a plan with numbered parts or a task table yields its tasks, a guess
// said to be one; a page with only framing parts or no structure yields none (written cases).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

describe("a plan whose only task part has no items (issue 9 §3)", () => {
  it("takes the part as its one task, with low confidence and a warning", async () => {
    const text = "某校隐患排查整治实施方案一、指导思想以安全稳定为主线，强化常规管理。二、工作目标通过专项行动，落实安全管理责任。三、领导小组组长:XX成员:XXX四、主要任务此次开展隐患再排查再整治专项行动，主要是排查整改责任不明确等问题";
    const { plan, warnings } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["主要任务"]);
    expect(plan.tasks[0].confidence).toBeLessThanOrEqual(0.4);
    expect(warnings.some((w) => w.includes("没有分项编号"))).toBe(true);
  });
  it("gives nothing where the parts are only framing ones", async () => {
    const text = "某县教育现代化实施意见一、指导思想以立德树人为根本任务，推进教育现代化。二、工作目标到2035年，基本实现教育现代化。";
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks).toHaveLength(0);
  });
});

describe("what the clerk is told when nothing is found (issue 9 §3)", () => {
  const run = (text: string) => extractPlan(Buffer.from(text), { filename: "x.txt" });
  it("says a speech was refused, not that nothing was found", async () => {
    const text =
      "某县教育局局长在2031年秋季开学工作会议上的讲话\n（2031年8月25日）\n同志们：\n今天召开全县秋季开学工作会议，主要任务是总结工作、部署开学。\n" +
      "一、充分肯定成绩\n过去一年，全县教育工作稳中有进，办学条件持续改善。\n二、清醒认识问题\n学校布局还不够合理，教师结构性缺编仍然存在。\n" +
      "三、抓好开学工作\n各校要做好开学准备，确保平稳有序。";
    const { plan, warnings } = await run(text);
    expect(plan.tasks).toHaveLength(0);
    expect(warnings.some((w) => w.startsWith("这是一篇讲话或报告"))).toBe(true);
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });
  it("says a lone framing part is framing, not that nothing was found", async () => {
    const text = "某县学前教育提升实施细则\n一、指导思想\n以立德树人为根本任务，推进学前教育普及普惠。";
    const { plan, warnings } = await run(text);
    expect(plan.tasks).toHaveLength(0);
    expect(warnings).toContain("文档的编号只有指导思想、总体要求、工作目标等总体部分，未列出任务；如需督办，请手工录入");
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });
  it("keeps the plain message for a text with no numbered item and no table", async () => {
    const { plan, warnings } = await run("某校简讯\n本周学校召开了家长会，家长们踊跃参加。");
    expect(plan.tasks).toHaveLength(0);
    expect(warnings).toContain("未识别到任何任务，请手工录入");
  });
  it("reads a one-line plan as its one task, with a warning", async () => {
    const { plan, warnings } = await run("1. 做好秋季开学工作。");
    expect(plan.tasks.map((t) => t.title)).toEqual(["做好秋季开学工作"]);
    expect(warnings).toContain("本文档只识别到1项任务，请核对是否完整");
  });
});

describe("a plan that is only a small table (issue 9 §3)", () => {
  const run = (text: string) => extractPlan(Buffer.from(text), { filename: "x.txt" });
  it("reads a header and one row as its one task, with a warning", async () => {
    const { plan, warnings } = await run("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 做好秋季开学工作 | 教务处 |");
    expect(plan.tasks.map((t) => [t.title, t.lead.join()])).toEqual([["做好秋季开学工作", "教务处"]]);
    expect(warnings).toContain("本文档只识别到1项任务，请核对是否完整");
  });
  it("reads two rows without a header as two tasks, with low confidence and a warning", async () => {
    const { plan, warnings } = await run("| 做好秋季开学准备工作 | 教务处 | 8月31日前 |\n| 开展校园安全隐患排查 | 保卫处 | 9月10日前 |");
    expect(plan.tasks.map((t) => [t.title, t.lead.join()])).toEqual([
      ["做好秋季开学准备工作", "教务处"],
      ["开展校园安全隐患排查", "保卫处"],
    ]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings).toContain("文档中的表格没有表头，已将写明工作的一列的2行列为任务，请逐项核对");
  });
});

describe("a web page whose cover swallowed its body (issue 9 §3)", () => {
  it("reads the article when only the page's links follow the newspaper's credit line", async () => {
    const text =
      "某市今年拟新增学位8000个\n发布时间:2031-03-01 作者:记者 王某\n来源:某某日报\n" +
      "本报讯(记者 王某)记者日前从某市教育局获悉,某市2031年计划新建、改扩建中小学校6所,新增中小学学位8000个。\n" +
      "据了解,某市连续多年将新增学位纳入民心工程,按照竣工一批、在建一批的思路推进。\n" +
      "《某某日报》2031年03月01日\n第02版\n相关阅读\n最新发布\n热门标签";
    const { plan, warnings } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建、改扩建中小学校6所,新增中小学学位8000个"]);
    expect(plan.tasks[0].confidence).toBeLessThanOrEqual(0.4);
    expect(warnings.some((w) => w.startsWith("文档的结构不清晰"))).toBe(true);
  });
});
