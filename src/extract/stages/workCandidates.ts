// What the fewTasks stage's candidates share: a candidate (a structure's items), what reads as work,
// the 要 of a demand, a closing byline left out, and the document's lines.
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";

export const FEW_TASKS_CONFIDENCE = 0.4;

export interface Candidate {
  tasks: RawTask[];
  /** How the items were found, for the warning: "“1.”级编号". */
  label: string;
  /** One item is enough: the document says in so many words that it is the plan ("3月份计划：…"). */
  one?: boolean;
}

// verbs that open or carry a piece of work
export const WORK_VERB =
  /加强|開展|开展|推进|推動|推动|落实|落實|完善|建立|健全|做好|组织|組織|提高|提升|实施|實施|强化|強化|确保|確保|创建|創建|建设|建設|完成|制定|召开|召開|举办|舉辦|严格|嚴格|形成|营造|培养|培養|改善|优化|發揮|发挥|深化|规范|規範|抓好|抓实|打造|巩固|促进|促進|继续|繼續|坚持|堅持|扩大|新建|改扩建|启动|啟動|参与|參與|迎接|搞好|聚焦|突出|开发|開發|引用|把好|检查|檢查|排查|整改|报送|報送|填报|填報|培训|培訓|测试|測試|宣传|宣傳|展示|设置|設置|撰写|撰寫|收集|整理|清理|督查|保障|维护|提醒|执行|執行|履行|选派|動員|动员|部署|指导|指導|评选|征集|编制|实行|實行|通报|更新|审核|推广|增加|新增|达到|達到|实现|實現|覆盖|建成|改造|维修|加快|做到|保证|保證|管理|开齐|增强|增強|对照|對照|对比|對比|细化|查收|纳入|納入|紧盯|緊盯|抓紧|抓緊/;
// the whole name of a notice's note: a holiday's dates or a contact ("元旦放假时间", "联系人")
export const HOLIDAY_OR_CONTACT = String.raw`[^，,。；;]{0,8}(?:放假|假期|休假)(?:时间|安排)?|联系人|联系电话|联系方式`;
// items that are no work: a holiday's dates, contacts, attachments, a site's notes
export const NOT_WORK = new RegExp(String.raw`^(?:${HOLIDAY_OR_CONTACT}|电子邮箱|邮箱|附件|备注|说明)$|放假时间|版权|下载|会员|客服`);

/** The item reads as work: an action in its name or its first sentence, and it is none of the framing or notes. */
export function readsAsWork(t: RawTask): boolean {
  const title = t.title.text.trim();
  if (title.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title)) return false;
  return WORK_VERB.test(title) || WORK_VERB.test(t.body.text.split("\n")[0]);
}
export const titleIsWork = (t: RawTask) => WORK_VERB.test(t.title.text);
/** A heading or a label, not work: no action in its name nor in its own paragraph ("（一）各级各类学校及幼儿园", "1.2024年工作要点："). */
export const headingOnly = (t: RawTask) => !titleIsWork(t) && !WORK_VERB.test(t.body.text.split("\n")[0]);

// the 要 that opens a demand ("要加强…"), not 要求/要素/要点/要件/要紧/要是
export const DEMAND_YAO = String.raw`要(?![求素点點件紧緊是])`;

// a news report's byline in brackets after its last sentence: "（记者 张三 李四）" "(文/图 王五)" "（麦教）"
const BYLINE = /(?<=[。！!？?”"])\s*[（(][^（）()。，,；;]{1,20}[)）]\s*$/;
/** The text without a byline closing it. */
export const withoutByline = (st: Stitched) => {
  const m = BYLINE.exec(st.text);
  return m ? st.slice(0, m.index) : st;
};

/** The document's lines that hold text, each trimmed. */
export const lineItems = (doc: WorkDoc) => doc.items.flatMap((it) => (it.kind === "line" && it.line.text.trim() ? [Stitched.of(doc.text, it.line.start, it.line.start + it.line.text.length).trim()] : []));
