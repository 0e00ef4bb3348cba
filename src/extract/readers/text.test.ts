import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Block, SourceDocument } from "../model.js";
import { decodeText, dropParagraphPageFurniture, parseTextBlocks, pipeParagraphsAsTables, readText, timedParagraphsAsTables } from "./text.js";

const sample = "澧县教育局2020年工作要点\n一、全面加强党的领导。";

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decodeText(Buffer.from(sample, "utf8"))).toBe(sample);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, "utf8")]))).toBe(sample);
  });
  it("reads UTF-16 LE and BE with BOM", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, "utf16le")]))).toBe(sample);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, "utf16be")]))).toBe(sample);
  });
  it("reads GBK / GB18030", () => {
    expect(decodeText(iconv.encode(sample, "gbk"))).toBe(sample);
    expect(decodeText(iconv.encode(sample, "gb18030"))).toBe(sample);
  });
  it("prefers GBK when short GBK bytes happen to be valid UTF-8", () => {
    // two-character GBK strings whose bytes are also valid UTF-8 must still come out as GBK
    const chars = "的一是在不了有和人中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工能下教育校局县务股室案";
    let accidents = 0;
    for (const a of chars)
      for (const b of chars) {
        const bytes = iconv.encode(a + b, "gbk");
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          continue;
        }
        accidents++;
        expect(decodeText(bytes)).toBe(a + b);
      }
    expect(accidents).toBeGreaterThan(10);
    // the common case the other way round: real UTF-8 Chinese stays UTF-8
    expect(decodeText(Buffer.from("教育工作要点", "utf8"))).toBe("教育工作要点");
  });
});

describe("markdown", () => {
  it("turns headings, bold prefixes and pipe tables into blocks", () => {
    const blocks = parseTextBlocks(
      "# 标题\n\n**1. 强化引领。**正文\n\n| 序号 | 目标任务 | 县教育局 牵头联络 股室 |\n|---|---|---|\n| 1 | 任务<p>甲</p> | 基教股 |\n",
    );
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: "标题", heading: 1 });
    expect(blocks[1]).toMatchObject({ kind: "paragraph", text: "1. 强化引领。正文", boldPrefix: "1. 强化引领。" });
    expect(blocks[2].kind).toBe("table");
    if (blocks[2].kind === "table") {
      expect(blocks[2].rows.length).toBe(2);
      expect(blocks[2].rows[0][2].text).toBe("县教育局 牵头联络 股室");
      expect(blocks[2].rows[1][1].text).toBe("任务 甲");
    }
  });
  it("reads .txt files that contain markdown", () => {
    const doc = readText(Buffer.from("## 一、总体要求\n", "utf8"), "txt");
    expect(doc.blocks[0]).toMatchObject({ heading: 2, text: "一、总体要求" });
  });
});

describe("page furniture of text pulled out of a PDF", () => {
  it("drops page numbers and the running header repeated after every form feed", () => {
    const lines = ["青禾县教育局2031年工作要点", "1.改造食堂。完成6所", "学校食堂改造。", "", "— 1 —", "\f青禾县教育局2031年工作要点", "", "2.送教上门。", "— 2 —", "\f青禾县教育局2031年工作要点", "3.完善制度。"];
    const blocks = parseTextBlocks(lines.join("\n"));
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["青禾县教育局2031年工作要点", "1.改造食堂。完成6所", "学校食堂改造。", "2.送教上门。", "3.完善制度。"]);
  });
  it("keeps a text without form feeds as it is, except dashed page numbers", () => {
    expect(parseTextBlocks("标题\n— 3 —\n正文。").map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["标题", "正文。"]);
  });
});

describe("page numbers written out", () => {
  it("drops 第 N 页 lines", () => {
    expect(parseTextBlocks("标题\n第 3 页 共 12 页\n正文。\n共2页第1页").map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["标题", "正文。"]);
  });
});

describe("content lines repeated at page edges", () => {
  it("are kept", () => {
    const lines = ["标题", "1.改造食堂。", "（责任科室：后勤科）", "\f2.送教上门。", "（责任科室：后勤科）", "\f3.完善制度。"];
    expect(parseTextBlocks(lines.join("\n")).filter((b) => b.kind === "paragraph" && b.text === "（责任科室：后勤科）").length).toBe(2);
  });
});


