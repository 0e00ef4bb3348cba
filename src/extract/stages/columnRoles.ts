// What a table column holds, told from its header text ("牵头单位" → lead, "完成时限" → deadline, "进展情况" → ignore):
// asked by every table reader (tables.ts, gluedHeader, cover, the one-cell-a-line readers), so its own module.
import { foldHan } from "./hanFold.js";
import { isSpace } from "./stitched.js";
import type { UnitRole } from "./types.js";

export type ColumnRole = "no" | "title" | "measures" | "target" | "deadline" | "investment" | "ignore" | UnitRole;

// the roles of the short texts seen (a table's header and its short cells, "1", "基教股", are asked
// about for every row by several stages): pure, so remembered; bounded, cleared when full
const ROLES_SEEN = new Map<string, ColumnRole | null>();

export function columnRole(header: string): ColumnRole | null {
  if (header.length > 40) return roleOfHeader(header);
  let role = ROLES_SEEN.get(header);
  if (role === undefined) {
    if (ROLES_SEEN.size >= 4096) ROLES_SEEN.clear();
    ROLES_SEEN.set(header, (role = roleOfHeader(header)));
  }
  return role;
}

function roleOfHeader(header: string): ColumnRole | null {
  // a data cell (most calls) is longer than any column name: tell without rewriting it
  if (header.length > 16) {
    // (what is left without whitespace must be 16 or fewer: stop counting at the 17th, not at the
    // end of the cell, which a pattern looking for the next space would scan to)
    let chars = 0;
    for (let i = 0; i < header.length && chars <= 16; i++) if (!isSpace(header.charCodeAt(i))) chars++;
    // (a name with a note in brackets after it, "周参考主题内容 (具体节目名称、内容、形式自定)", is read without the note)
    if (chars > 16 && !/^[^（(]{2,16}[（(][^（()）]{1,30}[)）]\s*$/.test(header)) return null;
  }
  // ("內?? 容": a page's spacing that a wrong charset turned into question marks; no column name holds one)
  let h = header.replace(/\s+|\?+|\uFFFD+/g, "");
  // (a column name's note in brackets, "参加检查部门(人)", "完成时限（年月）", is no part of the name)
  h = h.replace(/(?<=^[\u4e00-\u9fff]{2,16})[（(][^（()）]{1,30}[)）]$/, "");
  if (!h || h.length > 16) return null;
  // a numbered text ("一、重大改革事项", "1.…") is a category row or a data cell, never a column name
  if (/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[、.．])/.test(h)) return null;
  if (/^(序号|编号|序|周次|周)$/.test(h)) return "no";
  if (/联络/.test(h)) return "liaison";
  if (/领导/.test(h)) return "leaders";
  // a column of the posts that answer for each row, filled with their names: 分管局长, 包保校长, 组长;
  // a 联系人 column names the row's person where the table has no leader column (see headerRoles)
  if (/^(?:分管|主管|责任|牵头|包保|包联|挂点|挂钩|联系|督办)?(?:[县区市局校]级?)?副?(?:局长|校长|县长|区长|市长|园长)$|^副?组长$|^联系人/.test(h)) return "leaders";
  if (/牵头|主办|主责/.test(h)) return "lead";
  if (/协办|配合|参与|协同/.test(h)) return "co";
  // (the body that does each row, named by what it does: 公开主体, 发布主体, 公开部门, 办理科室, 经办股室, 主管部门)
  // (a school's own doers too: the class or grade that leads a week, 责任班级, 负责年级)
  if (/(责任|负责|实施|承办|办理|经办|执行|主管)(单位|部门|股室|科室|处室|机构|班级|年级)|承办|^.{0,4}主体$|^(?:公开|发布|办理)(?:单位|部门|机构)$/.test(h)) return "responsible";
  if (/责任人|负责人/.test(h)) return "leaders";
  // (a school calendar's 负责者 / 主持者: whoever answers for the row — a post standing alone its leader, a body its
  // lead, as a 责任人 cell reads them)
  // (its last character alone where the name wrapped, "者": monthCellLines.ts)
  if (/^(?:负责|责任|主持)?者$/.test(h)) return "leaders";
  // a duty roster's columns (组别 / 职称 / 职掌): the post answers for its row, its group is the body, its duties the measures
  if (/^(?:职称|职务)$/.test(h)) return "leaders";
  // (a 工作职责 column beside its bodies lists duties each a task of its own: xunits11)
  if (/^职掌$/.test(h)) return "measures";
  if (/^组别$/.test(h)) return "responsible";
  // a column named by the kind of body each row is about ("学校食堂", "所在学校", "检查单位"): the body answers for its row
  // (not a 计量单位, the unit a figure is counted in)
  if (/^.{0,4}(?:学校|食堂|幼儿园|单位|部门|科室|处室|班级)$/.test(h) && !/^(?:计量)?单位$/.test(h)) return "responsible";
  // what was done, not what is asked: a progress report's columns are never task text, targets or dates
  if (/进展|完成情况|落实情况|推进情况|进度情况|工作进度|完成进度|(?:当前|目前|实际|现在)进度|执行情况|整改情况|取得成效|工作成效|已完成|实际完成|备注|评分|分值|督办情况|电话/.test(h)) return "ignore";
  // where things stand now (现况值, 基准值) and how an indicator is computed (操作型定义, 计算公式): a baseline and a
  // formula, no figure to reach (the target is the 目标值 column beside them)
  if (/现[况状]值?$|基准值|基期值|操作型定义|计算(?:方式|公式|方法)$/.test(foldHan(h))) return "ignore";
  if (/投资|资金|经费|预算/.test(h)) return /万元|亿元|元/.test(h) || !/来源|渠道/.test(h) ? "investment" : "ignore";
  // a 政务公开 list's columns about how an item is published — its legal basis, channel, audience,
  // form, level, link — are neither task text nor a date (公开依据, 公开渠道和载体, 公开对象, 链接)
  if (/^(?:公开|发布)(?:依据|渠道|载体|对象|方式|形式|层级|范围)|^(?:法律|法规|政策|制定)?依据$|^渠道|^链接$|网址|^(?:公开|发布)?(?:层级|对象)$/.test(h)) return "ignore";
  // a week's schedule: its weekday column says when each row is done
  if (/时限|时间|节点|进度安排|日期|月份|时段/.test(h) || /^(星期|周[一二三四五六日]?|时间段)$/.test(h)) return "deadline";
  // a record column beside a schedule (记载, 记录): notes on the row, read with it
  if (/^(记载|记录|情况记载)$/.test(h)) return "ignore";
  // (作法: 做法 as Taiwan writes it)
  if (/措施|要求|举措|内容|做法|作法|步骤|标准/.test(h)) return "measures";
  if (/目标|指标/.test(h) && !/任务/.test(h)) return "target";
  // (a school calendar's 学校行事纪要 / 行事内容: the events of its days)
  // (a 整改 list's problems, 存在问题 / 具体问题, are what is to be done)
  if (/任务|事项|项目|工作|名称|实事|行事|问题/.test(h)) return "title";
  return null;
}
