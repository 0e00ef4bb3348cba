import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Paragraph, Table } from "../model.js";
import { readHtml } from "./html.js";

const PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县教育局</title>
<style>.x{color:red}</style><script>var 菜单 = "不应出现";</script></head>
<body>
<div class="top-nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/jyxw">教育新闻</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="main">
  <div class="article">
    <h1 class="title">某县教育局关于印发2025年工作要点的通知</h1>
    <div class="info">发布时间：2025-02-10</div>
    <div class="TRS_Editor">
      <p style="text-indent:2em">各学校：</p>
      <p>&nbsp;&nbsp;现将《工作要点》印发给你们，请认真贯彻落实。</p>
      <p><strong>一、总体要求</strong></p>
      <p><b>1.强化思想政治引领。</b>深入开展主题教育。</p>
      <p>工作事项
         责任股室 工作目标</p>
      <p>第一行<br>第二行</p>
      <ol><li>第一项</li><li>第二项</li></ol>
      <table border="1">
        <tr><th>序号</th><th>工作任务</th><th colspan="2">责任单位</th></tr>
        <tr><td>1</td><td><p>新建幼儿园2所</p><p>改扩建小学1所</p></td><td rowspan="2">基教股</td><td>计财股</td></tr>
        <tr><td>2</td><td>完善控辍保学机制</td><td>政教股</td></tr>
      </table>
    </div>
    <div class="page-print">【打印本页】【关闭窗口】</div>
    <div>上一篇：关于开展安全检查的通知</div>
    <div>下一篇：关于举办运动会的通知</div>
  </div>
</div>
<div class="footer">版权所有：某县教育局 技术支持：某某公司</div>
</body></html>`;

describe("readHtml", () => {
  it("decodes a GBK page and keeps only the article with bold prefixes and a merged table", () => {
    const doc = readHtml(iconv.encode(PAGE, "gbk"));
    expect(doc.format).toBe("html");
    const paragraphs = doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
    expect(paragraphs.map((p) => p.text)).toEqual([
      "某县教育局关于印发2025年工作要点的通知",
      "发布时间：2025-02-10",
      "各学校：",
      "现将《工作要点》印发给你们，请认真贯彻落实。",
      "一、总体要求",
      "1.强化思想政治引领。深入开展主题教育。",
      "工作事项 责任股室 工作目标",
      "第一行",
      "第二行",
      "第一项",
      "第二项",
    ]);
    expect(paragraphs.slice(-2).map((p) => p.numbering)).toEqual(["1.", "2."]);
    expect(paragraphs[0].heading).toBe(1);
    expect(paragraphs[4].bold).toBe(true);
    expect(paragraphs[5].boldPrefix).toBe("1.强化思想政治引领。");
    const table = doc.blocks.find((b): b is Table => b.kind === "table")!;
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ["序号", "工作任务", "责任单位", "责任单位"],
      ["1", "新建幼儿园2所\n改扩建小学1所", "基教股", "计财股"],
      ["2", "完善控辍保学机制", "基教股", "政教股"],
    ]);
    expect(table.rows[1][2]).toEqual({ text: "基教股", rowSpan: 2 });
    expect(table.rows[2][2].continuation).toBe(true);
  });

  it("falls back to the block with the most Chinese text and flattens layout tables", () => {
    const html = `<html><body><div><a>首页</a> <a>机构设置</a></div>
      <table><tr><td><table><tr><td>左侧菜单</td></tr></table></td>
      <td><p>一、指导思想</p><p>坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。</p></td></tr></table></body></html>`;
    const doc = readHtml(html);
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual([
      "一、指导思想",
      "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针。",
    ]);
  });

  it("keeps the paragraphs around a data table that holds most of the text", () => {
    const row = (i: number) => `<tr><td>${i}</td><td>完善控辍保学工作机制，落实联控联保责任，确保义务教育巩固率达到百分之九十九</td><td>基教股</td></tr>`;
    const html = `<html><body><div><p>某县教育局工作分工方案</p><p>各股室：</p>
      <table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>${[1, 2, 3, 4, 5, 6].map(row).join("")}</table></div></body></html>`;
    const doc = readHtml(html);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "table"]);
    expect((doc.blocks[2] as Table).rows).toHaveLength(7);
  });
});

describe("readHtml: metadata block", () => {
  it("keeps a labelled 文号/发布机构 table outside the article as paragraphs before it", () => {
    const page = `<html><body><div class="nav"><a href="/">首页</a></div>
      <table class="meta-info"><tr><th>索引号：</th><td>000-2031-01</td><th>发布机构：</th><td>云岭县教育局</td></tr>
      <tr><th>文　　号：</th><td>云教〔2031〕7号</td><th>成文日期：</th><td>2031-03-02</td></tr></table>
      <div class="article"><div class="TRS_Editor"><p>关于印发《云岭县2031年教育工作要点》的通知</p>
      <p>各学校：现将工作要点印发给你们，请认真贯彻落实，结合本单位实际抓好各项工作。</p></div></div></body></html>`;
    const texts = readHtml(page).blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts.slice(0, 3)).toEqual(["发布机构：云岭县教育局", "文号：云教〔2031〕7号", "成文日期：2031-03-02"]);
    expect(texts[3]).toContain("关于印发");
  });
});