describe("pipe rows without outer pipes", () => {
  const shape = (text: string) =>
    parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));
  it("are a table, with or without a rule line; a note or a label footer under them is not a row", () => {
    expect(shape(["序号 | 工作任务 | 责任单位", "---|---|---", "1 | 新建幼儿园2所 | 计财股", "2 | 开展培训 | 人事股", "说明"].join("\n"))).toEqual([
      "序号‖工作任务‖责任单位 / 1‖新建幼儿园2所‖计财股 / 2‖开展培训‖人事股",
      "P 说明",
    ]);
    expect(shape(["序号 | 工作任务 | 责任单位 |", "1 | 新建幼儿园2所 | 计财股 |", "索引号: | 0001/2031 | 成文日期: | 2031-01-02 |"].join("\n"))).toEqual([
      "序号‖工作任务‖责任单位 / 1‖新建幼儿园2所‖计财股",
      "P 索引号: | 0001/2031 | 成文日期: | 2031-01-02 |",
    ]);
  });
  it("keep the cells of an excerpt's last row cut off in its last cell first: no merged cell above covers them", () => {
    const rows = [
      "年度目标 | 工作内容及进度安排 | 截至年底完成情况 |",
      "城区公交站点覆盖率95% | 优化城区线路布局,新增公交站点20个,同步完善候车亭等配套设施。 | 已新增站点22个,城区公交站点覆盖率达96%,候车亭同步建成投用。 |",
      "建制村通客车率100% | 新开通镇村公交线路8条,推进城乡客运一体化示范县创建工作。 | 已开通镇村公交线路8条,示范县创建工作已通过省级验收。 |",
      "提升出租车行业服务质量,打造文明规范的城市窗口服务品牌 | 开展出租车驾驶员培训,力争培训",
    ];
    expect(shape(rows.join("\n"))[0].split(" / ")[3]).toBe("提升出租车行业服务质量,打造文明规范的城市窗口服务品牌‖开展出租车驾驶员培训,力争培训‖");
  });
  it("one cell a line, each closed by a pipe, are cells one a line", () => {
    expect(shape(["序号 |", "工作任务 |", "责任单位 |", "1 |", "新建幼儿园2所 |", "计财股 |"].join("\n"))).toEqual(
      ["序号", "工作任务", "责任单位", "1", "新建幼儿园2所", "计财股"].map((t) => `P ${t}`),
    );
  });
});

describe("a web table copied one cell a line under a ruled header, each cell closed by its pipe", () => {
  it("reads a lone pipe as an empty cell (the rule gives the row's width), the excerpt's last row cut off", () => {
    const text = ["某校 第1學期 行事曆", "日 期 |", "星 期 |", "行 事 紀 要 |", "備 註 |", "---|---|---|---|", "9月2日 |", "一 |", "友善校園週 |", "品德教育 |", "9月20日 |", "五 |", "防震演練 |", "|", "9月25日 |", "三 |", "教師節感恩活動 |", "|", "10月2日 |", "三 |", "註冊"].join("\n");
    const blocks = parseTextBlocks(text);
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: "某校 第1學期 行事曆" });
    const table = blocks[1];
    if (table.kind !== "table") throw new Error("no table");
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["日 期", "星 期", "行 事 紀 要", "備 註"],
      ["9月2日", "一", "友善校園週", "品德教育"],
      ["9月20日", "五", "防震演練", ""],
      ["9月25日", "三", "教師節感恩活動", ""],
      ["10月2日", "三", "註冊", ""],
    ]);
  });
});

