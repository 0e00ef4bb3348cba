// Tables whose header lost its separators (written cases, invented names and figures).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { runTogetherName, splitGluedHeader } from "./gluedHeader.js";
import { GLUED_TABLE_WARNING } from "./tables.js";

describe("a header whose column names ran together", () => {
  it("is cut into its column names", () => {
    expect(splitGluedHeader("序号项目名称建设内容分管领导牵头单位配合单位")?.names).toEqual(["序号", "项目名称", "建设内容", "分管领导", "牵头单位", "配合单位"]);
    expect(splitGluedHeader("重点任务责任单位完成时限进展情况")?.names).toEqual(["重点任务", "责任单位", "完成时限", "进展情况"]);
    expect(splitGluedHeader("实事内容工作任务责任单位进展情况")?.names).toEqual(["实事内容", "工作任务", "责任单位", "进展情况"]);
  });
  it("is not found in prose or a title", () => {
    expect(splitGluedHeader("各单位要加强学校安全管理工作")).toBeNull();
    expect(splitGluedHeader("二〇三一年重点工作任务分解表")).toBeNull();
    expect(splitGluedHeader("项目名称")).toBeNull();
    expect(splitGluedHeader("序号项目名称")).toBeNull();
  });
  it("names a row whose cells ran together by what comes before its first action", () => {
    const name = (t: string) => t.slice(0, runTogetherName(t));
    expect(name("扩充普惠学位供给实施新建幼儿园5所")).toBe("扩充普惠学位供给");
    expect(name("改善乡村学校食堂完成改造20所")).toBe("改善乡村学校食堂");
    expect(name("关爱留守儿童为全县1200名儿童")).toBe("关爱留守儿童");
  });
});

describe("rows run on after a glued header", () => {
  const doc = [
    "某区2031年民生实事项目分解表",
    "某区2031年民生实事项目分解表序号项目名称主要内容分管领导牵头单位配合单位1扩充普惠学位供给实施新建幼儿园5所,新增学位1200个。张明教育局各街道2改善乡村学校食堂完成改造20所,其中中心校8所。李华教育局财政局3关爱留守儿童为全区3000名儿童提供课后服务。王强民政局",
  ].join("\n");
  it("gives a task per row, each with low confidence and the warning", async () => {
    const { plan, warnings } = await extractPlan(Buffer.from(doc), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["扩充普惠学位供给", "改善乡村学校食堂", "关爱留守儿童"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(plan.tasks[0].targets.map((t) => t.value)).toContain(5);
    expect(warnings).toContain(GLUED_TABLE_WARNING);
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });
  it("does not cut rows at amounts, percentages or years", async () => {
    const { plan } = await extractPlan(Buffer.from(doc), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3"]);
  });
  it("reads the leader and the units that ran on after each row's content", async () => {
    const { plan } = await extractPlan(Buffer.from(doc), { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.leaders, t.lead, t.co])).toEqual([
      [["张明"], ["教育局"], ["各街道"]],
      [["李华"], ["教育局"], ["财政局"]],
      [["王强"], ["民政局"], []],
    ]);
  });
  it("reads each line of a row of two lines, a place in brackets after a body, and stops at the next action", async () => {
    const two = [
      "某区2031年民生实事项目分解表序号项目名称主要内容分管领导牵头单位配合单位1老街复兴发展完成老街纪念馆提升工程。何平文旅局城投公司推进老街核心区改造。芮春住建局东街街道2优化养老服务为全区2000名老人提供上门服务。张菁民政局高新园(北湖镇)各街道提升改造8家养老服务中心。",
    ].join("\n");
    const { plan } = await extractPlan(Buffer.from(two), { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.leaders, t.lead, t.co])).toEqual([
      [["何平", "芮春"], ["文旅局", "住建局"], ["城投公司", "东街街道"]],
      [["张菁"], ["民政局"], ["高新园(北湖镇)", "各街道"]],
    ]);
  });
});

describe("one row's cells one a line under a glued header", () => {
  it("is a task with its units", async () => {
    const text = ["主题:", "教育惠民", "实事内容工作任务责任单位进展情况", "一季度二季度三季度四季度", "学校供餐启动乡镇学校食堂改造工程,年内完成全部改造。", "县教育局,各乡镇", "完成摸底,签订合同,已全部完工。"].join("\n");
    const { plan, warnings } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0].title).toContain("启动乡镇学校食堂改造工程");
    expect(plan.tasks[0].lead).toEqual(["县教育局", "各乡镇"]);
    expect(plan.tasks[0].confidence).toBeLessThanOrEqual(0.4);
    expect(warnings).toContain(GLUED_TABLE_WARNING);
  });
  it("is found at the end of a line a short caption ran into (a PDF's text flow)", async () => {
    const text = ["主题:", "学校供餐?实事内容工作任务责任单位进展情况", "学校供餐启动乡镇学校食堂改造工程,年内完成全部改造。", "县教育局,各乡镇", "完成摸底,签订合同。"].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.lead)).toEqual([["县教育局", "各乡镇"]]);
  });
  it("is not made of a news page that names the same words in prose", async () => {
    const text = ["某县教育局召开民生实事推进会", "会议听取了各单位进展情况汇报。", "会议要求各责任单位加快工作进度，确保按期完成。"].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    // The meeting's demand may be a task (demandCandidates); no row of a table is.
    expect(plan.tasks.filter((t) => t.tableRow)).toHaveLength(0);
  });
});
