// Lines a Word paragraph ran together. Text pasted into Word, or converted from a text file
// (pandoc reads a single line break as a space), keeps its typed lines as one paragraph with a
// space where each line ended. Chinese puts no space between words, so a space with Chinese on
// both sides is where a line ended (or a gap the writer set between two parts of a line, which
// is a line break to the reading as well): the paragraph is cut there into the lines it held, and
// the segment stage joins again the lines that go on one sentence, as it does a text's lines.
import type { Block, Paragraph, SourceDocument } from "../model.js";

/** Chinese characters, and the punctuation and brackets that Chinese is set with. */
const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2014\\u2026\\u2018\\u2019\\u201c\\u201d\\u2460-\\u24ff\\u2776-\\u277f";
// (a Chinese text set with ASCII punctuation: "…(4项) 任务安排", "…工作; 加强…")
// (a line may start with a number: an item "2.1质量指标", "3、…", a year "2025年…" or a template's "20xx年…" or a day "9月29日…"; not an amount "1.5万平方米")
// (a calendar's lines: a slash date "2/19开学日", "2/27~3/1…", or a week row of day numbers "18 19 20 21 22 23 24 …";
// a dot set as a bullet ".爱眼周"; a shape set as one after anything, "2.27 △新学期开学准备")
// (a date stamp standing alone, "2005-1 二月…": a line of its own; so is a page's date stamp before a
// field of the page's record, "2021-06-30 时间：…")
// (after a closed sentence, any "3、": a web page's numbered page markers "1、2024年…"; or an item
// number the copy lost to "?" — "⑪" in a charset without it —: "…为零; ?加强…")
// (a "- " or "* " bullet after Chinese: a list item of a text written in Markdown, "…新起点 - 1月29日…";
// not after a day, "1月29日 - 2月6日" is a range)
// (a comma, a space, a comma: lines a web copy set as comma-separated cells, ",一月, ,学期尾声,…,": no
// sentence puts a space between two commas)
// (a year opening a title without 年, "相关推荐 2023中学秋季开学通知": a web page's link label run into the
// page's title; not a count, "共 2023人", "2023级")
// (a list's label before the item's own number, "…收益归属用户 1. 1、本文档…。 2. 2、…": a web page's
// numbered list, as Markdown or Word sets it)
// (no line starts with closing punctuation: "…工作 。" is a space the writer left before the full stop)
// (not after a "?" or "??" that follows a digit, a Latin letter or a bracket: a character the copy lost to "?",
// "(pinyin)?? 容", "11:30? 下午", is part of the line; a question closes on Chinese, "…哪些学校?")
// (a file name's extension, "…工作计划范文.docx 《…》由会员分享…": a web copy's first line, the file's name)
const SOFT_BREAK = new RegExp(
  `(?<=[${CJK}):;!?,])(?<![\\dA-Za-z)\\]]\\?+)[ \\t]+(?=(?![。，、；：！？）》」』】〕])[${CJK}(]|\\d{1,2}[.．][ \\t]+\\d{1,2}[、.．]|(?:\\d{1,2}\\.\\d{1,2}|\\d{1,2}[、.．])\\s*(?![万萬亿億元倍个個年月日天时時分秒米吨噸亩畝所人名次项項台臺件套千百十]|摄氏|攝氏|度[），),，。；;]|周岁|週歲|公里|公斤|平方|立方|小时|小時|分钟|分鐘)[\\u4e00-\\u9fff]|(?:\\d{4}|\\d{2}[xX×]{2})\\s*[年—–-]|(?:19|20)\\d{2}(?![万萬亿億元个個人名所项項台臺件套千百米吨噸亩畝次户戶家座间間张張本册份届屆级級])[\\u4e00-\\u9fff]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月份|\\d{1,2}[/／]\\d{1,2}(?![\\d/／])[~～〜\\-—–\\u4e00-\\u9fff]|(?:\\d{1,2}[ \\t]+){6}\\d{1,2}(?!\\d)|[.．·•][\\u4e00-\\u9fff])|(?<=\\S)[ \\t]+(?=[△▲◆◇●○■□▪►][\\u4e00-\\u9fff])|(?<=[。！？；;])[ \\t]+(?=\\d{1,3}、|[?\\ufffd][\\u4e00-\\u9fff])|(?<=(?:^|\\s)\\d{4}[-./]\\d{1,2})[ \\t]+(?=[\\u4e00-\\u9fff])|(?<=(?:^|\\s)\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})[ \\t]+(?=[\\u4e00-\\u9fff]{1,6}\\s*[：:])|(?<=[${CJK}:;])(?<![日号月年])[ \\t]+(?=[-*][ \\t]+[\\d\\u4e00-\\u9fff(“"《])|(?<=[,，])[ \\t]+(?=[,，])|(?<=\\.(?:docx?|DOCX?|pdf|PDF|wps|WPS))[ \\t]+(?=[${CJK}])|(?<=[A-Za-z])[ \\t]+(?=[\\u4e00-\\u9fff]{2,8}[：:])`,
  "g",
);
/** The rest of a cited title, closed soon ("《某市人民政府 “9+3”计划的实施意见》"): a space inside a title opens no line. */
const TITLE_GOES_ON = /^[^《》。；;]{1,40}》/;
/** The rest of a quoted slogan, closed soon ("“同心迎新年 携手创佳绩”主题活动"): a space inside the quotes opens no line. */
const QUOTE_GOES_ON = /^[^“”。；;！？!?]{1,20}”/;
/** A round bracket opened a few words ago, no list or clause mark in it since: "…讯（记者 ". */
const BRACKETS_OPEN = /[（(][^（()）、，,；;。]{1,12}$/;
/** The rest of a bracket's short words, closed soon ("…王某 李某）"): no sentence in it. */
const BRACKETS_CLOSE = /^[^（()）。；;！？!?：:]{1,16}[）)]/;
/** A title's school year and its rest ("2031-2032 学年度第一学期政教处工作计划"). */
const SCHOOL_YEAR_TITLE = /^\d{4}[ \t]*[-—–~～至][ \t]*\d{4}[ \t]*(?:学年|學年)[^。；;！？!?]{0,30}$/;
/** A year set apart by spaces on both sides ("我校 2023 年国庆节"): the writer spaces numbers, no line ended before it. */
const SPACED_YEAR = /^\d{4}[ \t]+年/;
/**
 * A slash date or span set apart by spaces on both sides inside a sentence ("配合 3/4~3/18 县议会质询", typed so as
 * numbers are spaced): no line ended before it; a calendar's line glues its date to its text ("3/9植树活动").
 */