describe("a web table copied one cell a line without a number column, its rows marked by their time cells", () => {
  const rows = (text: string) => parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));
  it("joins each row, a site's call for contributions between the cells dropped, an empty last column kept empty", () => {
    const text = ["本学期主题班会安排如下：", "", "主题", "", "时间", "", "活动形式", "", "完成情况", "", "开学第一课", "", "第1周", "", "班会", "", "(某某教育网欢迎您投稿)", "", "安全教育专题讲座", "", "第2周", "", "讲座", "", "诚信考试动员", "", "第4周", "", "班会", "", "三、其他工作", "", "做好家校联系。"].join("\n");
    expect(rows(text)).toEqual(["P 本学期主题班会安排如下：", "主题‖时间‖活动形式‖完成情况 / 开学第一课‖第1周‖班会‖ / 安全教育专题讲座‖第2周‖讲座‖ / 诚信考试动员‖第4周‖班会‖", "P 三、其他工作", "P 做好家校联系。"]);
  });
  it("marks its rows by dotted date spans too (3·4-3·6, 3.9—3.13)", () => {
    const text = ["主题", "时间", "活动形式", "完成情况", "开学第一课", "3·4-3·6", "班会", "植树护绿行动", "3.9—3.13", "实践", "诚信考试动员", "3·16-3·20", "班会", "三、其他工作"].join("\n");
    expect(rows(text)).toEqual(["主题‖时间‖活动形式‖完成情况 / 开学第一课‖3·4-3·6‖班会‖ / 植树护绿行动‖3.9—3.13‖实践‖ / 诚信考试动员‖3·16-3·20‖班会‖", "P 三、其他工作"]);
  });
  it("joins a first cell wrapped onto two lines, a source line dropped, the excerpt's cut-off last row kept (traditional script)", () => {
    const text = ["活動內容", "日期", "負責處室", "環境整理", "9月2日", "總務處", "來源：某縣教育網", "辦理新生", "始業輔導", "9月5日", "學務處", "校慶籌備會議", "10月8日", "教務處", "期末總結"].join("\n");
    expect(rows(text)).toEqual(["活動內容‖日期‖負責處室 / 環境整理‖9月2日‖總務處 / 辦理新生始業輔導‖9月5日‖學務處 / 校慶籌備會議‖10月8日‖教務處 / 期末總結‖‖"]);
  });
  it("reads a middle time column, a leader spaced out for width, and leaves rows that open on their date to the date rows' stage", () => {
    const text = ["活动名称", "时间", "地点", "负责人", "队列训练", "第一周", "操场", "王 明", "文明礼仪讲座", "第二周", "报告厅", "李 华", "消防演练", "第三周", "教学楼", "张 强"].join("\n");
    expect(rows(text)).toEqual(["活动名称‖时间‖地点‖负责人 / 队列训练‖第一周‖操场‖王 明 / 文明礼仪讲座‖第二周‖报告厅‖李 华 / 消防演练‖第三周‖教学楼‖张 强"]);
    const dated = ["时间", "内容", "负责人", "3月1日", "摸底调查", "王 明", "3月8日", "编制计划", "李 华", "3月15日", "上报计划", "张 强"].join("\n");
    expect(rows(dated).every((r) => r.startsWith("P "))).toBe(true);
  });
  it("leaves short lines with too few time cells alone", () => {
    const text = ["主题", "时间", "地点", "开学典礼", "第1周", "操场", "然后各班自行安排。"].join("\n");
    expect(rows(text).every((r) => r.startsWith("P "))).toBe(true);
  });
});

describe("a pipe table's rule line set with typographic dashes (Word's AutoFormat, a converter's smart punctuation)", () => {
  const rows = (text: string) => parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));
  it("reads an em-dash or en-dash rule as the rule line", () => {
    for (const rule of ["|—|—|—|", "—|—|—", "| –– | –– | –– |", "|:—|—:|---|"]) {
      expect(rows(["| 序号 | 工作任务 | 责任单位 |", rule, "| 1 | 新建幼儿园2所 | 计财股 |"].join("\n")), rule).toEqual(["序号‖工作任务‖责任单位 / 1‖新建幼儿园2所‖计财股"]);
    }
  });
  it("reads cells one a line under a header ruled so", () => {
    const text = ["某校 第2學期 行事曆", "日 期 |", "星 期 |", "行 事 紀 要 |", "—|—|—|", "2月12日 |", "一 |", "開學日 |", "3月1日 |", "五 |", "校慶 |", "4月4日 |", "四 |", "兒童節放假 |"].join("\n");
    expect(rows(text)).toEqual(["P 某校 第2學期 行事曆", "日 期‖星 期‖行 事 紀 要 / 2月12日‖一‖開學日 / 3月1日‖五‖校慶 / 4月4日‖四‖兒童節放假"]);
  });
  it("leaves a dash in prose alone", () => {
    expect(rows(["| 序号 | 工作任务 |", "— 3 —"].join("\n"))).not.toContain("序号‖工作任务");
  });
});

