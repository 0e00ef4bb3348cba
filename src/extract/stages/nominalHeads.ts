// A short heading that names a thing, run into its text when a page lost the break after it:
// "教学活动每周开展主题教学活动…", "县级自查县区教育局对照…", "安全意识培训在开学前一周，组织…".
// The heading ends in a word that names a piece of work (…活动, …培训, …自查, …制度) and the text
// opens right after it with when, who or how the work is done.

// the words a heading that names a piece of work ends with
const WORK_NOUN = "(?:活动|培训|改革|制度|准备|排查|自查|考核|检查|建设|目标|开学|会议|督导|评估|评比|宣传|管理|整治|演练|竞赛|比赛|仪式|典礼|总结|部署|动员|筹备|调研|研修|教研|讲座|班会|课程)";

// what opens the text after it: a time ("在开学前", "每周", "2月27日"), who does it ("各校", "县区教育局"),
// or how ("通过…", "按照…")
const TEXT_OPEN = String.raw`(?:在(?:开学|学期|活动|本|每|下|上|第|寒假|暑假|\d|[一二三四五六七八九十]{1,2}月)|每(?:周|月|天|日|学期|学年|季度|年)|\d{1,2}月\d{1,2}[日号]|20\d{2}年|各(?:校|学校|中小学|单位|部门|班|年级|园|幼儿园|县|乡镇)|(?:县区|县市区|市|县|区)(?:政府|教育局|教体局)|通过|采用|采取|按照|依托|利用)`;

const RUN_IN_WORK_HEAD = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10}?${WORK_NOUN})(?=${TEXT_OPEN})`);

// or the text opens with the action the work takes ("安全与应急管理强化组织全园演练…", "课堂效能目标深刻转变教学观念…",
// "教学创新与评估引入…课程"): the heading names the work, the sentence after it says how it is done (xtasks22b)
const TEXT_ACTION = "(?:强化|细化|深化|引入|深刻|加强|推进|推动|完善|建立|健全|落实|开展|组织|制定|实施|提升|提高|优化|规范|严格|确保|坚持|构建|打造|鼓励|引导|聚焦|围绕)";
const RUN_IN_WORK_HEAD_ACTION = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10}?${WORK_NOUN})(?=${TEXT_ACTION})`);

/**
 * Where such a heading ends, or 0 (its text's first clause must go on at least 4 characters after it; 6 after one
 * whose text opens with an action, so that a heading's own last words, "…改革深化行动", stay in it).
 */
export function runInWorkHeadEnd(t: string): number {
  const clause = /^[^，,。；;：:！？!?（(《]*/.exec(t)![0];
  const m = RUN_IN_WORK_HEAD.exec(t);
  if (m) return clause.length - m[1].length >= 4 ? m[1].length : 0;
  const a = RUN_IN_WORK_HEAD_ACTION.exec(t);
  return a && clause.length - a[1].length >= 6 ? a[1].length : 0;
}