const SPACED_SLASH_DATE = /^\d{1,2}[/／]\d{1,2}(?:[ \t]*[~～〜\-—–][ \t]*\d{1,2}[/／]\d{1,2})?[ \t]+[\u4e00-\u9fff]/;
/** …but a title ends before the first sentence, spaced year or not ("2025 年全市教育工作要点 2025 年是…"). */
const TITLE_END = /(?:要点|要點|计划|計劃|方案|规划|規劃|意见|意見|安排|通知|实施细则|工作总结|清单)$/;
/**
 * A title set out in spaced parts ("某某國民小學 113學年度 第1學期 行事曆", "某县教育局 2031年 工作要点"):
 * short, no sentence or clause mark, no item number after a space, ending in what the document is.
 */
const SPACED_TITLE = new RegExp(
  `^(?![一二三四五六七八九十]+[、.．]|[（(]|\\d{1,2}[、.．])(?!.*\\s(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]))[^。，,；;：:！？!?|]{4,40}[ \\t][^。，,；;：:！？!?|\\s]{0,8}(?:${TITLE_END.source.slice(3, -2)}|行事曆|行事历|校曆|校历|日程表|安排表|一览表|一覽表)$`,
);

/** A page's date field and its value ("时间 : 2021-06-30 09:20"): one line. */
const DATE_FIELD = /(?:时间|日期)\s*[：:]$/;
/** …or its label with no colon before a date in figures ("成文日期 2020-10-15", a record's cells copied apart by spaces). */
const DATE_LABEL = /(?:时间|時間|日期)$/;
const FIGURE_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;
/**
 * A page's date stamp: a date, its weekday, a time of day, a "posted on" before it ("发布于 2031年8月28日 下午 6:28",
 * "2031年12月26日 星期一"): one line.
 */
