// A document-sharing site's furniture around a copied plan: its numbered notices about the file,
// its figures about the file, and what it adds to the title.
import { describe, expect, it } from "vitest";
import { extractPlan, WEB_CHROME_WARNING } from "../index.js";

const run = (text: string) => extractPlan(text, { filename: "x.txt" });

const BODY = ["一、重点工作", "1. 开展新教师岗前培训，8月底前完成。", "2. 新建公办幼儿园2所。", "3. 组织春季运动会。"];

describe("a document site's numbered notices", () => {
  it("drops a run of numbered lines that speak of the site, at the top of the page", async () => {
    const { plan, warnings } = await run(
      [
        "青禾县实验小学2031年春季德育工作计划",
        "1、下载前请自行核对本文档是否完整，平台不代写、不修改。",
        "2、本文档为会员文档，成为会员后可免费下载。",
        "3、如本文档侵犯您的权益，请联系客服处理。",
        ...BODY,
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展新教师岗前培训，8月底前完成", "新建公办幼儿园2所", "组织春季运动会"]);
    expect(warnings.filter((w) => w === WEB_CHROME_WARNING)).toHaveLength(1);
  });

  it("drops them with their heading under the file's record, where one says nothing of the site", async () => {
    const { plan } = await run(
      [
        "青禾县实验小学2031年春季德育工作计划",
        "【下载声明】",
        "1. 本站试题类资料如未注明含答案，则不含答案。",
        "2. 本站所有资源均由用户上传，收益归上传者所有。",
        "3. 请谨慎下单，一旦售出，不予退换。",
        "4. 若内容侵犯您的版权，请立即通知本站客服删除。",
        ...BODY,
      ].join("\n"),
    );
    expect(plan.tasks).toHaveLength(3);
    expect(plan.sourceText).toContain("【下载声明】");
    expect(plan.tasks.some((t) => /本站|下单/.test(t.body))).toBe(false);
  });

  it("keeps a plan's own items about a school's website and its resources", async () => {
    const { plan, warnings } = await run(
      [
        "青禾县实验小学2031年信息化工作计划",
        "1. 改版学校网站，开设家长专栏。",
        "2. 建设校本资源平台，教师每月上传课件2个。",
        "3. 组织教师下载学习省平台的精品课例。",
      ].join("\n"),
    );
    expect(plan.tasks).toHaveLength(3);
    expect(warnings).not.toContain(WEB_CHROME_WARNING);
  });
});

describe("a document site's furniture about the file and in its title", () => {
  it("drops the file's figures above its title, which is then the plan's", async () => {
    const { plan } = await run(["- 3", "- 0", "- 约2.4万字", "- 约 12页", "2031-02-02 发布于江西", "- 举报", "青禾县2031年控辍保学工作方案", ...BODY].join("\n"));
    expect(plan.title).toBe("青禾县2031年控辍保学工作方案");
    expect(plan.tasks).toHaveLength(3);
  });

  it("takes a site's marks off the title: a member's file, the page shown, an excerpt's dash", async () => {
    for (const [head, title] of [
      ["青禾县2031年春季学期德育活动安排表.docxVIP", "青禾县2031年春季学期德育活动安排表"],
      ["青禾县2031年教师绩效工资方案 第2页", "青禾县2031年教师绩效工资方案"],
      ["——青禾县2031年春季学期德育工作计划", "青禾县2031年春季学期德育工作计划"],
    ]) {
      const { plan } = await run([head, ...BODY].join("\n"));
      expect(plan.title).toBe(title);
      expect(plan.sourceText.slice(...plan.meta.title!.span)).toContain(title);
    }
  });
});
