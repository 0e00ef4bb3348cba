import { describe, expect, it } from "vitest";
import { Stitched } from "./stitched.js";
import { bracketsNameUnits, findNames, groupName, hasResponsibility, namesResponsibility, splitNames } from "./units.js";
import type { Para } from "./types.js";

const st = (s: string) => Stitched.of(s, 0, s.length);
const names = (s: string, kind: "unit" | "person" = "unit") => splitNames(st(s), kind).map((n) => n.name);

describe("units and leaders", () => {
  it("splits unit lists and removes wrap artefacts", () => {
    expect(names("职成与学\n前教育股")).toEqual(["职成与学前教育股"]);
    expect(names("县 教 育 局 督 导 室、财 建 股")).toEqual(["县教育局督导室", "财建股"]);
    expect(names("县委、 县政府，县教育局")).toEqual(["县委", "县政府", "县教育局"]);
    expect(names("基教办\n教研室")).toEqual(["基教办", "教研室"]);
  });
  it("splits a unit cell broken after a complete name in traditional script too (xoffices23)", () => {
    expect(names("教務處\n體育組")).toEqual(["教務處", "體育組"]);
    expect(names("總務\n處")).toEqual(["總務處"]);
  });
  it("splits leader names with stray spaces", () => {
    expect(names("陈 玲玲  林海", "person")).toEqual(["陈玲玲", "林海"]);
    expect(names("陈玲玲、\n林海", "person")).toEqual(["陈玲玲", "林海"]);
  });
  it("reads the bracket closing the task's own paragraph, before a closing paragraph, and ends unit lists at bullets and labels", () => {
    const found = findNames(st("改造校舍。完成改造3处。（后勤科牵头，财务科、基教科配合）\n各单位要抓好落实，按时报送进展。"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:后勤科", "co:财务科", "co:基教科"]);
    const bullets = findNames(st("内容。\n- 牵头：信息中心\n- 配合：财务股、各中小学\n- 时限：2031年9月"), []);
    expect(bullets.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:信息中心", "co:财务股", "co:各中小学"]);
  });
  it("maps labels to roles", () => {
    const found = findNames(st("内容。（责任领导：陈玲玲、林海，责任股室：办公室、行政审批股）"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["leaders:陈玲玲", "leaders:林海", "lead:办公室", "lead:行政审批股"]);
    const both = findNames(st("牵头单位：督导室；配合单位：基础教育股、人事股。"), []);
    expect(both.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:督导室", "co:基础教育股", "co:人事股"]);
    const phrase = findNames(st("完成校舍改造。（县教育局牵头，县财政局、县住建局配合）"), []);
    expect(phrase.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:县教育局", "co:县财政局", "co:县住建局"]);
  });
  it("ends a label's value at another label after a space (a record's fields set on one line)", () => {
    const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
    expect(roles("（2）走廊堆放杂物。\n问题整改责任单位:县甲文化馆 整改时限:7天")).toEqual(["lead:县甲文化馆"]);
    expect(roles("清理围墙广告。\n责任单位：乙镇人民政府　完成时间：2031年5月")).toEqual(["lead:乙镇人民政府"]);
    expect(roles("责任单位：县教育局 基教股")).toEqual(["lead:县教育局基教股"]);
  });
  it("reads the brackets of bare units' names that close a plan's lines, where it closes two lines or more so", () => {
    const plan = "3.新建乡镇综合文化站12个。 (公共服务科、县文化馆)\n4.完成古建筑修缮5处。(文物保护科)\n";
    expect(bracketsNameUnits(plan)).toBe(true);
    // one such bracket is a place or a byline, no plan's form; nor are brackets of notes, dates or people
    expect(bracketsNameUnits("3.游园结束后到领奖处兑换奖品。(美术室)\n4.放学。")).toBe(false);
    expect(bracketsNameUnits("1.召开动员会。(另行通知)\n2.分组训练。(张明、李华)\n3.总结。(6月)")).toBe(false);
    // (a school's plan closing its items with their owners, people in most brackets and a body in one: the body's bracket
    // names a unit too — xevents; people alone name none)
    expect(bracketsNameUnits("1.出一期黑板报。(各班主任)\n2.课间播放歌曲。(广播站)\n3.读一本好书。(周某某、班主任)")).toBe(true);
    expect(bracketsNameUnits("1.出一期黑板报。(各班主任)\n2.读一本好书。(周某某、班主任)")).toBe(false);
    const roles = (s: string, lineBrackets = true) => findNames(st(s), [], { lineBrackets }).map((f) => `${f.role}:${f.name}`);
    expect(roles("3.新建乡镇综合文化站12个。 (公共服务科、县文化馆)")).toEqual(["lead:公共服务科", "lead:县文化馆"]);
    // the measures' brackets name the task's units, each once
    expect(roles("2.筹备阶段\n(1)制定活动方案。(少先队大队部)\n(2)布置展板。(美工组)\n(3)下发通知。(少先队大队部)")).toEqual(["lead:少先队大队部", "lead:美工组", "lead:少先队大队部"]);
    expect(roles("3.新建乡镇综合文化站12个。 (公共服务科、县文化馆)", false)).toEqual([]);
    // a unit field naming every body of a kind is copied as printed (xprose)
    expect(roles("（一）《溪川县河道管理条例》（全系统各单位、各部门）")).toEqual(["lead:全系统各单位", "lead:各部门"]);
    // a bracket that names the lead with its verb is read as before
    expect(roles("4.完成古建筑修缮5处。(文物保护科牵头,各乡镇配合)")).toEqual(["lead:文物保护科", "co:各乡镇"]);
  });
  it("reads a post alone made to answer for the work as the task's leader (xleaders22)", () => {
    const leaders = (s: string) => findNames(st(s), []).filter((f) => f.role === "leaders").map((f) => f.name);
    expect(leaders("1. 学校成立体育节工作小组，由校长牵头，体卫处、总务处等部门共同参与，确保活动有序。")).toEqual(["校长"]);
    expect(leaders("3、健全值班制度，由分管校长牵头，各年级组配合。")).toEqual(["分管校长"]);
    expect(leaders("2、落实食品安全责任制。学校园长全面抓，分管领导具体抓，保健医生重点抓。")).toEqual(["园长", "分管领导"]);
    // a post that leads others, heads a body, or every unit's own heads: none
    expect(leaders("由分管领导牵头责任部门，按期整改到位。")).toEqual([]);
    expect(leaders("学校膳食委员会应当由校长负责，组成人员包括家长代表。")).toEqual([]);
    expect(leaders("各责任单位要坚持主要负责人亲自抓、分管领导具体抓，办公室综合协调。")).toEqual([]);
    expect(leaders("要求各校校长全面抓，分管校长具体抓。")).toEqual([]);
    // a person named with the post is read as before
    expect(leaders("由王建国校长牵头，教务处配合。")).toEqual(["王建国"]);
  });
  it("reads a qualified person's label under a unit's label as a leader, not its qualifier as a unit", () => {
    const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
    expect(roles("修缮食堂。\n主管领导：赵立群\n责任单位：县教育局\n主要责任人：钱文涛\n完成时限：2031年6月")).toEqual(["leaders:赵立群", "lead:县教育局", "leaders:钱文涛"]);
    expect(roles("責任單位：县教育局\n主要責任人：钱文涛")).toEqual(["lead:县教育局", "leaders:钱文涛"]);
    expect(roles("责任单位：基教股\n具体责任人：孙晓\n直接责任人：周平")).toEqual(["lead:基教股", "leaders:孙晓", "leaders:周平"]);
  });
  it("names people's names found where units are looked for as leaders, never as units", () => {
    const roles = (s: string, cells: { role: "lead" | "co" | "responsible"; cell: Stitched }[] = []) => findNames(st(s), cells).map((f) => `${f.role}:${f.name}`);
    expect(roles("1、宣传组（赵文涛、钱 敏负责）\n（1）职责：布置会场。")).toEqual(["leaders:赵文涛", "leaders:钱敏"]);
    expect(roles("完成场地布置。（周海牵头，吴岚配合）")).toEqual(["leaders:周海", "leaders:吴岚"]);
    expect(roles("", [{ role: "lead", cell: st("孙立新") }])).toEqual(["leaders:孙立新"]);
    // (a town, a post or a list holding a unit stays as it is)
    expect(roles("", [{ role: "lead", cell: st("文昌镇") }])).toEqual(["lead:文昌镇"]);
    expect(roles("", [{ role: "lead", cell: st("王主任") }])).toEqual(["lead:王主任"]);
    // a list holding a unit and a person: the unit leads, the person answers for it
    expect(roles("完成场地布置。（总务处、马林负责）")).toEqual(["lead:总务处", "leaders:马林"]);
  });
  it("reads no unit from a group of people given the work in running text, but keeps it in a unit field", () => {
    const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
    expect(roles("3、6月上旬以班为单位排练节目，由各班班主任负责。")).toEqual([]);
    expect(roles("5、服装道具到位，各班教师负责。")).toEqual([]);
    expect(roles("2、节目彩排由全体辅导员负责。")).toEqual([]);
    // (a body with 各 still leads; a label names the group as printed)
    expect(roles("4、会场布置由各年级组负责。")).toEqual(["lead:各年级组"]);
    expect(roles("召开家长会。（责任部门：政教处、各班主任）")).toEqual(["lead:政教处", "lead:各班主任"]);
  });
  it("treats 责任部门 as co when a lead column exists", () => {
    const found = findNames(st(""), [
      { role: "lead", cell: st("县教育局") },
      { role: "responsible", cell: st("各乡镇党委、政府") },
    ]);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:县教育局", "co:各乡镇党委", "co:政府"]);
  });
  it("reads a unit cell \"A处会B\" as A leading with B (xoffices23), not a body's name ending in 会", () => {
    const roles = (cell: string) => findNames(st(""), [{ role: "lead", cell: st(cell) }]).map((f) => `${f.role}:${f.name}`);
    expect(roles("督查科会办公室")).toEqual(["lead:督查科", "co:办公室"]);
    expect(roles("财务处会資產管理中心")).toEqual(["lead:财务处", "co:資產管理中心"]);
    expect(roles("学生会办公室")).toEqual(["lead:学生会办公室"]);
    expect(roles("组委会办公室")).toEqual(["lead:组委会办公室"]);
  });
  it("does not split inside brackets", () => {
    expect(names("办公室、各乡（镇、街道）中心学校、县（市）直学校")).toEqual(["办公室", "各乡（镇、街道）中心学校", "县（市）直学校"]);
  });
  it("keeps a level word written alone before 、 with the body named after it", () => {
    expect(names("镇、乡（街道）文化站、市图书馆")).toEqual(["镇、乡（街道）文化站", "市图书馆"]);
    expect(names("市、区县（市）体育局")).toEqual(["市、区县（市）体育局"]);
    expect(names("县委、县政府")).toEqual(["县委", "县政府"]);
  });
  it("reads departments each with its person glued after it, the list running over a comma to 等人负责", () => {
    const found = findNames(st("10、奖杯和证书由美术系钱文涛，校团委罗小燕等人负责。"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:美术系", "leaders:钱文涛", "lead:校团委", "leaders:罗小燕"]);
  });
  it("keeps bracketed lists inside a labelled value", () => {
    const found = findNames(st("配合单位：财务科、各区（县、市）教育局"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["co:财务科", "co:各区（县、市）教育局"]);
  });
  it("joins a two-character name spaced out for alignment", () => {
    expect(names("王  芳", "person")).toEqual(["王芳"]);
    expect(names("赵 一 鸣、孙  磊", "person")).toEqual(["赵一鸣", "孙磊"]);
  });
  it("reads half-width labels and a label value broken over lines", () => {
    const found = findNames(st("改造操场。(责任领导:周平,责任股室:财务股、基建办)"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["leaders:周平", "lead:财务股", "lead:基建办"]);
    const broken = findNames(st("完成整改。（责任领导：周 平；\n责任股室：安全股）"), []);
    expect(broken.map((f) => `${f.role}:${f.name}`)).toEqual(["leaders:周平", "lead:安全股"]);
  });
});

describe("role labels and sentences (general forms)", () => {
  const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
  it("reads <role word><unit word> labels", () => {
    expect(roles("改造操场。（牵头科室：后勤科；配合科室：财务科、安全科；分管领导：王小明）")).toEqual(["lead:后勤科", "co:财务科", "co:安全科", "leaders:王小明"]);
    expect(roles("完成评估。牵头处室：督导处；协办科室：规划科；参与单位：各中学")).toEqual(["lead:督导处", "co:规划科", "co:各中学"]);
    expect(roles("建立台账。协同单位：信息中心；主责部门：办公室")).toEqual(["co:信息中心", "lead:办公室"]);
    expect(roles("推进改革。配合股室：人事股；责任股室：基教股")).toEqual(["co:人事股", "lead:基教股"]);
  });
  it("reads units stated in prose sentences", () => {
    expect(roles("开展专项检查。此项工作由安全科牵头，后勤科、各学校配合。")).toEqual(["lead:安全科", "co:后勤科", "co:各学校"]);
    expect(roles("完成校舍排查。由规划科负责，财务科配合。")).toEqual(["lead:规划科", "co:财务科"]);
    expect(roles("推进课程改革。教研室牵头，各中学配合。")).toEqual(["lead:教研室", "co:各中学"]);
    expect(roles("各学校负责组织实施，教研室配合。")).toEqual([]);
  });
  it("names leaders without their titles", () => {
    expect(findNames(st(""), [{ role: "leaders", cell: st("张三丰（副县长）\n李四（局长）") }]).map((f) => f.name)).toEqual(["张三丰", "李四"]);
  });
});

describe("responsibility lines of school plans and party-building plans", () => {
  const roles = (s: string, cells: { role: "lead" | "co" | "responsible" | "leaders"; cell: string }[] = []) =>
    findNames(st(s), cells.map((c) => ({ role: c.role, cell: st(c.cell) }))).map((f) => `${f.role}:${f.name}`);
  it("reads a bare 部门 label and 负责人 separated by a full-width space", () => {
    expect(roles("开展读书节活动。部门：教务处、图书馆　负责人：赵小川")).toEqual(["lead:教务处", "lead:图书馆", "leaders:赵小川"]);
    expect(roles("科室：后勤科　分管校长：钱多多、孙一")).toEqual(["lead:后勤科", "leaders:钱多多", "leaders:孙一"]);
  });
  it("reads the role that answers for a whole item (总指导, 总策划, 总协调, 负责教师) as its leader label", () => {
    expect(roles("升旗仪式总指导：韩立新")).toEqual(["leaders:韩立新"]);
    expect(roles("晚会总策划：秦 悦")).toEqual(["leaders:秦悦"]);
    expect(roles("时间：5月20日\n地点：操场\n负责教师：邵一鸣、柏青")).toEqual(["leaders:邵一鸣", "leaders:柏青"]);
    // counter-examples: a guiding idea is no role, and a teacher who only coaches is not put in charge
    expect(roles("总指导思想：坚持立德树人。")).toEqual([]);
    expect(roles("指导教师：邵一鸣")).toEqual([]);
  });
  it("reads the heads of each body (各节目责任人, 各分会主席) in a unit list or a person's label as leaders, never units", () => {
    expect(roles("排练节目。（牵头：音乐组、各节目责任人）")).toEqual(["lead:音乐组", "leaders:各节目责任人"]);
    expect(roles("组织报名。（责任人：各分会主席）")).toEqual(["leaders:各分会主席"]);
    // counter-examples: a collective of bodies stays a unit; 各责任人 alone names no one
    expect(roles("排练节目。（牵头：音乐组、各学校）")).toEqual(["lead:音乐组", "lead:各学校"]);
    expect(roles("各责任人要切实履行职责。")).toEqual([]);
  });
  it("reads a leader label set off by a dash, and names flagged as the main one (﹡), without the marks (xleaders17)", () => {
    expect(roles("1、宣传组：负责人――邵一鸣、柏青")).toEqual(["leaders:邵一鸣", "leaders:柏青"]);
    expect(roles("制作宣传版面。（负责人：﹡韩立新 秦悦）")).toEqual(["leaders:韩立新", "leaders:秦悦"]);
    // counter-examples: a dash after a work's name or after 负责 (a duty) is no label
    expect(roles("节目展示——音乐组")).toEqual([]);
    expect(roles("负责——做好宣传")).toEqual([]);
  });
  it("does not take an address line (各部门：) for a label", () => {
    expect(roles("局属各部门：请按要求报送材料。")).toEqual([]);
  });
  it("ends a leader's name at the line end, before a signature", () => {
    expect(roles("改造食堂。部门：总务处　负责人：吴刚\n青禾县实验中学")).toEqual(["lead:总务处", "leaders:吴刚"]);
  });
  it("reads labels on the line after the task, separated by full-width spaces", () => {
    expect(roles("推进品牌创建。培育示范支部8个。\n牵头领导：郑一　牵头科室：组织科　协办科室：宣传科、办公室")).toEqual([
      "leaders:郑一",
      "lead:组织科",
      "co:宣传科",
      "co:办公室",
    ]);
  });
  it("takes the unit marked （牵头） as lead and the rest of its list as co", () => {
    expect(roles("", [{ role: "responsible", cell: "人事科（牵头）、财务科、督导室" }])).toEqual(["lead:人事科", "co:财务科", "co:督导室"]);
    expect(roles("完成评估。责任单位：规划股、装备站（牵头）")).toEqual(["co:规划股", "lead:装备站"]);
    expect(roles("", [{ role: "lead", cell: "安全科、后勤科（配合）" }])).toEqual(["lead:安全科", "co:后勤科"]);
  });
});

describe("leader labels over lines", () => {
  it("continues a leader list on a line of names only", () => {
    expect(findNames(st("责任领导：张三\n李四"), []).map((f) => `${f.role}:${f.name}`)).toEqual(["leaders:张三", "leaders:李四"]);
  });
});

describe("leaders with their posts and unconventional labels", () => {
  it("drops the post written before a name or in brackets on a line of its own", () => {
    expect(names("副校长 周敏", "person")).toEqual(["周敏"]);
    expect(names("党组成员 陈志强", "person")).toEqual(["陈志强"]);
    expect(names("校长 刘建华、副局长 王海波", "person")).toEqual(["刘建华", "王海波"]);
    expect(names("刘建军\n（副县长）", "person")).toEqual(["刘建军"]);
    // two names spaced apart stay two people; a post alone is all the cell says
    expect(names("周敏 邓志坚", "person")).toEqual(["周敏", "邓志坚"]);
    expect(names("局长", "person")).toEqual(["局长"]);
  });
  it("reads 具体负责 as the lead and 责任人 as the leader", () => {
    const found = findNames(st("检查器材。\n责任人：副校长 周敏；具体负责：总务处；配合：各班主任"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["leaders:周敏", "lead:总务处", "co:各班主任"]);
  });
});

describe("协助 labels", () => {
  it("reads 协助单位 as assisting", () => {
    const found = findNames(st("改造校舍。（牵头单位：后勤科；协助单位：财务科）"), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:后勤科", "co:财务科"]);
  });
});

describe("a post glued to the name", () => {
  it("keeps the name only", () => {
    expect(names("副局长王海波", "person")).toEqual(["王海波"]);
    expect(names("王海波副局长、李红", "person")).toEqual(["王海波", "李红"]);
    expect(names("党组成员陈志强", "person")).toEqual(["陈志强"]);
    expect(names("王局长", "person")).toEqual(["王局长"]);
  });
});


describe("a labelled unit list that marks its lead and assisting units with role verbs", () => {
  const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
  it("splits 责任单位：A牵头，B、C配合 into lead and co, without the label or the verbs", () => {
    expect(roles("改造校舍。（责任单位：县甲局牵头，县乙局、县丙资源局配合；完成时限：2031年8月底前）")).toEqual(["lead:县甲局", "co:县乙局", "co:县丙资源局"]);
    for (const label of ["责任单位", "责任部门", "责任科室", "责任股室", "责任处室"])
      expect(roles(`开展培训。（${label}：人事股牵头，各乡镇人民政府、青山中学负责）`)).toEqual(["lead:人事股", "co:各乡镇人民政府", "co:青山中学"]);
    expect(roles("开展评估。（责任单位：督导股牵头，各乡镇人民政府、县甲局参与；完成时限：2031年12月）")).toEqual(["lead:督导股", "co:各乡镇人民政府", "co:县甲局"]);
    expect(roles("开展评估。责任单位：督导股牵头，各乡镇人民政府、县甲局配合。")).toEqual(["lead:督导股", "co:各乡镇人民政府", "co:县甲局"]);
  });
  it("reads 负责 as the lead unless a unit 牵头, and 政协办 as a unit", () => {
    expect(roles("开展评估。（责任单位：县甲局负责，县政协办、县乙局配合）")).toEqual(["lead:县甲局", "co:县政协办", "co:县乙局"]);
    expect(roles("开展评估。（责任单位：县政协办、县乙局、各乡镇人民政府）")).toEqual(["lead:县政协办", "lead:县乙局", "lead:各乡镇人民政府"]);
  });
  it("keeps separate lead and co labels as they are", () => {
    expect(roles("开展评估。（牵头单位：县甲局；配合单位：基教股、青山中学；完成时限：2031年6月）")).toEqual(["lead:县甲局", "co:基教股", "co:青山中学"]);
  });
  it("reads the same split without a label, with 由 and with 、 between the clauses", () => {
    expect(roles("开展评估。（由县甲局牵头，基教股、青山中学配合）")).toEqual(["lead:县甲局", "co:基教股", "co:青山中学"]);
    expect(roles("开展评估。（县甲局牵头、基教股配合）")).toEqual(["lead:县甲局", "co:基教股"]);
    expect(roles("开展评估。县甲局牵头、各乡镇人民政府配合。")).toEqual(["lead:县甲局", "co:各乡镇人民政府"]);
  });
  it("takes a plain 责任单位 list without role verbs as all lead", () => {
    expect(roles("开展评估。（责任单位：县甲局，基教股、青山中学；完成时限：2031年6月）")).toEqual(["lead:县甲局", "lead:基教股", "lead:青山中学"]);
  });
});

describe("leaders named with their posts, under groups and in weekly plans", () => {
  // (a name read twice, by a label and by its line, is kept once when the task is assembled)
  const found = (s: string) => [...new Set(findNames(st(s), []).map((n) => `${n.role}:${n.name}`))].sort();
  it("reads a person with a post who leads a group as a leader, and each unit line under it", () => {
    expect(found("1、后勤保障组（周强副校长牵头）\n总 务 处――责任人林海主任，负责物资。\n安保处——责任人：孙立，负责门岗。")).toEqual(
      ["leaders:周强", "lead:总务处", "leaders:林海", "lead:安保处", "leaders:孙立"].sort(),
    );
    expect(found("2、卫生组（吴刚副校长牵头）\n后勤处――责任人赵")).toEqual(["leaders:吴刚", "lead:后勤处"].sort());
  });
  it("reads 由X校长负责 as a leader", () => {
    expect(found("对食堂管理的问题，由邹明副校长负责整改。")).toEqual(["leaders:邹明"]);
  });
  it("writes a teacher without 老师, keeps a surname alone, and ends the list before a clause that is no name", () => {
    expect(found("消防演练（责任人：青青老师）")).toEqual(["leaders:青青"]);
    expect(found("资料上报（责任人：何）")).toEqual(["leaders:何"]);
    expect(found("升旗仪式（责任人：朵朵，参加班级中二、大一）")).toEqual(["leaders:朵朵"]);
  });
});

describe("group members", () => {
  it("reads the names of each group line as leaders, not the area it covers", async () => {
    const { extractPlan } = await import("../index.js");
    const text = ["青禾县教育督导室关于开展专项督导的通知", "一、督导时间", "5月10日至5月20日。", "二、分组安排", "第一组：王明   李华        东湖片区", "第二组：惠平、赵小燕   西山片区", "三、督导方式", "听取汇报，实地查看。"].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.find((t) => t.title === "分组安排")?.leaders).toEqual(["王明", "李华", "惠平", "赵小燕"]);
  });
});

describe("spaced names", () => {
  it("splits two spaced-out two-character names run together (王 明李 华)", () => {
    expect(splitNames(st("王 明李 华"), "person").map((n) => n.name)).toEqual(["王明", "李华"]);
    expect(splitNames(st("俞 悦"), "person").map((n) => n.name)).toEqual(["俞悦"]);
  });
});

describe("how a unit takes its part (按职责分工负责, 积极配合, 牵头负责)", () => {
  const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
  it("keeps the manner out of the unit's name and reads 负责 beside a lead as assisting", () => {
    expect(roles("推进校舍维修改造。县教育局牵头，县财政局、县发改委按职责分工负责。")).toEqual(["lead:县教育局", "co:县财政局", "co:县发改委"]);
    expect(roles("推进校舍维修改造（县教育局、县财政局按职责分工负责）")).toEqual(["lead:县教育局", "lead:县财政局"]);
    expect(roles("推进校舍维修改造（基建股牵头，财务股积极配合）")).toEqual(["lead:基建股", "co:财务股"]);
  });
  it("reads 由X牵头负责 and stops at a clause that names no role", () => {
    expect(roles("推进校舍维修改造。此项工作由基建股牵头负责，各学校具体落实。")).toEqual(["lead:基建股"]);
    expect(roles("推进校舍维修改造。由基建股牵头负责，财务股配合。")).toEqual(["lead:基建股", "co:财务股"]);
    expect(roles("修订议事规则。此项工作由组织人事处牵头，机关党委、基础教育处配合。")).toEqual(["lead:组织人事处", "co:机关党委", "co:基础教育处"]);
    expect(roles("完善学习制度。此项工作由机关党委牵头，办公室、组织人事处配合。")).toEqual(["lead:机关党委", "co:办公室", "co:组织人事处"]);
    expect(roles("开展专项整治。各学校负责组织实施。")).toEqual([]);
  });
});

describe("more labels of the responsible unit", () => {
  const roles = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
  it("reads 责任主体 / 实施主体 / 承担单位 / 落实单位 as the responsible unit", () => {
    expect(roles("推进校舍维修改造。（责任主体：基建股）")).toEqual(["lead:基建股"]);
    expect(roles("推进校舍维修改造。（实施主体：基建股）")).toEqual(["lead:基建股"]);
    expect(roles("推进校舍维修改造。（承担单位：基建股；配合单位：财务股）")).toEqual(["lead:基建股", "co:财务股"]);
    expect(roles("推进校舍维修改造。（落实单位：基建股）")).toEqual(["lead:基建股"]);
  });
});

describe("leaders named by their posts (issue 9 recall)", () => {
  const found = (s: string) => [...new Set(findNames(st(s), []).map((n) => `${n.role}:${n.name}`))].sort();
  it("reads 分管局长/包保领导/牵头县领导 labels as leaders", () => {
    expect(found("开展督导评估。分管局长：吴九")).toEqual(["leaders:吴九"]);
    expect(found("推进课后服务。包保领导：钱一，责任股室：基教股")).toEqual(["leaders:钱一", "responsible:基教股"].map((x) => x.replace("responsible", "lead")).sort());
    expect(found("完成校园改造（牵头县领导：孙立）")).toEqual(["leaders:孙立"]);
  });
  it("reads a closing bracket of people with their posts, spaced or glued, and nothing else in brackets", () => {
    expect(found("推进智慧校园建设（局长 郑十）。")).toEqual(["leaders:郑十"]);
    expect(found("加强食堂管理（王海波副局长、李敏主任）")).toEqual(["leaders:李敏", "leaders:王海波"]);
    expect(found("完成校舍维修（基建股负责）")).toEqual(["lead:基建股"]);
    expect(found("开展读书活动（每月一次）")).toEqual([]);
  });
});

describe("a unit cell naming its person, and labels in traditional script", () => {
  const found = (s: string, role: "lead" | "responsible" = "responsible") => [...new Set(findNames(st(""), [{ role, cell: st(s) }]).map((n) => `${n.role}:${n.name}`))].sort();
  it("reads 基建股 张三 and 基教股（李四） as the unit and its person, not 教育局 高中部 nor 基教股（牵头）", () => {
    expect(found("基建股 张三")).toEqual(["lead:基建股", "leaders:张三"]);
    expect(found("基教股（李四）")).toEqual(["lead:基教股", "leaders:李四"]);
    expect(found("县教育局 高中部")).toEqual(["lead:县教育局高中部"]);
    expect(found("基教股（牵头）、人事股")).toEqual(["co:人事股", "lead:基教股"]);
  });
  it("reads 責任領導/分管領導 labels", () => {
    const names = (s: string) => [...new Set(findNames(st(s), []).map((n) => `${n.role}:${n.name}`))].sort();
    expect(names("推進義務教育優質均衡發展。（責任領導：張三；責任股室：基教股）")).toEqual(["lead:基教股", "leaders:張三"]);
  });
});

describe("a unit in a person's cell", () => {
  const found = (s: string) => [...new Set(findNames(st(""), [{ role: "leaders", cell: st(s) }]).map((n) => `${n.role}:${n.name}`))].sort();
  it("reads 教务处 in a 负责人 cell as the unit that does the work, the person beside it as the leader", () => {
    expect(found("教务处\n张三")).toEqual(["lead:教务处", "leaders:张三"]);
    expect(found("大队部")).toEqual(["lead:大队部"]);
    expect(found("王五、赵六")).toEqual(["leaders:王五", "leaders:赵六"]);
  });
  it("reads a school's subject or working group in a 负责人 cell as the unit (项目负责人：美术组), not a numbered team", () => {
    expect(found("音乐组")).toEqual(["lead:音乐组"]);
    expect(found("综合实践组")).toEqual(["lead:综合实践组"]);
    expect(found("第二组")).not.toContain("lead:第二组");
    const inItems = findNames(st("（三）竞赛安排\n1、航模比赛，项目负责人：孙一鸣\n2、手工制作，项目负责人：劳技组"), []).map((n) => `${n.role}:${n.name}`);
    expect(inItems).toEqual(["leaders:孙一鸣", "lead:劳技组"]);
  });
  it("reads a group of people in a 负责人 cell (各班…, …成员, 全体…) as the unit that does the work", () => {
    expect(found("各班班主任")).toEqual(["lead:各班班主任"]);
    expect(found("各年级组长")).toEqual(["lead:各年级组长"]);
    expect(found("家委会成员")).toEqual(["lead:家委会成员"]);
    expect(found("全体体育教师")).toEqual(["lead:全体体育教师"]);
    expect(found("张三")).toEqual(["leaders:张三"]);
  });
  it("keeps every post of a cell that names only posts (校长、德育主任), and drops posts beside a name", () => {
    expect(found("校长、德育主任")).toEqual(["leaders:德育主任", "leaders:校长"]);
    expect(found("副校长、教务主任")).toEqual(["leaders:副校长", "leaders:教务主任"]);
    expect(found("分管副局长、办公室主任")).toEqual(["leaders:分管副局长", "leaders:办公室主任"]);
    expect(found("教务主任 周敏")).toEqual(["leaders:周敏"]);
  });
});

describe("posts around a leader's name in a cell", () => {
  const found = (s: string) => findNames(st(""), [{ role: "leaders", cell: st(s) }]).map((n) => `${n.role}:${n.name}`);
  it("keeps the name only, however many posts and bodies are written with it, and a post alone as it is", () => {
    expect(found("县委常委、副县长 张三")).toEqual(["leaders:张三"]);
    expect(found("县政府副县长张三")).toEqual(["leaders:张三"]);
    expect(found("常务副县长 刘明")).toEqual(["leaders:刘明"]);
    expect(found("党组书记、局长 陈强")).toEqual(["leaders:陈强"]);
    expect(found("教育局党组成员、副局长  孙丽")).toEqual(["leaders:孙丽"]);
    expect(found("局长")).toEqual(["leaders:局长"]);
  });
  it("reads the unit a clause names with 由 after the work, in either script, and never the work as a unit", () => {
    const roles = (t: string) => findNames(st(t), []).map((f) => `${f.role}:${f.name}`);
    expect(roles("2、布置会场、调试音响，背景板制作由宣传部负责。")).toEqual(["lead:宣传部"]);
    expect(roles("7、全校停课，通知由教務處負責落實。")).toEqual(["lead:教務處"]);
    expect(roles("9、器材清点和裁判员培训由体育系负责")).toEqual(["lead:体育系"]);
    expect(roles("4、检查评比由各班自行安排")).toEqual([]);
    expect(roles("5、值班人员的休假，由相关部门另行安排。")).toEqual([]);
    // an event hosted by a body: "X由Y承办" (xrepeat17); a class that hosts it is no unit
    expect(roles("1、定点投篮赛由篮球兴趣协会承办")).toEqual(["lead:篮球兴趣协会"]);
    expect(roles("2、班级联欢会由各班自行承办")).toEqual([]);
    // a sentence that divides the work keeps its assisting units
    expect(roles("开展学习。此项工作由机关党委牵头，办公室、人事处配合。")).toEqual(["lead:机关党委", "co:办公室", "co:人事处"]);
  });
  it("splits a person's name glued after a department's name, never a department's own words", () => {
    const roles = (cell: string) => findNames(st("x"), [{ role: "lead", cell: st(cell) }]).map((f) => `${f.role}:${f.name}`);
    expect(roles("学工部王锐")).toEqual(["lead:学工部", "leaders:王锐"]);
    expect(roles("县教育局基教科")).toEqual(["lead:县教育局基教科"]);
    expect(roles("学生会体育部")).toEqual(["lead:学生会体育部"]);
    expect(roles("工会主席")).toEqual(["lead:工会主席"]);
  });
});

describe("a programme's 负责人 column", () => {
  const cell = (s: string) => findNames(st(""), [{ role: "leaders", cell: st(s) }]).map((n) => [n.role, n.name]);
  it("keeps every post of a list of posts, a post named by its line of work included", () => {
    expect(cell("校长、德育主任")).toEqual([["leaders", "校长"], ["leaders", "德育主任"]]);
    expect(cell("副校長、教務處主任")).toEqual([["leaders", "副校長"], ["leaders", "教務處主任"]]);
    expect(cell("分管副校长、年级组长")).toEqual([["leaders", "分管副校长"], ["leaders", "年级组长"]]);
    // (a name with a post beside it is still the person)
    expect(cell("副校长 周敏")).toEqual([["leaders", "周敏"]]);
  });
  it("reads people named as a group as the row's doers, not as leaders", () => {
    expect(cell("各班班主任")).toEqual([["lead", "各班班主任"]]);
    expect(cell("家委会成员")).toEqual([["lead", "家委会成员"]]);
    expect(cell("全體教師")).toEqual([["lead", "全體教師"]]);
    expect(cell("学生会干部")).toEqual([["lead", "学生会干部"]]);
  });
});

describe("a body's name and a collective in one cell, a space between (xunits11)", () => {
  it("splits a body and a collective named by its kind", () => {
    expect(names("区城投集团 各有关乡镇（街道）")).toEqual(["区城投集团", "各有关乡镇（街道）"]);
    expect(names("市卫健委 相关县区")).toEqual(["市卫健委", "相关县区"]);
    expect(names("县住建局 有关单位")).toEqual(["县住建局", "有关单位"]);
    // (a department of the body before it stays one name)
    expect(names("县教育局 基教股")).toEqual(["县教育局基教股"]);
  });
});

describe("names run together in a person's cell", () => {
  it("cuts them where each part opens with a surname, only when one cut does", async () => {
    const { gluedNames } = await import("./units.js");
    expect(gluedNames("王丽芳赵强")).toEqual(["王丽芳", "赵强"]);
    expect(gluedNames("刘洋陈静")).toEqual(["刘洋", "陈静"]);
    expect(gluedNames("教务处主任")).toBeNull();
    expect(gluedNames("全体教师")).toBeNull();
  });
});

describe("负责 alone as a label", () => {
  const roles = (s: string) => findNames(st(s), []).map((n) => `${n.role}:${n.name}`);
  it("names the lead when a unit's name follows, in either script", () => {
    expect(roles("二、书法展评\n1、负责：教务处、美术组\n2、时间：五月")).toEqual(["lead:教务处", "lead:美术组"]);
    expect(roles("1、負責：總務處")).toEqual(["lead:總務處"]);
  });
  it("is no label after a word, nor before a duty or a person", () => {
    expect(roles("宣传组负责：制作展板")).toEqual([]);
    expect(roles("1、负责：做好场地布置")).toEqual([]);
  });
});

describe("a unit list's clause of the work", () => {
  it("takes no unit from a piece that says when or how the work is done", () => {
    expect(names("县财政局、县审计局，9月底完成")).toEqual(["县财政局", "县审计局"]);
    expect(names("各年级组，以年级为单位组织募捐")).toEqual(["各年级组"]);
    expect(names("县教育局，根据方案组织验收")).toEqual(["县教育局"]);
    expect(names("2031级学生会、团委")).toEqual(["2031级学生会", "团委"]);
  });
});

describe("a name with the part it plays in a person's cell", () => {
  const cell = (s: string) => findNames(st(""), [{ role: "leaders", cell: st(s) }]).map((f) => `${f.role}:${f.name}`);
  it("keeps the names before 协助 and 配合 as leaders", () => {
    expect(cell("孙立新（拟定方案） 钱晓敏、周文涛协助")).toEqual(["leaders:孙立新", "leaders:钱晓敏", "leaders:周文涛"]);
    expect(cell("吴国梁、郑海燕配合")).toEqual(["leaders:吴国梁", "leaders:郑海燕"]);
    expect(cell("馮子健協助")).toEqual(["leaders:馮子健"]);
    // a surname outside the list, among other people's names
    expect(cell("禹明澄、周文涛协助")).toEqual(["leaders:禹明澄", "leaders:周文涛"]);
    // a body's name before the word is no person
    expect(cell("教务处协助")).not.toContain("leaders:教务处");
  });
});

describe("a person declared the one who answers for the work", () => {
  const found = (s: string) => findNames(st(s), []).map((f) => `${f.role}:${f.name}`);
  it("reads the name before its post and 是/为…第一责任人", () => {
    expect(found("一、郑国华校长是学校防汛工作的第一责任人，对全校防汛负总责。")).toContain("leaders:郑国华");
    expect(found("宋丽娟副校长为本项活动负责人；政教处具体实施。")).toContain("leaders:宋丽娟");
    // a surname outside the list
    expect(found("禹明澄校长是学校安全工作的第一责任人。")).toContain("leaders:禹明澄");
  });
  it("reads no post alone, nor a name not declared so", () => {
    expect(found("校长是学校防汛工作的第一责任人。").some((f) => f.startsWith("leaders:"))).toBe(false);
    expect(found("郑国华校长出席会议并讲话。").some((f) => f.startsWith("leaders:"))).toBe(false);
    expect(found("成立以园长为组长的工作小组，园长为第一责任人。").some((f) => f.startsWith("leaders:"))).toBe(false);
  });
});

describe("grades sharing the bodies named after the last one", () => {
  it("keeps 初一、初二各团支部 one entry, and two grades alone two", () => {
    expect(names("初一、初二各团支部")).toEqual(["初一、初二各团支部"]);
    expect(names("高一、高二年级组")).toEqual(["高一、高二年级组"]);
    expect(names("初一、初二")).toEqual(["初一", "初二"]);
    expect(names("初一、教务处")).toEqual(["初一", "教务处"]);
  });
});

describe("hasResponsibility", () => {
  it("finds a label, a bracketed lead and a sentence that names who leads", () => {
    expect(hasResponsibility("牵头单位：基教股")).toBe(true);
    expect(hasResponsibility("负责人:李某")).toBe(true);
    expect(hasResponsibility("总负责人——王某某")).toBe(true);
    expect(hasResponsibility("开展劳动教育周（县教研室牵头，各校配合）")).toBe(true);
    expect(hasResponsibility("此项工作由安全股牵头，各校配合。")).toBe(true);
  });

  it("finds none in a text without a label's colon or a word that leads", () => {
    expect(hasResponsibility("做好学期末工作")).toBe(false);
    expect(hasResponsibility("认真负责，扎实推进")).toBe(false);
    expect(hasResponsibility("各校要落实责任")).toBe(false);
  });
});

describe("groupName", () => {
  const whole = (n: number) => new RegExp(`^${groupName(n)}$`, "u");
  it("takes a working group by name, not a numbered team nor 小组/分组 alone", () => {
    expect(whole(5).test("器材组")).toBe(true);
    expect(whole(5).test("宣傳組")).toBe(true);
    expect(whole(8).test("安全后勤保障组")).toBe(true);
    expect(whole(5).test("安全后勤保障组")).toBe(false);
    for (const s of ["第三组", "第十二组", "一百组", "小组", "分组", "各组"]) expect(whole(8).test(s)).toBe(false);
  });
});

describe("a unit label written as a sentence's subject (xunits24)", () => {
  const found = (s: string) => findNames(st(s), []).map((n) => [n.role, n.name]);
  it("reads the units after 为 / 是, one label a clause or several in a row", () => {
    expect(found("（一）进度督办组：由各项目负责人检核。甲项目之主责单位为综合办、乙项目之主责单位为教务处、丙项目之主责单位为实训中心。")).toEqual([
      ["lead", "综合办"],
      ["lead", "教务处"],
      ["lead", "实训中心"],
    ]);
    expect(found("二、改造校舍。牵头部门是县教育局和县财政局，配合单位为县住建局。")).toEqual([
      ["lead", "县教育局"],
      ["lead", "县财政局"],
      ["co", "县住建局"],
    ]);
    // traditional script
    expect(found("（二）評鑑組：本案之主責單位為學務處。")).toEqual([["lead", "學務處"]]);
  });
  it("takes no unit from a copula that names no body", () => {
    expect(found("三、压实责任。牵头科室是任务落实的第一责任主体。")).toEqual([]);
    expect(found("四、以学校为单位组织报名。")).toEqual([]);
  });
});

describe("a unit label with its alternative in brackets, and a value that runs on into the text (xunits24)", () => {
  const found = (s: string) => findNames(st(s), []).map((n) => [n.role, n.name]);
  it("reads 责任科室（单位）： as the label", () => {
    expect(found("（一）开展培训服务专项行动，深入开展专项活动，责任科室(单位):培训科、职介中心分别牵头，")).toEqual([
      ["lead", "培训科"],
      ["lead", "职介中心"],
    ]);
    expect(found("（二）完善制度。\n牵头单位（部门）：县教育局")).toEqual([["lead", "县教育局"]]);
  });
  it("ends the list at a clause that names work, not bodies", () => {
    expect(found("（三）推进宣传，责任科室(单位):宣传科牵头,(四)开展信息报送专项行动,局综合科将举措列入跟踪落实范围。")).toEqual([["lead", "宣传科"]]);
    expect(found("1.改造校舍。责任单位：县教育局牵头，县财政局、县住建局。")).toEqual([
      ["lead", "县教育局"],
      ["co", "县财政局"],
      ["co", "县住建局"],
    ]);
  });
});

describe("a working group's members named as bodies (xunits24)", () => {
  const found = (s: string) => findNames(st(s), []).map((n) => [n.role, n.name]);
  it("reads the bodies after 成员： as the group's units", () => {
    expect(found("1、宣传报道组（甲乙丙、丁戊负责） (1)职责：布置会场，负责摄影。 (2)成员：德育处、信息组。")).toEqual([
      ["lead", "德育处"],
      ["lead", "信息组"],
    ]);
    // traditional script
    expect(found("2、聯絡組 (1)職責：聯絡各組。 (2)成員：校長室、辦公室。")).toEqual([
      ["lead", "校長室"],
      ["lead", "辦公室"],
    ]);
  });
  it("takes no unit from a roster of people", () => {
    expect(found("3、后勤组\n成员：李绍华 张萍 王林")).toEqual([]);
    expect(found("4、后勤组\n成员：李绍华、张萍")).toEqual([]);
  });
});

describe("units named without a label, read in order until one is found", () => {
  const names = (s: string) => findNames(Stitched.of(s, 0, s.length), []).map((n) => [n.role, n.name]);
  it("reads a group's member bodies only where no copula label named a unit", () => {
    expect(names("(2)成员：政教处、电教组。")).toEqual([
      ["lead", "政教处"],
      ["lead", "电教组"],
    ]);
    expect(names("主责单位为教务处。(2)成员：政教处、电教组。")).toEqual([["lead", "教务处"]]);
  });
  it("reads the unit a clause ends by where nothing else named one", () => {
    expect(names("停课通知由教务处负责落实。")).toEqual([["lead", "教务处"]]);
  });
});

describe("namesResponsibility", () => {
  const paras = (...lines: string[]) => lines.map((l) => ({ st: Stitched.literal(l) }) as Para);
  it("tells a plan that hands out its work from one that does not", () => {
    expect(namesResponsibility(paras("一、加强食堂管理", "各校每周自查一次。（责任科室：后勤科）"))).toBe(true);
    expect(namesResponsibility(paras("一、加强食堂管理", "此项工作由后勤科牵头，各校配合。"))).toBe(true);
    expect(namesResponsibility(paras("一、加强食堂管理", "各校每周自查一次。"))).toBe(false);
  });
});

describe("posts beside posts in a person's cell (xpeople)", () => {
  const leaders = (cell: string) => findNames(st(""), [{ role: "leaders", cell: st(cell) }]).filter((f) => f.role === "leaders").map((f) => f.name);
  it("keeps every post where no person's name is among them: they are all the cell says", () => {
    expect(names("训育组长\n教官", "person")).toEqual(["训育组长", "教官"]);
    expect(leaders("训育组长\n教官")).toEqual(["训育组长", "教官"]);
    expect(leaders("卫生组长 护理师")).toEqual(["卫生组长", "护理师"]);
  });
  it("still drops the posts around a name", () => {
    expect(names("训育组长\n周敏", "person")).toEqual(["周敏"]);
    expect(leaders("副校长 周敏\n教官")).toEqual(["周敏", "教官"]);
  });
});