describe("a line of a page's markup only", () => {
  it("is nothing, numbered or not (no task named by a tag)", () => {
    const blocks = parseTextBlocks(['<code id="59jbu"></code>', '    1. <noscript id="59jbu"></noscript>', "天津今年拟新增1.62万个学位", "<b>2031</b>年计划"].join("\n"));
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text.trim() : "T"))).toEqual(["天津今年拟新增1.62万个学位", "<b>2031</b>年计划"]);
  });
});

describe("pipeParagraphsAsTables (a Word or PDF file of a web page's text)", () => {
  it("reads paragraphs of pipe rows as a table, re-joining a row a page's width wrapped", () => {
    const texts = ["类别 | 项目名称 | 责任单位 |", "一、学前 | 新建城东幼儿园,新增学", "位360个 | 计财股 |", "改扩建城西幼儿园 | 装备股 |"];
    const doc = pipeParagraphsAsTables({ format: "pdf", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) });
    expect(doc.blocks.map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : b.text))).toEqual([
      "类别‖项目名称‖责任单位 / 一、学前‖新建城东幼儿园,新增学位360个‖计财股 / 一、学前‖改扩建城西幼儿园‖装备股",
    ]);
  });
  it("reads a row's cells that lost their opening pipes to line breaks (a line block) as the text's cells a line each", () => {
    const texts = ["校历", "年 月", "周次\n周一\n周二\n备注", "|", "2031", "9", "一\n1\n2\n开学", "|", "二", "8\n9\n演练", "|", "此表仅供参考", "以实际通知为准"];
    const doc = pipeParagraphsAsTables({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) });
    expect(doc.blocks.map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : b.text))).toEqual([
      "校历",
      "年 月‖周次‖周一‖周二‖备注 / 2031 9‖一‖1‖2‖开学 / 2031 9‖二‖8‖9‖演练",
      "此表仅供参考",
      "以实际通知为准",
    ]);
  });
  it("reads a cell-per-line table pasted a paragraph per line, unpiped cells of many lines between piped ones, as the text does", () => {
    const texts = ["月份", "| 周次", "| 日期", "| 主题", "|", "十月", "读书月", "10.1 国庆节", "| 第一周", "| 10月1日—10月7日", "| 诵读经典", "|", "第二周", "| 10月8日—10月14日", "| 好书分享", "|", "第三周", "| 10月15日—10月21日", "| 书香家庭", "|", "此表仅供参考"];
    const doc = pipeParagraphsAsTables({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) });
    const asText = parseTextBlocks(texts.join("\n"));
    expect(asText.some((b) => b.kind === "table")).toBe(true);
    expect(doc.blocks).toEqual(asText);
  });
  it("leaves a paragraph of line breaks alone where no rows are closed by pipes", () => {
    const texts = ["联系人：王某\n电话：1234567", "说明 | 备注", "正文"];
    const doc = pipeParagraphsAsTables({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) });
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "T"))).toEqual(texts);
  });
});


describe("a web table copied one cell a line, each cell opened by its pipe", () => {
  it("joins the cells back into rows, a lone pipe an empty cell, a row starting at its first cell", () => {
    const text = ["校历", "年 月", "| 周次", "| 周一", "| 周二", "| 备注", "|", "2031", "9", "| 一", "| 1", "| 2", "| 开学", "|", "二", "| 8", "|", "| 演练", "|", "此表仅供参考", "以实际通知为准"].join("\n");
    const blocks = parseTextBlocks(text);
    expect(blocks[0]).toMatchObject({ kind: "paragraph", text: "校历" });
    const table = blocks[1];
    expect(table.kind).toBe("table");
    if (table.kind !== "table") return;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["年 月", "周次", "周一", "周二", "备注"],
      ["2031 9", "一", "1", "2", "开学"],
      ["2031 9", "二", "8", "", "演练"],
    ]);
    expect(blocks[2]).toMatchObject({ kind: "paragraph", text: "此表仅供参考" });
  });
  it("leaves a pipe line or two in prose alone", () => {
    const blocks = parseTextBlocks(["说明", "| 一项", "|", "正文"].join("\n"));
    expect(blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });
});

