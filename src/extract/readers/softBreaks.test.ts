import { describe, expect, it } from "vitest";
import type { Block, SourceDocument } from "../model.js";
import { softLines, splitSoftBreaks } from "./softBreaks.js";
import { pipeParagraphsAsTables } from "./text.js";

describe("softLines", () => {
  it("keeps a year range spaced round its dash on one line (\"2030 — 2031学年\"): the dash ends no line before a year", () => {
    expect(softLines("二、某市2030 — 2031学年校历安排")).toBeNull();
    expect(softLines("某区2030 — 2031年度督导工作计划")).toBeNull();
    // (a year after a sentence still opens its line)
    expect(softLines("工作安排如下。 2031年3月开展督导")).toEqual(["工作安排如下。", "2031年3月开展督导"]);
  });
  it("keeps an item's number alone at the paragraph's end on the line before it: a part's number its title carries (\"…重点业务 (一)\")", () => {
    expect(softLines("检查项目:课程与教学重点业务 (一)")).toBeNull();
    expect(softLines("检查项目:课程与教学 (二)")).toBeNull();
    expect(softLines("工作安排如下。 (一)加强管理")).toEqual(["工作安排如下。", "(一)加强管理"]);
  });
  it("keeps a page's field label spaced out to align after its bullet (\"• 索 引 号: …\") one line", () => {
    expect(softLines("• 索 引 号: AB0012-3400-2031-00042")).toBeNull();
    expect(softLines("• 有 效 性: 有效")).toBeNull();
  });
  it("keeps a web site's footer line whole: its fields are no line of the plan (\"主办单位:某中心\" is no body of a task)", () => {
    expect(softLines("版权所有:某区教育服务平台  主办单位:某区教育发展中心  联系我们")).toBeNull();
    expect(softLines("某ICP备01234567号-1  某公网安备 12345678901234号  技术支持:某科技")).toBeNull();
    // (a sentence is no footer)
    expect(softLines("主办单位负责场地。 二、时间安排")).toEqual(["主办单位负责场地。", "二、时间安排"]);
  });
  it("keeps a table's header of counts and amounts one line (\"班级数 学生数 投资额\"), as it keeps one of named columns", () => {
    expect(softLines("学校数 班级数 学生数 建设面积 投资额")).toBeNull();
    expect(softLines("合计 新建 改扩建 设备购置")).toBeNull();
  });
  it("reads a decimal figure before its unit (\"37.3 摄氏度\", \"1.5 公里\") as a figure, not an item's number", () => {
    expect(softLines("体温达到或超过 37.3 摄氏度)的学生")).toBeNull();
    expect(softLines("步行距离不超过 1.5 公里,确保安全")).toBeNull();
    // (an item numbered so still opens its line)
    expect(softLines("工作要求如下: 2.1 加强安全教育")).toEqual(["工作要求如下:", "2.1 加强安全教育"]);
  });
  it("reads a character a copy lost to \"?\" after a digit, a letter or a bracket as part of the line; a question on Chinese ends one", () => {
    expect(softLines("事(shi)?? 项")).toBeNull();
    expect(softLines("上午9:00-11:00? 下午2:00-4:00")).toBeNull();
    expect(softLines("哪些学校开工? 一、总体目标")).toEqual(["哪些学校开工?", "一、总体目标"]);
  });
  it("opens an item whose number follows a character spaced out alone: a numeral and its comma are no name", () => {
    expect(softLines("分组如下： 甲 队 乙 队 四、时间安排")).toEqual(["分组如下：", "甲 队 乙 队", "四、时间安排"]);
  });
  it("keeps a roster whole: a label spaced out to align, names after it, a run of names", () => {
    expect(softLines("筹备小组 组 长：钱某某 副组长：孙某 周 某 成 员：吴某某 郑某某 冯 某 陈某某 会务安排如下。")).toEqual([
      "筹备小组",
      "组 长：钱某某",
      "副组长：孙某 周 某",
      "成 员：吴某某 郑某某 冯 某 陈某某",
      "会务安排如下。",
    ]);
    expect(softLines("联络人： 褚某某 报名截止前交表。")).toEqual(["联络人： 褚某某", "报名截止前交表。"]);
    expect(softLines("挂点干部名单如下。 卫某某 蒋某某 沈 某 韩某某 杨某某")).toEqual(["挂点干部名单如下。", "卫某某 蒋某某 沈 某 韩某某 杨某某"]);
    // short words are no names: a header copied a cell a line stays a line each
    expect(softLines("名单如下: 组别 组员 组长")).toEqual(["名单如下:", "组别", "组员", "组长"]);
    // a note opens its line
    expect(softLines("填写完整。 注：逾期不候")).toEqual(["填写完整。", "注：逾期不候"]);
  });

  it("keeps a web page's record of fields, a field with its value, joint issuers and a spaced document number one line each, as the text has them", () => {
    expect(softLines("索引号: 000123/2031-00042 组配分类: 规划计划")).toBeNull();
    expect(softLines("发布机构： 某县教育局 主题分类： 教育")).toBeNull();
    expect(softLines("当前位置: 首页 > 信息公开 > 计划总结")).toBeNull();
    expect(softLines("中共某市委教育工委  某市教育局关于印发2031年工作要点的通知")).toBeNull();
    expect(softLines("某教发 〔2031〕 7号")).toBeNull();
    // (its fields typed with no space after the colon, as a page's line under its title: where from, who, when, how often read)
    expect(softLines("来源:某市教育局办公室 时间:2031-02-28")).toBeNull();
    expect(softLines("作者:王某 编辑:李某")).toBeNull();
    expect(softLines("作者:王某  发布时间:2031-09-18  浏览次数:")).toBeNull();
    // (read whole: a date stamp before it, its last value run on with the page's chrome; an item after it still opens a line)
    expect(softLines("2031-08-28 18:25:31 来源: 某区教育 听新闻")).toBeNull();
    expect(softLines("时间:2031-02-01 16:43:35 工作方案 我要投稿")).toBeNull();
    expect(softLines("来源:某局 一、总体要求")).toEqual(["来源:某局", "一、总体要求"]);
    // (a page's date stamp: its weekday, its time of day, a "posted on" before it; a date label with no colon and its date)
    expect(softLines("发布于 2031年8月28日 下午 6:28")).toBeNull();
    expect(softLines("2031年12月26日 星期一")).toBeNull();
    expect(softLines("索引号 000012/2031-00042 成文日期 2031-10-15")).toBeNull();
    expect(softLines("2031年3月1日 开展安全检查")).toEqual(["2031年3月1日", "开展安全检查"]);
    expect(softLines("作者:某中学 来自:某中学 时间:2031-11-12 16:47:05")).toBeNull();
  });
  it("keeps a school's name and its title's school year one line (\"某小学 2031-2032 学年度第二学期工作计划\")", () => {
    expect(softLines("某市某中心小学 2031-2032 学年度第二学期学校工作计划")).toBeNull();
    expect(softLines("(学生管理)某中学 2031-2032学年度第一学期政教处工作计划")).toBeNull();
    // (after a sentence the school year opens its line)
    expect(softLines("工作安排如下。 2031-2032学年度工作计划")).toEqual(["工作安排如下。", "2031-2032学年度工作计划"]);
    expect(softLines("来源:某大学网 阅读:1728 次 日期:2031-12-19 15:23:08")).toBeNull();
    // (a plan's own fields are lines of their own: an activity's time and place, a task's unit)
    expect(softLines("时间:3月1日 地点:操场")).toEqual(["时间:3月1日", "地点:操场"]);
    // (a label's items after it are items, and a sentence after a record opens its line)
    expect(softLines("主要任务: 1.加强党建")).toEqual(["主要任务:", "1.加强党建"]);
    expect(softLines("联系人: 王某某 各校要按时报送材料，不得延误。")).toEqual(["联系人: 王某某", "各校要按时报送材料，不得延误。"]);
  });

  it("keeps a title set out in spaced parts one line (school, school year, term, what the document is)", () => {
    expect(softLines("某某國民小學 113學年度 第1學期 行事曆")).toBeNull();
    expect(softLines("某县教育局 2031年 工作要点")).toBeNull();
    expect(softLines("某某中学 2030学年第二学期 德育工作计划")).toBeNull();
    // (items run together, a sentence's clause, a slogan: cut as before)
    expect(softLines("一、指导思想 二、工作计划")).toEqual(["一、指导思想", "二、工作计划"]);
    expect(softLines("欢度中秋 共迎国庆")).toEqual(["欢度中秋", "共迎国庆"]);
    expect(softLines("学校安全工作 1.制定应急预案")).toEqual(["学校安全工作", "1.制定应急预案"]);
  });

  it("keeps a two-character name spaced out to three on its label's line", () => {
    expect(softLines("体育部: 李 涛")).toBeNull();
    expect(softLines("联系人：王 芳")).toBeNull();
    expect(softLines("负责人：张 伟； 联系人：赵 敏")).toEqual(["负责人：张 伟；", "联系人：赵 敏"]);
    // (a label's colon and a sentence after it still part)
    expect(softLines("具体要求: 各 部门按时报送。")).not.toBeNull();
  });

  it("opens no line at a quoted term set between spaces, nor inside a cited title", () => {
    expect(softLines("3、按计划推进 “双减” 相关工作,按月报送进度。")).toBeNull();
    expect(softLines("依据《某省人民政府 “5+2”行动的实施意见》精神 制定本方案。")).toEqual(["依据《某省人民政府 “5+2”行动的实施意见》精神", "制定本方案。"]);
    // (nor inside a slogan in quotation marks whose halves a space sets apart; a quote left open long after is no slogan)
    expect(softLines("2、“携手向未来 同心迎春天”主题队会。")).toBeNull();
    expect(softLines("1.组织“读好书 做好人”读书月活动 各班 报送书单。")).toEqual(["1.组织“读好书 做好人”读书月活动", "各班", "报送书单。"]);
    expect(softLines("他说：“今年要抓好以下几项工作，务必落实到位并按时报送 各校于月底前报送。")).toEqual(["他说：“今年要抓好以下几项工作，务必落实到位并按时报送", "各校于月底前报送。"]);
  });

  it("opens a line at a month's heading and at a field label after a value in Latin letters or figures", () => {
    expect(softLines("三月 3月份节日及安排")).toEqual(["三月", "3月份节日及安排"]);
    expect(softLines("活动负责人:教导处:xx 活动地点:操场")).toEqual(["活动负责人:教导处:xx", "活动地点:操场"]);
  });

  it("cuts a paragraph at the spaces between Chinese, where the typed lines ended", () => {
    expect(softLines("一、工作目标 全面提升办学质量。 （一）落实课后服务 1.扩大覆盖面。 责任单位：基教科 完成时限：2026年6月底")).toEqual([
      "一、工作目标",
      "全面提升办学质量。",
      "（一）落实课后服务",
      "1.扩大覆盖面。",
      "责任单位：基教科",
      "完成时限：2026年6月底",
    ]);
  });

  it("starts a line at an item number, a year or a day, not at an amount", () => {
    expect(softLines("第二章 质量指标 2.1升学指标 年度安排 2026年春季开学 9月1日开学典礼 新增学位 1.5万个 培训 300 人次")).toEqual([
      "第二章 质量指标",
      "2.1升学指标",
      "年度安排",
      "2026年春季开学",
      "9月1日开学典礼",
      "新增学位 1.5万个",
      "培训 300 人次",
    ]);
    expect(softLines("Word 2016 版本")).toBeNull();
    // a year opening a title without 年: a web page's link label run into its title; not a count
    expect(softLines("相关推荐 2031青禾中学秋季开学通知")).toEqual(["相关推荐", "2031青禾中学秋季开学通知"]);
    expect(softLines("毕业生 2031人，新生 2031级")).toBeNull();
    // a quantity is no item number: "每天 1小时"
    expect(softLines("落实每天 1小时体育锻炼")).toBeNull();
  });

  it("starts a line at a Markdown bullet after Chinese, not inside a range of days", () => {
    expect(softLines("一月:新年新起点 - 1月29日-2月6日:寒假。 - 2月7日:正式开学。")).toEqual(["一月:新年新起点", "- 1月29日-2月6日:寒假。", "- 2月7日:正式开学。"]);
    expect(softLines("放假时间为1月29日 - 2月6日")).toBeNull();
  });

  it("keeps a two-character name set with a space in it whole", () => {
    // (and names inside a short bracket: a byline, a task's people; not a bracket a text wrapped in its list)
    expect(softLines("确保按时完成。（记者 王某 李某）")).toBeNull();
    expect(softLines("本报讯（通讯员 王某）3月2日，某县召开会议。")).toBeNull();
    expect(softLines("制作宣传版面。（负责人：王某某 李某某）")).toBeNull();
    expect(softLines("推进清廉学校建设。（牵头：某科；配合：甲科、 乙科）")).toEqual(["推进清廉学校建设。（牵头：某科；配合：甲科、", "乙科）"]);
    expect(softLines("责任领导：张 伟 责任单位：县教育局")).toEqual(["责任领导：张 伟", "责任单位：县教育局"]);
    expect(softLines("王 芳、李 强")).toBeNull();
    expect(softLines("组长负责统筹。 团 委——负责宣传。")).toEqual(["组长负责统筹。", "团 委——负责宣传。"]);
    expect(softLines("责任人：副校长 王芳；具体负责：教务处")).toBeNull();
    expect(softLines("（二） 推动学前教育普惠发展。")).toBeNull();
  });

  it("keeps a line of column names set apart by spaces together", () => {
    expect(softLines("7.推进校舍改造。 工作事项 责任科室 完成时限 具体措施")).toEqual(["7.推进校舍改造。", "工作事项 责任科室 完成时限 具体措施"]);
    // short items with no column name among them are lines of their own
    expect(softLines("辅导新生认识环境 常规宣导 学习区活动开始 托幼开始")).toEqual(["辅导新生认识环境", "常规宣导", "学习区活动开始", "托幼开始"]);
  });

  it("keeps a slash date spaced on both sides inside its sentence", () => {
    expect(softLines("• 配合 3/4~3/18 县议会质询,留守作业请各科室依规定办理。")).toBeNull();
    expect(softLines("请于 6/30 前回报。")).toBeNull();
    // (a calendar's date glued to its text still opens a line)
    expect(softLines("开学准备 2/19开学日")).toEqual(["开学准备", "2/19开学日"]);
  });

  it("cuts a calendar's lines at slash dates and week rows of day numbers", () => {
    expect(softLines("周末活动 8 9 10 11 12 13 14 3/9植树活动 3/11~3/12春游报名 带领新生熟悉校园环境 开展常规习惯宣导 区角游戏活动开始")).toEqual([
      "周末活动",
      "8 9 10 11 12 13 14 3/9植树活动",
      "3/11~3/12春游报名",
      "带领新生熟悉校园环境",
      "开展常规习惯宣导",
      "区角游戏活动开始",
    ]);
  });

  it("starts a line at an item number set apart from its text, a date stamp, a page marker after a sentence", () => {
    expect(softLines("1998-3 四月园务 1. 整理档案。 2. 检查设备。")).toEqual(["1998-3", "四月园务", "1. 整理档案。", "2. 检查设备。"]);
    expect(softLines("六月主题 .安全教育周 .整理个人物品")).toEqual(["六月主题", ".安全教育周", ".整理个人物品"]);
    expect(softLines("欢迎阅读本文。 2、1999年学校工作要点")).toEqual(["欢迎阅读本文。", "2、1999年学校工作要点"]);
    expect(softLines("⑩操场改造完成; ?图书馆开放时间延长; ?食堂满意度≥90%。")).toEqual(["⑩操场改造完成;", "?图书馆开放时间延长;", "?食堂满意度≥90%。"]);
  });

  it("cuts between two commas a space apart: lines a web copy set as comma-separated cells", () => {
    expect(softLines(",一月, ,学期尾声,总结考核,常规事项:, ,1、学期尾声,半年教学效果检验。,")).toEqual([",一月,", ",学期尾声,总结考核,常规事项:,", ",1、学期尾声,半年教学效果检验。,"]);
  });

  it("cuts after a file name: a web copy's first line", () => {
    expect(softLines("2025年工作计划范文.docx 《2025年工作计划范文.docx》由会员分享,可在线阅读。")).toEqual(["2025年工作计划范文.docx", "《2025年工作计划范文.docx》由会员分享,可在线阅读。"]);
  });

  it("does not cut inside a cited title nor before a year spaced on both sides", () => {
    expect(softLines("依据《市政府关于 1999年春季植树的通知》精神,现将本校 1999 年植树安排通知如下:")).toBeNull();
    expect(softLines("一、植树时间 3月12日上午植树。")).toEqual(["一、植树时间", "3月12日上午植树。"]);
  });

  it("keeps a page's date field with its value, and cuts the date stamp before it", () => {
    expect(softLines("2021-06-30 时间 : 2021-06-30 09:20 来源:大鹏新区 视力保护色: 【字体:")).toEqual(["2021-06-30", "时间 : 2021-06-30 09:20 来源:大鹏新区", "视力保护色:", "【字体:"]);
    expect(softLines("发布日期： 2024-03-12 来源：教育局")).toBeNull();
  });

  it("ends a title before a first sentence that opens with a spaced year", () => {
    expect(softLines("2025 年全市教育和体育工作要点 2025 年是“十四五”规划的收官之年")).toEqual(["2025 年全市教育和体育工作要点", "2025 年是“十四五”规划的收官之年"]);
    expect(softLines("市教育局 2025 年度教育工作要点 2025 年是启动“十五五”规划的重要之年")).toEqual(["市教育局 2025 年度教育工作要点", "2025 年是启动“十五五”规划的重要之年"]);
  });

  it("leaves headings, pipe rows and rows numbered with bare numbers whole", () => {
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "甲 乙", heading: 1 },
        { kind: "paragraph", text: "12 新建学校两所。 已开工。" },
        { kind: "paragraph", text: "做好准备。 召开会议。", numbering: "1." },
      ],
    };
    const out = splitSoftBreaks(doc).blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.numbering ?? ""] : []));
    expect(out).toEqual([["甲 乙", ""], ["12 新建学校两所。 已开工。", ""], ["做好准备。", "1."], ["召开会议。", ""]]);
  });

  it("cuts a paragraph with a stray pipe of a web page's chrome, keeping pipe rows whole", () => {
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "2031年青禾乡民生实事报告 2031年青禾乡民生实事报告 一、文化公园项目完成情况 总投资230万元。 标签: 招标 | 关注 |" },
        { kind: "paragraph", text: "| 序号 | 工作 内容 | 牵头 单位 |" },
      ],
    };
    const out = splitSoftBreaks(doc).blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(out).toEqual(["2031年青禾乡民生实事报告", "2031年青禾乡民生实事报告", "一、文化公园项目完成情况", "总投资230万元。", "标签:", "招标 | 关注 |", "| 序号 | 工作 内容 | 牵头 单位 |"]);
  });

  it("cuts before a shape set as a bullet and before a list label standing before the item's own number", () => {
    expect(softLines("日期 2.21 | 2.27 △学校安全隐患排查 各学校 △新学期开学准备")).toEqual(["日期 2.21 | 2.27", "△学校安全隐患排查", "各学校", "△新学期开学准备"]);
    expect(softLines("收益归属用户 1. 1、本文档由用户上传。 2. 2、本文档内容版权归属内容提供方。")).toEqual(["收益归属用户", "1. 1、本文档由用户上传。", "2. 2、本文档内容版权归属内容提供方。"]);
  });

  it("starts no line at a full stop set after a space, and starts one at a template's year \"20xx年\"", () => {
    expect(softLines("做好期末质量检测和操行评定等工作 。")).toBeNull();
    expect(softLines("市直各学校(园): 20xx年暑假即将来临,请做好安排 。")).toEqual(["市直各学校(园):", "20xx年暑假即将来临,请做好安排 。"]);
  });
});

describe("a table's cells copied a line each, each closed by its pipe (a web page pasted into Word)", () => {
  it("keeps each cell one line: the space in it was the cell's own (names spaced out, a date and its note)", () => {
    const texts = ["序号 |", "工作任务 |", "责任领导 |", "牵头单位 |", "12 |", "推进集团化办学,扩大优质资源覆盖面。 |", "王 芳李 强 |", "县教育局 |", "13 |", "新建城东幼儿园 |", "张 伟 赵 敏 |", "县住建局 教育局 |"];
    const whole = new Set<Block>();
    const doc = splitSoftBreaks(pipeParagraphsAsTables({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) }, whole), whole);
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "T"))).toEqual(texts.map((t) => t.replace(/\s*\|$/, "")));
  });
});

