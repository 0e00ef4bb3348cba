// A document site's page markers ("1、" "2、" at the start of each page's line) are not numbering.
import { Document, Packer, Paragraph as DocxParagraph } from "docx";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const planOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
const long = (s: string) => s + "坚持问题导向，统筹推进各项工作，确保取得实效，不断提高群众满意度和获得感。".repeat(4);

/** The three tasks every page-cut text below holds. */
const THREE_TASKS = [
  ["1", "强化党建引领"],
  ["2", "深化课堂改革创新"],
  ["3", "办好学前教育"],
];

describe("document-site page markers", () => {
  it("drops the markers and joins a page that starts mid-sentence to the one before", async () => {
    const text = [
      "《青禾县教育局2031年工作要点.docx》由会员分享,可在线阅读",
      "1、青禾县教育局2031年工作要点一、工作目标1 .强化党建引领。" + long("推进清廉学校建设") + "2 .深化课堂改",
      "2、革创新。推进集体备课，新建创客教室3间。" + long("实施课后服务提质行动") + "3 .办好学前教",
      "3、育。新增普惠学位200个。",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual(THREE_TASKS);
    expect(plan.tasks[1].targets.map((t) => t.value)).toContain(3);
  });

  it("drops the markers when a page's line was cut into a few lines (a Word file splits it at its spaces)", async () => {
    const text = [
      "1、青禾县教育局关于印发2031年工作要点的通知各学校:" + long("现将工作要点印发给你们") + "请遵照执行。",
      "青禾县教育局",
      "2031年1月8日青禾县教育局2031年工作要点一、工作目标1 .强化党建引领。推进清廉学校建设。2 .深化课堂改",
      "2、革创新。推进集体备课，新建创客教室3间。" + long("实施课后服务提质行动") + "3 .办好学前教",
      "3、育。新增普惠学位200个。",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual(THREE_TASKS);
  });

  it("keeps a plain list numbered 1、 2、 3、", async () => {
    const text = ["青禾小学2031年工作要点", "1、加强师德师风建设。", "2、开展课后服务。", "3、新建运动场1个。"].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3"]);
  });

  it("drops a download site's numbered tips under 友情提示", async () => {
    const text = [
      "友情提示",
      "2、PDF文件下载后,可能会被浏览器默认打开",
      "3、本站不支持迅雷下载",
      "4、试题试卷类文档请知晓",
      "青禾中学安全工作方案",
      "一、开展隐患排查。每月排查1次。",
      "二、加强应急演练。每学期演练2次。",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二"]);
  });
  it("drops a document site's notices about the file, numbered without 友情提示 over them", async () => {
    const plan = await planOf(
      [
        "青禾县教育局2031年工作要点",
        "1、本文档由用户上传，文库整理发布，可阅读全部内容。",
        "2、本文档由用户上传，本站不保证质量和数量令人满意，付费之前，请仔细阅读内容确认后进行付费下载。",
        "网站客服QQ：12345678",
        "一、强化党建引领",
        "1.推进清廉学校建设，年底前完成。",
        "2.开展青年理论宣讲。",
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(["推进清廉学校建设，年底前完成", "开展青年理论宣讲"]);
  });
});

describe("download tips run into one line with the page (a Word file made of the copy)", () => {
  it("cuts the numbered tips out and keeps the text around them", async () => {
    const text =
      "青禾县学校安全排查方案.docx 资源ID:123 下载积分:15金币 会员登录下载 友情提示 2、PDF文件下载后,可能会被浏览器默认打开,请保存网页到桌面。 3、本站不支持迅雷下载,请使用电脑自带的浏览器下载。 4、本站资源下载后的文档无水印,预览文档经过压缩。 " +
      "学校安全排查方案 一、工作目标落实安全责任，杜绝事故。 二、主要任务 1.开展隐患排查，建立台账。 2.落实整改责任，限期销号。";
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展隐患排查，建立台账", "落实整改责任，限期销号"]);
  });

  it("drops the tips that go on in the paragraphs after the one with 友情提示 (a Word file, a tip a paragraph)", async () => {
    const paras = [
      "资源ID:123 下载积分:15金币 会员登录下载 友情提示 2、PDF文件下载后,可能会被浏览器默认打开,请保存网页到桌面。",
      "3、本站不支持迅雷下载,请使用电脑自带的浏览器下载。",
      "4、本站资源下载后的文档无水印,预览文档经过压缩。 | 学校安全排查方案.docx",
      "学校安全排查方案",
      "一、主要任务",
      "1.开展隐患排查，建立台账。",
      "2.落实整改责任，限期销号。",
    ];
    const doc = new Document({ sections: [{ children: paras.map((text) => new DocxParagraph(text)) }] });
    const { plan } = await extractPlan(Buffer.from(await Packer.toBuffer(doc)), { filename: "x.docx" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展隐患排查，建立台账", "落实整改责任，限期销号"]);
  });
});

describe("document-site pages run into one line", () => {
  it("drops the markers inside the line, a page that starts mid-word going on the one before", async () => {
    const text = [
      "青禾县教育局2031年工作要点.docx",
      "下载文档",
      "1、青禾县教育局2031年工作要点一、工作目标1 .强化党建引领。" + long("推进清廉学校建设") + "2 .深化课堂改" +
        "2、革创新。推进集体备课，新建创客教室3间。" + long("实施课后服务提质行动") + "3 .办好学前教" +
        "3、育。新增普惠学位200个。",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual(THREE_TASKS);
  });

  it("keeps a line's own list, its items after their clauses' ends", async () => {
    const text = "1、强化党建引领。" + long("推进清廉学校建设") + "2、深化课堂改革创新。" + long("实施课后服务提质行动") + "3、办好学前教育。新增普惠学位200个。";
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["强化党建引领", "深化课堂改革创新", "办好学前教育"]);
  });
});