describe("a web table whose cells kept their line breaks: rows told by their numbers", () => {
  const rows = (text: string) => {
    const t = parseTextBlocks(text).find((b) => b.kind === "table");
    return t && t.kind === "table" ? t.rows.map((r) => r.map((c) => c.text)) : null;
  };
  it("joins each numbered row's lines and the header's, a second header row flattened into the first", () => {
    const text = [
      "某县文旅局主动公开事项目录",
      "序号 | 公开事项 | 公开内容 |",
      "公开主体 | 公开时限 |",
      "公开对象 | |||",
      "一级事项 | 二级事项 | 全社会 | 特定群体 | |||",
      "1 | 机构信息 | 机构职能 | 本局职能 |",
      "办公室 | 10个工作日内 |",
      "√ | |",
      "2 | 政策文件 | 规范性文件 | 本局规范性文件 |",
      "法规股 | 10个工作日内 |",
      "√ | |",
      "3 | 财政信息 | 部门预算 | 年度预算 |",
      "计财股 | 20个工作日内 | √ | |",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["序号", "一级事项", "二级事项", "公开内容", "公开主体", "公开时限", "全社会", "特定群体"],
      ["1", "机构信息", "机构职能", "本局职能", "办公室", "10个工作日内", "√", ""],
      ["2", "政策文件", "规范性文件", "本局规范性文件", "法规股", "10个工作日内", "√", ""],
      ["3", "财政信息", "部门预算", "年度预算", "计财股", "20个工作日内", "√", ""],
    ]);
  });
  it("puts a numbered row's merged categories after its number (traditional script)", () => {
    const text = [
      "序號 | 類別 | 事項 | 內容 | 責任單位 | 時限 |",
      "1 | 校園安全 | 消防檢查 | 檢查滅火器 |",
      "總務處 | 每月 |",
      "2 | 門衛管理 | 核對來訪登記 |",
      "保衛處 | 每週 |",
      "3 | 教學管理 | 聽課 | 每學期聽課 |",
      "教務處 | 每學期 |",
    ].join("\n");
    const got = rows(text)!;
    expect(got[2]).toEqual(["2", "校園安全", "門衛管理", "核對來訪登記", "保衛處", "每週"]);
    expect(got[3][2]).toBe("聽課");
  });
  it("reads a numbered row short of the task name merged over it by its column names (issue 9, xmerge20)", () => {
    // (invented rows: the 工作任务 cell is printed on the first row of its group only)
    const text = [
      "序号 | 工作任务 | 具体分工 | 责任处室 | 完成时限 | 备注 |",
      "1 | 推进校务公开 | 围绕招生、收费、评优等事项按月公开办事结果 | 办公室、教务处、总务处等按分工负责 | 长期坚持 | |",
      "2 | 规范公开家长委员会议事记录 | 德育处 | 长期坚持 |",
      "3 | 每学期公布一次食堂账目 | 总务处 | 2031年7月前 |",
      "4 | 招生入学信息 | 按时发布招生范围和入学办法 | 教务处 | 长期坚持 | |",
      "5 | 发布分班结果 | 教务处 | 2031年8月前公布分班办法,2031年9月公布分班结果 |",
    ].join("\n");
    const got = rows(text)!;
    expect(got[2].slice(0, 4)).toEqual(["2", "推进校务公开", "规范公开家长委员会议事记录", "德育处"]);
    expect(got[3].slice(0, 4)).toEqual(["3", "推进校务公开", "每学期公布一次食堂账目", "总务处"]);
    // (a body under the body column and not under the work column, whatever the row's task name looks like)
    expect(got[5].slice(0, 4)).toEqual(["5", "招生入学信息", "发布分班结果", "教务处"]);
  });
  it("leaves rows one a line and a category row between numbered rows alone", () => {
    const text = ["序号 | 任务 | 责任单位 |", "一、安全 | | |", "1 | 消防检查 | 总务处 |", "2 | 门卫管理 | 保卫处 |", "二、教学 | | |", "3 | 听课 | 教务处 |"].join("\n");
    expect(rows(text)).toEqual([["1", "消防检查", "总务处"], ["2", "门卫管理", "保卫处"]]);
  });
});

