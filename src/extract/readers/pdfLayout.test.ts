import { describe, expect, it } from "vitest";
import { linesToBlocks } from "./pdfBlocks.js";
import { isPageNumber, pageRanges, removePageFurniture } from "./pdfFurniture.js";
import { isSpacedRow, linesOfPage, tidySpaces, type PositionedText } from "./pdfLines.js";

const item = (text: string, x: number, y: number, fontSize = 12): PositionedText => ({
  text,
  x,
  y,
  width: text.length * fontSize,
  fontSize,
});

describe("PDF layout steps", () => {
  it("recognises page numbers", () => {
    for (const text of ["— 3 —", "- 3 -", "第 3 页", "第3页 共12页", "3/12", "12", "Page 2 of 9"]) {
      expect(isPageNumber(text), text).toBe(true);
    }
    for (const text of ["3.加强管理", "2025年", "第三章"]) expect(isPageNumber(text), text).toBe(false);
    expect(pageRanges([5, 1, 2, 3, 7, 8])).toBe("1–3、5、7–8");
  });

  it("orders items of a line by x and splits cells at wide gaps", () => {
    const [line] = linesOfPage({ page: 1, width: 600, height: 800, items: [item("单位", 300, 100), item("任务", 72, 100.5)] });
    expect(line.segments.map((s) => s.text)).toEqual(["任务", "单位"]);
  });

  it("puts back a line LibreOffice draws font by font (quotes over the Chinese run's spaces)", () => {
    const sp = (x: number, width: number): PositionedText => ({ text: " ", x, y: 100, width, fontSize: 12 });
    const items = [
      { ...item("“", 72, 100), width: 6 },
      sp(78, 48),
      { ...item("”", 126, 100), width: 6 },
      { ...item("一城四区 ，挺进", 78, 100), width: 90 },
    ];
    const [line] = linesOfPage({ page: 1, width: 600, height: 800, items });
    expect(line.text).toBe("“一城四区”，挺进");
    // a space item drawn across glyphs (no overlap of glyphs) is no gap either
    const [other] = linesOfPage({ page: 1, width: 600, height: 800, items: [{ ...item("“", 72, 100), width: 6 }, sp(78, 36), item("四帮一", 78, 100)] });
    expect(other.text).toBe("“四帮一");
  });

  it("reads a bullet drawn from the Symbol font (a private-use code point) as a bullet", () => {
    const [line] = linesOfPage({ page: 1, width: 600, height: 800, items: [{ ...item("\uf0b7", 78, 100), width: 5 }, item("1月29日:寒假期间", 92, 100)] });
    expect(line.text).toMatch(/^•\s?1月29日:寒假期间$/);
  });

  it("joins a Word list label to its item across the tab (no label column)", () => {
    const [line] = linesOfPage({ page: 1, width: 600, height: 800, items: [item("2.", 84, 100), item("推广集团化办学经验", 108, 100)] });
    expect(line.segments.map((s) => s.text)).toEqual(["2.推广集团化办学经验"]);
    const [cells] = linesOfPage({ page: 1, width: 600, height: 800, items: [item("1", 72, 100), item("推广集团化办学经验", 108, 100)] });
    expect(cells.segments).toHaveLength(2);
  });

  it("keeps a bare number at the text's margin when no other page is numbered (a row number copied one cell a line)", () => {
    const page = (n: number, extra: PositionedText[]) =>
      linesOfPage({ page: n, width: 600, height: 800, items: [...extra, item(`正文第${n}页内容`, 72, 300)] });
    const result = removePageFurniture([page(1, []), page(2, [item("69", 72, 60)])]);
    expect(result.pages[1].map((l) => l.text)).toEqual(["69", "正文第2页内容"]);
    expect(result.warning).toBeUndefined();
    // a centred number is the page's number even on one page only
    const centred = removePageFurniture([page(1, []), page(2, [item("2", 290, 770)])]);
    expect(centred.pages[1].map((l) => l.text)).toEqual(["正文第2页内容"]);
  });

  it("keeps a table's row numbers copied one a line that open several pages: each beside N − 1 or N + 1 on its page", () => {
    // pages 2 and 3 open on a row's number ("4", "7"), a page number's place (the pages not numbered otherwise)
    const rows = (n: number, nos: number[]) =>
      linesOfPage({ page: n, width: 600, height: 800, items: nos.flatMap((no, k) => [item(String(no), 72, 40 + k * 200), item(`第${no}行的工作`, 72, 140 + k * 200)]) });
    const result = removePageFurniture([rows(1, [1, 2, 3]), rows(2, [4, 5, 6]), rows(3, [7, 8])]);
    expect(result.pages.map((lines) => lines.filter((l) => /^\d+$/.test(l.text)).map((l) => l.text))).toEqual([["1", "2", "3"], ["4", "5", "6"], ["7", "8"]]);
    // page numbers run 1, 2, 3 too, one a page: still dropped
    const numbered = (n: number) => linesOfPage({ page: n, width: 600, height: 800, items: [item(`正文第${n}页内容`, 72, 300), item(String(n), 290, 770)] });
    expect(removePageFurniture([numbered(1), numbered(2), numbered(3)]).pages.map((lines) => lines.map((l) => l.text))).toEqual([["正文第1页内容"], ["正文第2页内容"], ["正文第3页内容"]]);
  });

  it("drops a repeated running header only at the page edge", () => {
    const page = (n: number) =>
      linesOfPage({
        page: n,
        width: 600,
        height: 800,
        items: [item("某县教育局文件", 72, 40), item(`正文第${n}页内容`, 72, 300), item(`${n}`, 290, 770)],
      });
    const result = removePageFurniture([page(1), page(2), page(3)]);
    expect(result.pages.map((lines) => lines.map((l) => l.text))).toEqual([["正文第1页内容"], ["正文第2页内容"], ["正文第3页内容"]]);
    expect(result.warning).toBe("已忽略第1–3页的页眉页脚和页码");
  });

  it("keeps a table's cell copied a line, closed or opened by its pipe (a calendar's day \"| 12\"), that happens to open or close every page", () => {
    for (const [top, bottom] of [["2024 |", "300 |"], ["住建局 |", "2025年12月 |"], ["|", "教体局 |"], ["| 12", "| 27"]]) {
      const page = (n: number) =>
        linesOfPage({ page: n, width: 600, height: 800, items: [item(top, 72, 40), item(`正文第${n}页内容 |`, 72, 300), item(bottom, 72, 770)] });
      const result = removePageFurniture([page(1), page(2), page(3)]);
      expect(result.pages.map((lines) => lines.map((l) => l.text.replace(/\s/g, ""))), top).toEqual([1, 2, 3].map((n) => [top, `正文第${n}页内容 |`, bottom].map((t) => t.replace(/\s/g, ""))));
      expect(result.warning).toBeUndefined();
    }
  });

  it("keeps a new numbered item and a sentence end as paragraph breaks", () => {
    const lines = linesOfPage({
      page: 1,
      width: 600,
      height: 800,
      items: [
        item("一二三四五六七八九十一二三四五六七八九十", 72, 100),
        item("续行。", 72, 116),
        item("一二三四五六七八九十一二三四五六七八九十", 72, 132),
        item("2.下一项", 72, 148),
      ],
    });
    expect(linesToBlocks(lines).map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual([
      "一二三四五六七八九十一二三四五六七八九十续行。",
      "一二三四五六七八九十一二三四五六七八九十",
      "2.下一项",
    ]);
  });

  it("in indented (公文) layout, joins across a sentence end when the next line is not indented", () => {
    const full = "一二三四五六七八九十一二三四五六七八九十";
    const items: PositionedText[] = [];
    let y = 100;
    const add = (text: string, x = 72) => items.push(item(text, x, (y += 16)));
    for (let i = 0; i < 3; i++) {
      add(`缩进开头${full}`.slice(0, 18), 96);
      add("结束。");
    }
    add(full.slice(0, 18), 96);
    add(`${full.slice(0, 19)}。`);
    add("续写的句子。");
    const blocks = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items }));
    expect(blocks).toHaveLength(4);
    expect(blocks[3]).toMatchObject({ text: `${full.slice(0, 18)}${full.slice(0, 19)}。续写的句子。` });
  });

  it("where paragraphs are set apart by space, joins a full line ending a sentence to the next line at the line pitch", () => {
    // (a web page's text pasted into Word a paragraph a line: no first-line indent, space after each paragraph)
    const full = "一二三四五六七八九十一二三四五六七八九十";
    for (const end of ["。", "；", "！"]) {
      const items: PositionedText[] = [];
      let y = 100;
      const line = (text: string, pitch: number) => items.push(item(text, 72, (y += pitch)));
      line("某校办公室上半年工作总结", 0);
      line(full, 30);
      line(full, 16);
      line("第一段结束。", 16);
      line(full, 30);
      line(`${full.slice(0, 19)}${end}`, 16);
      line("二是下一句接着写。", 16);
      line("一、标题", 30);
      line(full, 30);
      line("第三段结束。", 16);
      const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
      expect(texts, end).toEqual(["某校办公室上半年工作总结", `${full}${full}第一段结束。`, `${full}${full.slice(0, 19)}${end}二是下一句接着写。`, "一、标题", `${full}第三段结束。`]);
    }
  });

  it("where paragraphs are set close (no space between them), a full line ending a sentence still ends its paragraph", () => {
    const full = "一二三四五六七八九十一二三四五六七八九十";
    const items: PositionedText[] = [];
    let y = 100;
    for (const text of [full, full, "第一段结束。", full, `${full.slice(0, 19)}。`, "二是下一句接着写。", full, "第三段结束。"]) items.push(item(text, 72, (y += 16)));
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).toContain("二是下一句接着写。");
  });

  it("where paragraphs are set apart by space, keeps short lines set closer than that as one paragraph's line breaks", () => {
    // (a paragraph of Shift+Enter lines, or a line block: a cell a line, rows closed by a pipe)
    const items: PositionedText[] = [];
    let y = 100;
    const line = (text: string, gap: number) => items.push(item(text, 72, (y += gap)));
    const full = "一二三四五六七八九十一二三四五六七八九十二一二三四五六七八九十一二三四五六七八九十";
    line(full, 0);
    line("说明结束。", 16);
    line("校历", 30);
    line("年 月", 30);
    for (const [k, cells] of [["周次", "周一", "周二", "备注"], ["一", "1", "2", "开学"], ["二", "8", "9", "演练"]].entries()) {
      if (k) line(k === 1 ? "2031" : "二", 30);
      cells.slice(k ? 1 : 0).forEach((c, i) => line(c, i ? 16 : 30));
      line("|", 30);
    }
    line("此表仅供参考", 30);
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).toEqual([`${full}说明结束。`, "校历", "年 月", "周次\n周一\n周二\n备注", "|", "2031", "1\n2\n开学", "|", "二", "8\n9\n演练", "|", "此表仅供参考"]);
  });

  it("joins a line that stopped short where a character and the closing mark after it did not fit (\"合力\" / \"干”，…\")", () => {
    const full = "一二三四五六七八九十一二三四五六七八九十";
    const items = [item(full, 72, 100), item(`${full.slice(0, 18)}合力`, 72, 116), item("干”，形成合力。", 72, 132), item("二、下一段", 72, 162)];
    items[0].width = items[1].width = 20 * 12 + 24;
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts[0]).toBe(`${full}${full.slice(0, 18)}合力干”，形成合力。`);
  });

  it("joins a line that stopped short where a character, a half-width mark and the step number after it did not fit (\"采购\" / \"项;②5-8月…\")", () => {
    const full = "一二三四五六七八九十一二三四五六七八九十";
    // a cell's steps run on in one line, typed with Latin punctuation: "项;②5-8" is one word to the line breaker
    const items = [
      item("①1-4月,完成校舍安全排查,汇总整改清单并报送采购事", 72, 100),
      item("项;②5-8月,组织维修施工,督促施工单位按期完成全部事", 72, 116),
      item("项。", 72, 132),
      item("维修小组 |", 72, 162),
    ];
    items[0].width = 17 * 12;
    items[1].width = 20 * 12;
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items: [item(full, 72, 70), ...items] })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).toContain("①1-4月,完成校舍安全排查,汇总整改清单并报送采购事项;②5-8月,组织维修施工,督促施工单位按期完成全部事项。");
    // a line ending half the page short is a paragraph's end, whatever the next line opens with
    const short = [item(full, 72, 100), item("第一段到此为止", 72, 116), item("项;②5-8月,另起一段的内容", 72, 140)];
    const other = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items: short })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(other).toContain("项;②5-8月,另起一段的内容");
  });

  it("joins a line that stopped short where a dash of two em dashes did not fit (\"组织保障\" / \"——校长室\"), not a dashed list's item", () => {
    const full = "一二三四五六七八九十一二三四五六七八九十";
    const items = [item(full, 72, 100), item(`${full.slice(0, 18)}保障`, 72, 116), item("——某某室", 72, 132), item(full, 72, 162), item(`${full.slice(0, 19)}：`, 72, 178), item("——坚持党建引领。", 72, 194)];
    items[0].width = items[3].width = 20 * 12 + 24;
    // (each second line stops two characters short of the margin)
    items[1].width = items[4].width = 20 * 12;
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).toEqual([`${full}${full.slice(0, 18)}保障——某某室`, `${full}${full.slice(0, 19)}：`, "——坚持党建引领。"]);
  });

  it("removes layout spaces next to Chinese characters", () => {
    expect(tidySpaces("公开招考 200 人，3. 深入 推进 Word 文档")).toBe("公开招考200人，3.深入 推进Word文档");
  });

  it("keeps the spaces round a slash date set apart inside a sentence, as the text has them", () => {
    expect(tidySpaces("• 配合 3/4~3/18 县议会质询")).toBe("• 配合 3/4~3/18 县议会质询");
    expect(tidySpaces("开学准备 2/19开学日")).toBe("开学准备 2/19开学日");
  });

  it("keeps a web table's spaced rows as the text has them: every space, and a row a paragraph", () => {
    const rows = [
      "学校名称 年度 类型 项目 资金(万元) 规模 完成情况",
      "某县 某镇 东风小学 2031 1-维修 宿舍 0 40 已完工",
      "某县 某镇 红星中心学校附属小学 2031 2-附属 操场 15 0 已完工",
      "某县 某乡 西岭学校 2031 1-维修 食堂 8 20 在建",
    ];
    const items = rows.map((text, i) => item(text, 72, 100 + 16 * i));
    const texts = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).toEqual(rows);
    // (a sentence's figures are still spaced by the producer, not typed)
    expect(isSpacedRow("全县 2031 年新建 3 所学校 改造 10 所")).toBe(false);
    expect(isSpacedRow("全县 新建 2 所学校，改造 10 所")).toBe(false);
  });

  it("keeps the spaces around a row's bare number: at the start, after a closed sentence, after a 序号 header", () => {
    expect(tidySpaces("131 加大扶持。 采取通报。 132 推进城乡。")).toBe("131 加大扶持。 采取通报。 132 推进城乡。");
    expect(tidySpaces("序号 目标任务 推进情况 2 进一步落实。")).toBe("序号 目标任务 推进情况 2 进一步落实。");
    // a count or a month is no row number
    expect(tidySpaces("3 所学校建成。 9 月开学")).toBe("3所学校建成。9月开学");
  });

  it("keeps the spaces of a typed bullet or dash, and the space before a whole date", () => {
    expect(tidySpaces("二、分工 1. 办公室 - 统筹全校工作。 - 定期检查。")).toBe("二、分工 1.办公室 - 统筹全校工作。 - 定期检查。");
    expect(tidySpaces("祝假期愉快。 某某小学 2031年5月6日")).toBe("祝假期愉快。 某某小学 2031年5月6日");
    expect(tidySpaces("了解节日习俗。 3月份重点工作: 开学 9月1日报到")).toBe("了解节日习俗。 3月份重点工作: 开学 9月1日报到");
    expect(tidySpaces("某校工作计划.docx 《某校工作计划》由会员分享")).toBe("某校工作计划.docx 《某校工作计划》由会员分享");
    // a year in a sentence is spaced by the producer
    expect(tidySpaces("力争 2031 年底完成")).toBe("力争2031年底完成");
  });

  it("keeps a typed space before an item number, a calendar day or after a Western clause mark", () => {
    expect(tidySpaces("责任分解 2.1教学质量指标 ①中考")).toBe("责任分解 2.1教学质量指标 ①中考");
    expect(tidySpaces("开学日 2/22校园 加强 3、做好")).toBe("开学日 2/22校园 加强 3、做好");
    expect(tidySpaces("工作计划 2005-1 二月园务")).toBe("工作计划 2005-1 二月园务");
    expect(tidySpaces("应急预案体系 (1)加强管理 建设任务 (一)“一案三制”")).toBe("应急预案体系 (1)加强管理 建设任务 (一)“一案三制”");
    expect(tidySpaces("公示如下: 项目名称 (略) 承办")).toBe("公示如下: 项目名称(略) 承办");
    // figures and amounts stay joined
    expect(tidySpaces("约 7.97 千字，增长 2.5 倍，共 18 页")).toBe("约7.97千字，增长2.5倍，共18页");
  });

  it("keeps the typed space between a label's number and its title (\"专项行动1 民办…\"), not a measure's", () => {
    expect(tidySpaces("专项行动1 民办高校党建质量提升计划")).toBe("专项行动1 民办高校党建质量提升计划");
    expect(tidySpaces("重点任务12 推进集团化办学")).toBe("重点任务12 推进集团化办学");
    expect(tidySpaces("工程3 “强师”计划")).toBe("工程3 “强师”计划");
    // (a figure's measure, an ordinal, a figure spaced on both sides: the producer's spacing)
    expect(tidySpaces("共18 页，高一3 班，第3 章，新增 12 所")).toBe("共18页，高一3班，第3章，新增12所");
  });

  it("keeps the space before a web address a copied page carries (a month's heading, a note)", () => {
    expect(tidySpaces("3月份 www.example-xue.com")).toBe("3月份 www.example-xue.com");
    expect(tidySpaces("第二周 http://www.example.cn/a.html")).toBe("第二周 http://www.example.cn/a.html");
    expect(tidySpaces("详见 https://jyj.example.gov.cn")).toBe("详见 https://jyj.example.gov.cn");
    expect(tidySpaces("使用 Word 文档")).toBe("使用Word文档");
  });

  it("reads a section set in two text columns column by column, not as a table", () => {
    const left = ["一、新修校园操场一块", "主要内容：为城郊三所小学新修塑胶", "跑道和篮球场，改善体育锻炼条件。", "责任单位：装备股、计财股", "完成时间：2026年9月", "二、增设课后托管班"];
    const right = ["主要内容：在城区小学开设课后托管", "班，覆盖有需要的学生家庭，提升服", "务满意度。", "责任单位：基教股", "完成时间：2026年3月", "三、更新教室照明"];
    const items = left.flatMap((t, i) => [item(t, 72, 100 + i * 18), item(right[i], 300, 100 + i * 18)]);
    const blocks = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items }));
    expect(blocks.every((b) => b.kind === "paragraph")).toBe(true);
    const texts = blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(texts[0]).toBe("一、新修校园操场一块");
    expect(texts).toContain("主要内容：为城郊三所小学新修塑胶跑道和篮球场，改善体育锻炼条件。");
    expect(texts.indexOf("二、增设课后托管班")).toBeLessThan(texts.indexOf("责任单位：基教股"));
  });

  it("keeps a two-column table with a header row a table even when its cells wrap", () => {
    const left = ["重点任务", "推进城乡学校共同体建设，", "扩大优质资源覆盖面", "完善教师交流轮岗机制，", "促进师资均衡配置"];
    const right = ["具体措施", "每所城区学校结对帮扶农村", "学校不少于两所", "每年交流轮岗教师比例不低", "于百分之十五"];
    const items = left.flatMap((t, i) => [item(t, 72, 100 + i * 18), item(right[i], 300, 100 + i * 18)]);
    const blocks = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items }));
    expect(blocks.some((b) => b.kind === "table")).toBe(true);
  });
  it("keeps a table's cells copied a line each, closed by their pipes, a paragraph each across a page break", () => {
    // (a long cell reaches as far as the page's longest lines: only its closing pipe says it is whole)
    const prose = item("学校各处室按照本学期校历安排做好各项工作，现将主要工作安排如下", 72, 600);
    for (const [last, first] of [["无课后服务，12月16日补假一天 |", "12月23日~12月27日 |"], ["家长会 |", "三 |"], ["全体教师参加，地点另行通知 |", "校内网络应用竞赛 |"]]) {
      const page1 = linesOfPage({ page: 1, width: 600, height: 800, items: [{ ...prose, width: 300 }, item("9月2日 |", 72, 700), item("一 |", 72, 731), { ...item(last, 72, 762), width: 300 }] });
      const page2 = linesOfPage({ page: 2, width: 600, height: 800, items: [item(first, 72, 40), item("一~五 |", 72, 71)] });
      const texts = linesToBlocks([...page1, ...page2]).map((b) => (b.kind === "paragraph" ? b.text.replace(/\s/g, "") : "table"));
      expect(texts, last).toEqual([prose.text, "9月2日|", "一|", last, first, "一~五|"].map((t) => t.replace(/\s/g, "")));
    }
  });

  it("keeps a text's pipe rows a paragraph each across a page break (a closed row at the foot of a page)", () => {
    // (the page's prose runs to the margin at x 528; the rows end well short of it)
    const prose = item("学校各处室按照本学期校历安排做好各项工作，现将主要工作安排如下", 72, 600);
    const rows = ["序号 | 工作内容 | 责任处室 |", "1 | 开学典礼 | 教育处 |", "2 | 安全教育 | 保卫处 |"];
    const page1 = linesOfPage({ page: 1, width: 600, height: 800, items: [{ ...prose, width: 456 }, ...rows.map((t, i) => item(t, 72, 700 + i * 31))] });
    const page2 = linesOfPage({ page: 2, width: 600, height: 800, items: [item("3 | 教师会议 | 教务处 |", 72, 40), item("4 | 期末考试 | 教务处 |", 72, 71)] });
    const texts = linesToBlocks([...page1, ...page2]).map((b) => (b.kind === "paragraph" ? b.text.replace(/\s/g, "") : "table"));
    expect(texts.slice(1)).toEqual([...rows, "3 | 教师会议 | 教务处 |", "4 | 期末考试 | 教务处 |"].map((t) => t.replace(/\s/g, "")));
    // rows run into one paragraph and wrapped at the margin still go on over the page
    const full = "1 | 开学典礼 | 教育处 | 2 | 安全教育 | 保卫处 | 3 |";
    const wrapped = linesToBlocks([
      ...linesOfPage({ page: 1, width: 600, height: 800, items: [{ ...prose, width: 456 }, { ...item(full, 72, 760), width: 456 }] }),
      ...linesOfPage({ page: 2, width: 600, height: 800, items: [item("教师会议 | 教务处 |", 72, 40)] }),
    ]);
    expect(wrapped).toHaveLength(2);
  });

  it("drops a borderless table's header row repeated at a page's top whose narrow cell runs on into the cell under it", () => {
    // a narrow 要求 column: its header cell and the long cell under it stack at one line pitch
    const header = (page: number, y: number) => [item("序号", 72, y), item("任务", 130, y), item("具体要求", 300, y), item("牵头", 460, y)];
    const page1 = linesOfPage({
      page: 1,
      width: 600,
      height: 800,
      items: [
        ...header(1, 600),
        item("1", 72, 630),
        item("修缮校舍", 130, 630),
        item("年底前完成", 300, 630),
        item("总务处", 460, 630),
        item("屋面防水", 300, 644),
        item("门窗更换", 300, 658),
        item("操场翻新", 300, 672),
      ],
    });
    const page2 = linesOfPage({ page: 2, width: 600, height: 800, items: [...header(2, 60), item("围墙加固", 300, 74), item("食堂改造", 300, 88), item("2", 72, 120), item("添置设备", 130, 120), item("九月前到位", 300, 120), item("装备室", 460, 120)] });
    const tables = linesToBlocks([...page1, ...page2]).filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0].kind === "table" ? tables[0].rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ["序号", "任务", "具体要求", "牵头"],
      ["1", "修缮校舍", "年底前完成屋面防水门窗更换操场翻新围墙加固食堂改造", "总务处"],
      ["2", "添置设备", "九月前到位", "装备室"],
    ]);
    // the header cell's first line gone (page furniture, alone at each page's top): its rest goes too
    const cut = linesOfPage({ page: 2, width: 600, height: 800, items: [item("序号", 72, 60), item("任务", 130, 60), item("要求", 300, 60), item("牵头", 460, 60), item("围墙加固", 300, 74), item("2", 72, 120), item("添置设备", 130, 120), item("九月前到位", 300, 120), item("装备室", 460, 120)] });
    const again = linesToBlocks([...page1, ...cut]).filter((b) => b.kind === "table");
    const texts = again[0]?.kind === "table" ? again[0].rows.map((r) => r[2].text) : [];
    expect(texts).toEqual(["具体要求", "年底前完成屋面防水门窗更换操场翻新围墙加固", "九月前到位"]);
  });

  it("reads stacked borderless tables, each under its own header row, as tables apart where their columns differ", () => {
    // (the second table's wide 具体要求 column runs across the gap between the first's 要求 and 进展)
    const a = [["序号", "任务", "要求", "进展", "牵头"], ["1", "修缮校舍/校区", "年底前/完成", "已开工", "总务处/基建办"], ["2", "添置设备/器材", "九月前/到位", "未开始", "装备室/财务室"], ["3", "培训教师/骨干", "暑期内/结束", "筹备中", "教务处/教研室"]];
    const b = [["序号", "任务", "具体要求", "牵头"], ["4", "更新图书/书目", "学期内完成/验收", "图书室/教务处"], ["5", "维护网络/设备", "每月一次/巡检", "信息中心/总务处"]];
    // a cell's lines ("/") 14pt apart, rows 40pt apart
    const cells = (rows: string[][], xs: number[], top: number) => rows.flatMap((row, i) => row.flatMap((t, c) => t.split("/").map((part, k) => item(part, xs[c], top + i * 40 + k * 14))));
    const items = [...cells(a, [72, 130, 230, 290, 460], 100), ...cells(b, [72, 130, 250, 460], 280)];
    const tables = linesToBlocks(linesOfPage({ page: 1, width: 600, height: 800, items })).filter((x) => x.kind === "table");
    const rows = tables.map((t) => (t.kind === "table" ? t.rows.map((r) => r.map((c) => c.text).join("|")) : []));
    expect(rows).toEqual([a, b].map((table) => table.map((r) => r.join("|").replace(/\//g, ""))));
  });

  it("reads the row that opens each later page the same way as the header of a table that starts on a page's first row", () => {
    // (its header went with the rows before it, on the page before; each later page repeats it)
    const header = (y: number) => [item("序号", 72, y), item("任务", 130, y), item("具体要求", 300, y), item("牵头", 460, y)];
    const row = (no: string, task: string, lines: string[], lead: string, y: number) => [item(no, 72, y), item(task, 130, y), ...lines.map((t, k) => item(t, 300, y + k * 14)), item(lead, 460, y)];
    const page = (n: number, items: PositionedText[]) => linesOfPage({ page: n, width: 600, height: 800, items });
    const lines = [
      ...page(1, [...row("2", "保障投入", ["财政支出优先", "经费逐年增长"], "财政局", 60), ...row("3", "完善督导", ["健全督导体系", "落实问责"], "督导室", 110)]),
      ...page(2, [...header(60), item("开展专项督查", 300, 74), ...row("4", "队伍建设", ["配齐专职督学", "定期培训"], "人事股", 120)]),
      ...page(3, [...header(60), item("纳入年度考核", 300, 74), ...row("5", "经费管理", ["规范使用", "审计监督"], "财务室", 120)]),
    ];
    const tables = linesToBlocks(lines).filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0].kind === "table" ? tables[0].rows.map((r) => r.map((c) => c.text).join("|")) : [];
    expect(rows).toEqual([
      "序号|任务|具体要求|牵头",
      "2|保障投入|财政支出优先经费逐年增长|财政局",
      "3|完善督导|健全督导体系落实问责开展专项督查|督导室",
      "4|队伍建设|配齐专职督学定期培训纳入年度考核|人事股",
      "5|经费管理|规范使用审计监督|财务室",
    ]);
  });
});