const DATE_STAMP = /^(?:(?:发布于|發佈於|發布於|发表于|發表於|更新于|更新於)[ \t]*)?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})(?:[ \t]*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?(?:[ \t]*(?:上午|下午|中午|晚上)?[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;
/** A table's row copied with spaces between its cells and numbered with a bare number ("12 推进…。 已完成…"): one line. */
const SPACED_ROW = /^(?:\d{1,3}|序号)\s+[\u4e00-\u9fff“"《]/;

/**
 * A field's short value before a name ("责任人：副校长 周敏；…"), or a name's first character
 * ("张 伟"), and the name after the space (then a separator or the end): one line.
 */
const NAME_HEAD = /(?:[：:][\u4e00-\u9fff]{1,5}|(?:^|[、，,；;\s])[\u4e00-\u9fff])$/;
const NAME_TAIL = /^[\u4e00-\u9fff]{1,3}(?:$|[、，,；;）)])/;

/** A field's label and its colon, typed with a space after it ("索引号: ", "发布机构： "), at the end of what came so far. */
const FIELD_LABEL_END = /(?:^|\s)(?![^\s]*如下)[\u4e00-\u9fff]{2,6}[：:]$/;
/**
 * A web site's footer line, its fields set apart by spaces ("版权所有:某平台  主办单位:某中心  咨询建议",
 * "某ICP备05000000号-2  某公网安备 3303…号  技术支持:某科技"): one line, as the page's text has it (a field
 * of it alone, "主办单位:某中心", reads as a body named in the plan).
 */
const SITE_FOOTER = /^(?:版权所有|版權所有|主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|[\u4e00-\u9fff]{0,2}ICP[备備]|[\u4e00-\u9fff]{0,2}公网安备|[\u4e00-\u9fff]{0,2}公網安備|Copyright|©)/i;
/** A page's field: a short label, its colon, a space and a short value with no sentence in it (or no value). */
const PAGE_FIELD = /^[\u4e00-\u9fff]{2,6}[：:](?:[ \t]+[^。；;！？!?]{1,60})?$/;
/**
 * A web page's record line, its fields typed with no space after the colon ("来源:某局 时间:2031-02-28",
 * "作者:王某 编辑:李某", "阅读:12 次"): each label one a page sets over an article (where from, who wrote,
 * when, how often read), its value short or none yet ("浏览次数:", a counter the copy left empty) and no sentence (a clock's "15:23" in it); a plan's own fields ("责任单位：…") are not such.
 */
const RECORD_LABEL = "[\\u4e00-\\u9fff]{0,4}(?:来源|來源|来自|來自|作者|编辑|編輯|摄影|攝影|时间|時間|日期|次数|次數|阅读|閱讀|浏览|瀏覽|点击|點擊)";
const RECORD_FIELD = `${RECORD_LABEL}[：:][ \\t]*(?:[^。；;！？!?：:，,|]|(?<=\\d)[：:](?=\\d)){0,40}`;
const RECORD_LINE = new RegExp(`^${RECORD_FIELD}(?:[ \\t]+${RECORD_FIELD})*$`);
/**
 * The same record read whole, a page's date stamp before it ("2031-08-28 18:25:31 来源: 某局") and its last value
 * run on with the page's chrome ("时间:2031-02-01 16:43:35 工作方案 我要投稿"): one line, as the page's text has it.
 */
const WHOLE_RECORD = new RegExp(`^(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?)?[ \\t]*)?${RECORD_FIELD}(?:[ \\t]+${RECORD_FIELD})*$`);
/** A field's value: text or figures, no other label, no pipe ("【字体:", "招标 | 关注 |" are a page's chrome). */
const FIELD_VALUE = /^(?![^\s]{1,8}[：:]$)[\u4e00-\u9fffA-Za-z0-9][^|]*$/;
/** An item's number opening a piece: an item, not a field's value. */
const ITEM_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．](?!\d))/;
/** A body's name alone (an issuer, "某县教育局", "中共某市委教育工委"), and one opening a piece. */
const BODY = /^[\u4e00-\u9fff]{2,14}(?:委员会|工委|委|厅|局|办公室|政府)$/;
const BODY_START = /^[\u4e00-\u9fff]{2,12}?(?:委员会|工委|委|厅|局|办公室|政府)(?![：:])/;
/** A document number's year and number after its issuer's code ("〔2031〕 7号", "[2031]7号"). */
const DOC_NUMBER_REST = /^[〔［\[(（]\d{4}[〕］\])）]\s*\d{1,4}\s*号/;
/** One character and a colon: the end of a label spaced out to align ("主 任：", "成 员："), not a note's "注：". */
const SPACED_LABEL_TAIL = /^(?![注附问答])[\u4e00-\u9fff][：:]/;
/** A short term in quotation marks, set apart by spaces inside a sentence ("实施好 “9+3” 教育工作"). */
const QUOTED_TERM = /^[“"「『][^“”"「」『』\s]{1,12}[”"」』]$/;
const QUOTED_END = /\s[“"「『][^“”"「」『』\s]{1,12}[”"」』]$/;
const CLOSES = /[。！？；;!?]$/;
/** A label's colon, or the names after it so far ("成员：徐某 王某某 李"): a roster, which the next short name goes on. */
const ROSTER_NAMES = /[：:]\s*[\u4e00-\u9fff]{1,3}(?:\s+[\u4e00-\u9fff]{1,3})*$/;
/** A short label and its colon ("联系人：", "体育部:"), not a sentence's "如下：". */
const ROSTER_LABEL = /(?:^|[\s，,；;。])(?![^\s，,；;。]*如下)[\u4e00-\u9fff]{1,4}[：:]$/;
const ROSTER_NAME = /^[\u4e00-\u9fff]{1,4}$/;

/**
 * The roster in `head` goes on with `piece`: a name after the label's colon (two or three characters), or the next
 * name of the names after it — but not one character before a spaced label's end ("…王某 成 员：…", `next` "员：…").
 */
function rosterGoesOn(head: string, piece: string, next: string | undefined): boolean {
  // (or a two-character name spaced out to three, "体育部: 李 涛": its first character, the second one next)
  if (ROSTER_LABEL.test(head)) return piece.length >= 2 || (next !== undefined && SPACED_NAME_END.test(next));
  if (!ROSTER_NAMES.test(head)) return false;
  // (a name run into the first character of the next label, "王某某成 员：…", goes on the roster too)
  const labelNext = next !== undefined && SPACED_LABEL_TAIL.test(next);
  return piece.length >= 2 ? piece.length <= 3 || labelNext : !labelNext;
}

/** The second character of a two-character name spaced out, and what may close it ("涛", "芳；"). */
const SPACED_NAME_END = /^[\u4e00-\u9fff](?:$|[、，,；;。）)])/;

/** Pieces of names only: one to three characters each, spaced ("杨 某 张某某"). */
const NAMES = /^[\u4e00-\u9fff]{1,3}(?: [\u4e00-\u9fff]{1,3})*$/;
/** A run of names, not of short words ("组别 组员 组长"): fewer than half of its words have two characters. */
function isNameRun(pieces: string[]): boolean {
  const words = pieces.join(" ").split(" ");
  return words.filter((w) => w.length === 2).length * 2 < words.length;
}

/** A piece that is an item number and nothing else. */
const MARKER_ONLY = /^(?:[一二三四五六七八九十百]{1,3}[、.．]|[（(][一二三四五六七八九十百\d]{1,3}[）)]|\d{1,3}[、.．)）]?|[\u2460-\u2473]|第[一二三四五六七八九十百\d]{1,3}[章节条部分])$/;

/** A short word: a column name, not an item ("1.", "一、", "（二）", "第三章") nor a sentence. */
const WORD = /^(?![一二三四五六七八九十]+[、.．]|[（(.．·•]|\d|第[一二三四五六七八九十\d]+[章节部条])[^\s。，；：,;:、]{1,8}$/;

/**
 * A column's name: its ending says what the column holds ("责任科室", "完成时限", "星期一"; a count or an amount, "班级数", "投资额", "建设面积"). A run of
 * short phrases none of which ends so is a list of short items ("辅导新生认识环境 常规宣导 托幼开始").
 */
const COLUMN_NAME = /(?:序号|编号|名称|内容|单位|领导|情况|时限|时间|日期|任务|要求|措施|目标|指标|备注|责任人|负责人|人员|部门|处室|科室|股室|事项|项目|节点|进度|资金|投资|成效|周次|月份|地点|对象|类别|年级|班级|学科|科目|星期[一二三四五六日天]|周[一二三四五六日]|数|數|额|額|面积|面積|合计|合計)$/;

/** The lines one paragraph held, or null when it held one. */
export function softLines(text: string): string[] | null {
  if (!text.includes(" ") && !text.includes("\t")) return null;
  if (SPACED_TITLE.test(text.trim())) return null;
  if (text.length <= 120 && SITE_FOOTER.test(text.trim()) && !/[。；;！？!?]/.test(text)) return null;
  if (DATE_STAMP.test(text.trim())) return null;
  if (text.length <= 100 && WHOLE_RECORD.test(text.trim()) && !/\s(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．](?!\d))/.test(text)) return null;
  const pieces: string[] = [];
  const raw = text.split(SOFT_BREAK).filter((piece) => piece.trim());
  for (let r = 0; r < raw.length; r++) {
    const piece = raw[r];
    // a two-character name set as three ("分管领导：张 伟", "王 芳、李 强") is one name; so is a title and its name
    const k = pieces.length - 1;
    // a year or a day inside a cited title ("《关于 2023年…的通知》") opens no line (a PDF's wrap there may: the segment stage re-joins it); nor before a number spaced on both sides
    const inTitle = k >= 0 && (pieces[k].match(/《/g)?.length ?? 0) > (pieces[k].match(/》/g)?.length ?? 0);
    // (nor inside a slogan in quotation marks, its halves set apart by a space, as a title's are: "开展“读好书 做好人”活动")
    const inQuote = k >= 0 && (pieces[k].match(/“/g)?.length ?? 0) > (pieces[k].match(/”/g)?.length ?? 0) && QUOTE_GOES_ON.test(piece);
    // (nor inside round brackets closed soon: a byline's names, "（通讯员 王某）", "（文/图 李某 张某）"
    // — a short bracket with no list or clause in it before the space: "（牵头：某科；配合：甲科、 乙科）" is a line a text wrapped)
    const inBrackets = k >= 0 && BRACKETS_OPEN.test(pieces[k]) && BRACKETS_CLOSE.test(raw.slice(r).join(" "));
    // (nor after one character alone: a name spaced out to align, "校 办――…", "团 委：…", a page's field
    // label spaced so after its bullet, "• 索 引 号: …"; nor inside a year range spaced round its dash, "2017 — 2018学年")
    const yearRange = k >= 0 && /\d[ \t]*[—–~～-]{1,2}$/.test(pieces[k]) && /^\d/.test(piece);
    // (nor between a school's or a body's name and its title's school year, "某小学 2031-2032 学年度第二学期工作计划")
    const titleYear = k >= 0 && SCHOOL_YEAR_TITLE.test(piece) && TITLE_END.test(piece) && /^[^。，,；;：:！？!?\s]{2,20}$/.test(pieces[k]);
    if (k >= 0 && (yearRange || titleYear || inBrackets || inQuote || (inTitle && (/^\d/.test(piece) || TITLE_GOES_ON.test(piece))) || (SPACED_YEAR.test(piece) && !TITLE_END.test(pieces[k])) || (SPACED_SLASH_DATE.test(piece) && /[\u4e00-\u9fff]$/.test(pieces[k]) && !/\d[/／]\d/.test(pieces[k])) || (DATE_FIELD.test(pieces[k]) && /^\d{4}/.test(piece)) || (DATE_LABEL.test(pieces[k]) && FIGURE_DATE.test(piece)) || /^(?:[•·●○■□▪◆◇][ \t]*)?[\u4e00-\u9fff]$/.test(pieces[k]))) {
      pieces[k] += ` ${piece}`;
      continue;
    }
    // (and an item number set apart from its text, as a PDF's list item is: "一、 坚持…", "（二） 推动…")
    // (a label spaced out to align, "主 任：…", "成 员：…": its last character and the colon open no line;
    // nor does a term quoted between spaces, "实施好 “9+3” 教育工作", on either side; nor a roster's
    // next name, "成员：徐某 王某某 李 某", or a name after its label, "联系人： 王某某")
    if (k >= 0 && (SPACED_LABEL_TAIL.test(piece) || QUOTED_END.test(pieces[k]) || (QUOTED_TERM.test(piece) && !CLOSES.test(pieces[k])) || (ROSTER_NAME.test(piece) && rosterGoesOn(pieces[k], piece, raw[r + 1])))) {
      pieces[k] += ` ${piece}`;
      continue;
    }
    // (a page's field and its value, "组配分类: 决策部署落实情况": the value goes with its label; and joint
    // issuers set apart by spaces, "某市委教育工委  某市教育局关于…", and a document number spaced out,
    // "某教发 〔2031〕 7号": one line, as the text's)
    if (k >= 0 && ((FIELD_LABEL_END.test(pieces[k]) && FIELD_VALUE.test(piece) && !ITEM_START.test(piece)) || (BODY.test(pieces[k]) && BODY_START.test(piece)) || (/[\u4e00-\u9fff]$/.test(pieces[k]) && DOC_NUMBER_REST.test(piece)))) {
      pieces[k] += ` ${piece}`;
      continue;
    }
    // (an item's number, "三、…", is no name's last character: "组 长 组 员 三、分工" opens the item)
    const labelHead = piece.length === 1 && raw[r + 1] !== undefined && SPACED_LABEL_TAIL.test(raw[r + 1]);
    if (k >= 0 && ((NAME_HEAD.test(pieces[k]) && NAME_TAIL.test(piece) && !labelHead && !ITEM_START.test(piece)) || MARKER_ONLY.test(pieces[k]))) pieces[k] += ` ${piece}`;
    else pieces.push(piece);
  }
  // (an item's number alone closing the paragraph, "…课程与教学重点业务 (一)", numbers nothing after it: a part's number
  // the title before it carries, not an item of its own)
  if (pieces.length > 1 && MARKER_ONLY.test(pieces[pieces.length - 1].trim())) {
    const marker = pieces.pop()!;
    pieces[pieces.length - 1] += ` ${marker}`;
  }
  // a line of column names set apart by spaces ("工作事项 责任科室 完成时限") is one line: three
  // short words or more in a row, no sentence and no item number, go back together
  // (and so is a run of names, "王某某 李某某 张 某 赵某某": three or more, most of three characters)
  const lines: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && WORD.test(pieces[j])) j++;
    let n = i;
    while (n < pieces.length && NAMES.test(pieces[n])) n++;
    // (a column's name is no person's: "学校数 班级数 学生数 建设面积" is a header)
    if (n - i >= 3 && isNameRun(pieces.slice(i, n)) && !pieces.slice(i, n).some((p) => COLUMN_NAME.test(p))) {
      lines.push(pieces.slice(i, n).join(" "));
      i = n;
    } else if (j - i >= 3 && pieces.slice(i, j).some((p) => COLUMN_NAME.test(p))) {
      lines.push(pieces.slice(i, j).join(" "));
      i = j;
    } else lines.push(pieces[i++]);
  }
  // (a web page's record of fields, each label set apart from its value as the page's cells were,
  // "发布机构: 某局 主题分类: 教育", is one line, as its text has it; "责任领导：张 伟 责任单位：…" typed so is not)
  if (lines.length > 1 && text.length <= 100 && lines.every((l) => PAGE_FIELD.test(l) || RECORD_LINE.test(l))) return null;
  return lines.length > 1 ? lines : null;
}