describe("a web table copied one cell a line with a time column, as a Word file's or a PDF's paragraphs", () => {
  const doc = (texts: string[], page?: number) =>
    ({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph", text, ...(page ? { page } : {}) })) }) as unknown as Parameters<typeof timedParagraphsAsTables>[0];
  const cells = (b: { kind: string }) => (b.kind === "table" ? (b as unknown as { rows: { text: string }[][] }).rows.map((r) => r.map((c) => c.text)) : null);

  it("reads the paragraphs as the text reads the lines (weeks, simplified)", () => {
    const texts = ["各班活动安排如下：", "主题", "时间", "活动形式", "完成情况", "开学收心教育", "第1周", "班会", "制定班级公约", "第2周", "班会", "教师节感恩活动", "第3周", "联欢会", "三、其他工作"];
    const out = timedParagraphsAsTables(doc(texts)).blocks;
    expect(out.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect(cells(out[1])).toEqual([
      ["主题", "时间", "活动形式", "完成情况"],
      ["开学收心教育", "第1周", "班会", ""],
      ["制定班级公约", "第2周", "班会", ""],
      ["教师节感恩活动", "第3周", "联欢会", ""],
    ]);
    // (the same as the text's table)
    expect(cells(parseTextBlocks(texts.join("\n\n")).find((b) => b.kind === "table")!)).toEqual(cells(out[1]));
  });

  it("dates in traditional script on a PDF's page keep their page", () => {
    const texts = ["項目", "日期", "負責處室", "校園安全檢查", "9月2日", "總務處", "消防演練", "10月15日", "學務處", "期末評量", "1月10日", "教務處", "附記：如有變動另行通知。"];
    const out = timedParagraphsAsTables(doc(texts, 2)).blocks;
    expect(out[0].kind).toBe("table");
    expect(cells(out[0])?.[2]).toEqual(["消防演練", "10月15日", "學務處"]);
    expect((out[0] as { page?: number }).page).toBe(2);
    expect(out.at(-1)).toMatchObject({ kind: "paragraph", text: "附記：如有變動另行通知。" });
  });

  it("leaves prose paragraphs alone, the same blocks", () => {
    const d = doc(["一、指导思想", "坚持立德树人。", "二、工作目标", "提高质量。", "三、主要措施", "加强管理。", "四、时间安排", "9月启动。", "五、工作要求", "落实责任。"]);
    expect(timedParagraphsAsTables(d)).toBe(d);
  });
});

describe("dropParagraphPageFurniture", () => {
  const doc = (texts: (string | null)[]): SourceDocument => ({
    format: "docx",
    warnings: [],
    blocks: texts.map<Block>((text) => (text === null ? { kind: "table", rows: [[{ text: "甲" }]] } : { kind: "paragraph", text })),
  });
  const texts = (d: SourceDocument) => d.blocks.map((b) => (b.kind === "paragraph" ? b.text : null));
  it("drops a PDF's page numbers carried as paragraphs and the running header each next page opened with", () => {
    const d = doc(["某县教育局2031年督导工作要点", "1.加强督学队伍建设。", "（1）组织培训", "— 1 —", "某县教育局2031年督导工作要点", "（责任科室：督导科）", "2.推进评估。", "- 2 -", "某县教育局2031年督导工作要点", "3.开展监测。"]);
    expect(texts(dropParagraphPageFurniture(d))).toEqual(["某县教育局2031年督导工作要点", "1.加强督学队伍建设。", "（1）组织培训", "（责任科室：督导科）", "2.推进评估。", "3.开展监测。"]);
  });
  it("keeps a line a page opens with once only, a sentence two pages open with, tables, and a file with no page numbers", () => {
    const d = doc(["某县2031年工作计划", "一、目标", "— 1 —", "（责任科室：督导科）", null, "— 2 —", "（责任科室：督导科）", "二、措施"]);
    // (the page numbers go; "（责任科室：督导科）" opening two pages is a sentence's, not a running header)
    expect(texts(dropParagraphPageFurniture(d))).toEqual(["某县2031年工作计划", "一、目标", "（责任科室：督导科）", null, "（责任科室：督导科）", "二、措施"]);
    const plain = doc(["某县2031年工作计划", "一、目标"]);
    expect(dropParagraphPageFurniture(plain)).toBe(plain);
  });
});
