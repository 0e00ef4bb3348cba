// Text copied from a government web page, with the page's chrome around the document.
import { describe, expect, it } from "vitest";
import { extractPlan, WEB_CHROME_WARNING } from "../index.js";

const plan = (text: string, filename = "x.txt") => extractPlan(text, { filename });

const PAGE = [
  "当前位置：首页 > 政务公开 > 通知公告",
  "索引号：11430000-01-2026-0012 主题分类：教育 发布机构：青禾县教育局",
  "发布日期：2026-03-12 来源：青禾县教育局 浏览次数：1234 字体：大 中 小",
  "篇一：青禾县教育局2026年工作要点",
  "一、推进学前教育普及普惠",
  "1. 新建公办幼儿园2所，9月底前投入使用。牵头单位：学前股；责任领导：俞 悦。",
  "2. 落实经费保障。经费来源：县财政专项资金。牵头单位：计财股。",
  "二、加强队伍建设",
  "3. 开展新教师岗前培训，8月底前完成。牵头单位：人事股；责任领导：张三 李四。",
  "【打印本页】 【关闭窗口】",
  "分享到：微信 微博",
].join("\n");

describe("web page chrome", () => {
  it("drops the page's lines with one warning and keeps the document", async () => {
    const { plan: p, warnings } = await plan(PAGE);
    expect(p.title).toBe("青禾县教育局2026年工作要点");
    expect(p.tasks.map((t) => t.title)).toEqual(["新建公办幼儿园2所，9月底前投入使用", "落实经费保障", "开展新教师岗前培训，8月底前完成"]);
    expect(p.tasks[1].body).toContain("经费来源：县财政专项资金");
    expect(warnings.filter((w) => w === WEB_CHROME_WARNING)).toHaveLength(1);
    expect(p.tasks.some((t) => /打印|分享|浏览/.test(t.body))).toBe(false);
  });

  it("keeps the page's 发布机构 as the issuer, but not its 发布日期 as the signing date", async () => {
    const { plan: p } = await plan(PAGE);
    // the day a site posted a document is not the day it was signed
    expect(p.issuedOn).toBeNull();
    expect(p.issuer).toBe("青禾县教育局");
  });

  it("dates the document by the page's 发布日期 beside its own 文号 or 发文日期", async () => {
    const { plan: p } = await plan(["青禾县2026年学前教育工作要点", "索引号：001-2026-0042  文号：青教〔2026〕9号  发布日期：2026-03-12", "1. 新建公办幼儿园2所。牵头单位：学前股。", "2. 开展教师培训。牵头单位：人事股。"].join("\n"));
    expect(p.issuedOn).toBe("2026-03-12");
    expect(p.sourceText.slice(...p.meta.issuedOn!.span)).toBe("2026-03-12");
  });

  it("reads a notice's signing date whose 年月日 the copy lost, where only one date fits", async () => {
    const { plan: p } = await plan(["关于印发《青禾县2026年教育工作要点》的通知", "发布时间：2026-03-14 浏览次数：12", "各学校：", "现将《青禾县2026年教育工作要点》印发给你们，请认真贯彻落实。", "2026312", "青禾县2026年教育工作要点", "1. 新建公办幼儿园2所。牵头单位：学前股。"].join("\n"));
    expect(p.issuedOn).toBe("2026-03-12");
  });

  it("leaves a document without chrome alone, and lines that only look like fields", async () => {
    const text = ["青禾县教育局2026年工作要点", "来源：本文件依据省教育厅部署制定，请各校认真落实。", "1. 新建公办幼儿园2所。牵头单位：学前股。", "2. 开展教师培训。牵头单位：人事股。", "时间：2026年3月"].join("\n");
    const { plan: p, warnings } = await plan(text);
    expect(warnings).not.toContain(WEB_CHROME_WARNING);
    expect(p.sourceText).toContain("时间：2026年3月");
    expect(p.tasks).toHaveLength(2);
  });

  it("warns once for an HTML page whose article holds the page's tools", async () => {
    const html = `<html><body><div class="article"><h1>青禾县教育局2026年工作要点</h1>
      <p>1. 新建公办幼儿园2所。牵头单位：学前股。</p><p>2. 开展教师培训。牵头单位：人事股。</p>
      <p>【打印本页】【关闭窗口】</p><p>浏览次数：88 字体：大 中 小</p></div></body></html>`;
    const { plan: p, warnings } = await plan(html, "x.html");
    expect(p.tasks).toHaveLength(2);
    expect(warnings.filter((w) => w === WEB_CHROME_WARNING)).toHaveLength(1);
  });
});

describe("a blog's image credit lines (xtasks26)", () => {
  it("drops the credit line an image left above each paragraph: no heading of the paragraph under it", async () => {
    const { plan: p } = await plan(
      [
        "图片发自简书App",
        "会议由中心校书记主持,要求各校加强安全管理,落实值班制度,做好防溺水教育工作,确保师生安全。",
        "图片发自简书App",
        "李主任部署人事工作,要求各校做好学生人数统计,按时上报经费使用情况,规范财务管理。",
        "图片来自网络",
        "王主任部署业务工作,要求各校开展一师一优课活动,加强教研组建设,提高课堂教学质量。",
      ].join("\n"),
    );
    expect(p.tasks.length).toBeGreaterThan(0);
    expect(p.tasks.some((t) => /图片/.test(t.title) || /图片/.test(t.body))).toBe(false);
  });
});

describe("leaders' names from web pages", () => {
  it("joins a name spaced out by the page and splits several names in one cell", async () => {
    const text = [
      "青禾县教育局2026年重点工作任务分解表",
      "| 序号 | 重点工作任务 | 牵头单位 | 责任领导 |",
      "|---|---|---|---|",
      "| 1 | 新建公办幼儿园2所 | 学前股 | 俞 悦 |",
      "| 2 | 推进集团化办学 | 基教股 | 张三、李四 |",
      "| 3 | 开展教师培训 | 人事股 | 王海 李明 |",
      "| 4 | 建设智慧校园 | 电教站 | 副局长 周 敏 |",
      "| 5 | 加强校园安全 | 安全股 | 张 三  李 四 |",
      "| 6 | 推进课后服务 | 基教股 | 王海/李明 |",
    ].join("\n");
    const { plan: p } = await plan(text);
    expect(p.tasks.map((t) => t.leaders)).toEqual([["俞悦"], ["张三", "李四"], ["王海", "李明"], ["周敏"], ["张三", "李四"], ["王海", "李明"]]);
    for (const t of p.tasks) for (const l of t.fields.leaders) expect(p.sourceText.slice(...l.span).replace(/\s+/g, "")).toBe(l.text);
  });
});

describe("a post's record block (xunits25)", () => {
  it("leaves the work's units to its sentences: the block's 主办/承办单位 are the post's publisher", async () => {
    const text = [
      "有關本縣國小暑期課輔之辦理,說明如下:",
      "一、請各國小於 6 月 20 日前函報開班計畫。",
      "二、課輔經費請依核定金額核實支用。",
      "主辦單位: 本府教育處",
      "承辦單位: 學管科",
      "發布者: 某某某",
      "聯絡電話: 03-1234567",
      "公告時間: 2031-05-02 09:00:00",
      "點閱數: 87",
    ].join("\n");
    const { plan: p } = await plan(text);
    expect(p.tasks.map((t) => [...t.lead, ...t.co].join("、"))).toEqual(["各國小", ""]);
  });
});