/**
 * A paragraph with pipes: two lines next to each other that both hold a pipe go back together (pipe
 * rows no reader took for a table stay whole); the other lines are cut as any paragraph's are (a web
 * page run into one paragraph, with a "招标 | 关注 |" of its chrome or a "2.21 | 2.27" date range).
 */
function rowsKeptWhole(lines: string[] | null): string[] | null {
  if (!lines) return null;
  const out: string[] = [];
  for (const line of lines) {
    if (out.length && line.includes("|") && out[out.length - 1].includes("|")) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  }
  return out.length > 1 ? out : null;
}

// a cell of a table a web page gave as text: a word or a figure, no sentence, no field label
const SPACED_CELL = /^[^。；;，,：:！？!?]{1,20}$/;

/**
 * The paragraphs of a table a web page gave as text, a row a paragraph, its cells a word each apart by
 * spaces ("学校名称 实施年度 项目名称 …" / "某市 某区 某小学 2025 维修改造 宿舍 0 51 已完工"): three
 * paragraphs or more in a row, each of four words or more none of them a sentence, as many words each
 * as the others within half. Each stays one line, as the text has it (the table stage reads its columns).
 */
function spacedTableRows(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  const words = blocks.map((b) => {
    if (b.kind !== "paragraph" || b.heading || b.text.includes("|")) return 0;
    const w = b.text.trim().split(/\s+/);
    return w.length >= 4 && w.every((x) => SPACED_CELL.test(x)) ? w.length : 0;
  });
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && words[j] && (j === i || (words[j] * 2 >= words[i] && words[j] <= words[i] * 2 && words[j] * 2 >= words[j - 1] && words[j] <= words[j - 1] * 2))) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(blocks[k]);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Every body paragraph (not a heading, not a table's, not one of `wholeLines`: a table's cell a line,
 * closed by its pipe, "陆 明俞 悦 |", two names spaced out) cut into the lines it ran together.
 */
export function splitSoftBreaks(doc: SourceDocument, wholeLines?: ReadonlySet<Block>): SourceDocument {
  const rows = spacedTableRows(doc.blocks);
  const blocks = doc.blocks.flatMap<Block>((b) => {
    if (b.kind !== "paragraph" || b.heading || SPACED_ROW.test(b.text) || wholeLines?.has(b) || rows.has(b)) return [b];
    const lines = b.text.includes("|") ? rowsKeptWhole(softLines(b.text)) : softLines(b.text);
    if (!lines) return [b];
    return lines.map<Paragraph>((text, k) => (k ? { kind: "paragraph", text, ...(b.page === undefined ? {} : { page: b.page }) } : { ...b, text, ...(b.boldPrefix && !text.startsWith(b.boldPrefix) ? { boldPrefix: undefined } : {}) }));
  });
  return { ...doc, blocks };
}
