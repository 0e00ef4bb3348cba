// Units and people named by their place in the text (written cases, issue 9): a part headed by a
// department with its contacts, a working group's roster, an item headed by a unit, people listed
// under a label that ends its line.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { bodyHeading, groupOverItsRoster, groupRoster, isUnitName, partContacts, peopleOnLabel, unitHeadingItem } from "./rosters.js";
import { Stitched } from "./stitched.js";
import { findNames } from "./units.js";

const st = (s: string) => Stitched.of(s, 0, s.length);
const plan = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan;

describe("department names", () => {
  it("takes a department's own name, not a topic or an address", () => {
    for (const n of ["教务处", "校长办公室", "后勤集团", "高二年级组", "学生管理部门", "医务室", "团委"]) expect(isUnitName(n), n).toBe(true);
    for (const n of ["各部门", "组织领导", "工作职责", "领导小组", "宣传发动", "安全工作", "有关科室"]) expect(isUnitName(n), n).toBe(false);
  });
});

describe("an item headed by a unit", () => {
  it("reads the unit before a colon, before 负责人 and on a heading line of its own", () => {
    expect(unitHeadingItem(st("3. 总务处负责人：负责校舍设备的检修维护。"))?.text).toBe("总务处");
    expect(unitHeadingItem(st("（二）政教处：负责学生日常行为管理。"))?.text).toBe("政教处");
    // (a government or a people's organisation heading its share of a 职责分工, xnotices; not without its colon)
    expect(unitHeadingItem(st("（一）各级人民政府：对本区域控辍工作负主要责任。"))?.text).toBe("各级人民政府");
    expect(unitHeadingItem(st("（四）县妇联：开展家庭教育指导。"))?.text).toBe("县妇联");
    expect(unitHeadingItem(st("（一）各级人民政府高度重视控辍工作。"))).toBeNull();
    expect(unitHeadingItem(st("1. 成立校务评鉴推动委员会：由校长召集。"))).toBeNull();
    expect(unitHeadingItem(st("2. 信息中心\n- 负责校园网络的维护。"))?.text).toBe("信息中心");
    expect(unitHeadingItem(st("2. 加强队伍建设：开展培训。"))).toBeNull();
    expect(unitHeadingItem(st("1. 县图书馆"))).toBeNull();
  });
  it("reads a working group of the plan before a colon, not a roster's group nor a leading group", () => {
    expect(unitHeadingItem(st("2. 场地保障小组：负责比赛场地的划线与器材摆放。"))?.text).toBe("场地保障小组");
    expect(unitHeadingItem(st("3.奖品发放组：\n组长：某某\n职责：负责奖品的采购。"))?.text).toBe("奖品发放组");
    expect(unitHeadingItem(st("2.裁判工作组组 长:某某 副组长:某某"))).toBeNull();
    expect(unitHeadingItem(st("1. 安全工作领导小组：负责全面统筹。"))).toBeNull();
    expect(unitHeadingItem(st("4. 成立评审小组：由教研组长组成。"))).toBeNull();
  });
  it("gives the unit as the lead and no leader from a duty after 负责人：", async () => {
    const p = await plan("某校安全职责分工\n一、成员职责\n1. 总务处负责人：负责校舍、消防器材、水电线路的检查维护，确保安全。\n2. 政教处负责人：负责学生安全教育、心理疏导等工作。\n");
    expect(p.tasks.map((t) => [t.lead, t.leaders])).toEqual([[["总务处"], []], [["政教处"], []]]);
  });
});

describe("a part headed by a department", () => {
  it("reads the contacts under the heading: labelled people, a names-only line, another unit with its person", () => {
    const c = partContacts(st("联系人：韩立新\n葛 涛\n信息中心：罗平\n"));
    expect(c.leaders.map((n) => n.name)).toEqual(["韩立新", "葛涛", "罗平"]);
    expect(c.units.map((n) => n.name)).toEqual(["信息中心"]);
  });
  it("gives each item its part's department, contacts and assisting unit", async () => {
    const text = [
      "校庆活动各部门分工",
      "一、党政办公室",
      "联系人：韩立新",
      "（一）负责起草校庆致辞。",
      "（二）负责嘉宾接待安排。",
      "二、总务处",
      "联系人：葛 涛",
      "信息中心：罗平",
      "（一）负责会场布置。",
      "（二）保证水电供应。",
    ].join("\n");
    const p = await plan(text);
    expect(p.tasks.map((t) => [t.lead.join(), t.co.join(), t.leaders.join()])).toEqual([
      ["党政办公室", "", "韩立新"],
      ["党政办公室", "", "韩立新"],
      ["总务处", "信息中心", "葛涛,罗平"],
      ["总务处", "信息中心", "葛涛,罗平"],
    ]);
  });
  it("leaves topic headings alone", async () => {
    const p = await plan("某校工作安排\n一、教学工作\n1. 开展听课评课活动。\n二、德育工作\n1. 开展主题班会。\n");
    expect(p.tasks.every((t) => !t.lead.length && !t.leaders.length)).toBe(true);
  });
});

describe("a working group's roster", () => {
  it("reads the group's name and its heads, with labels and names spaced out, not its members", () => {
    const r = groupRoster(st("3.后勤服务组组\n长:孙建华副组长:周 敏 吴 越成 员:郑一鸣 何 洁职责:①负责饮水供应;②负责场地清扫。"));
    expect(r?.name?.text).toBe("后勤服务组");
    expect(r?.leaders.map((n) => n.name)).toEqual(["孙建华", "周敏", "吴越"]);
    expect(groupRoster(st("1. 加强安全教育，组长要带头。"))).toBeNull();
  });
  it("names the task by its group and its heads as leaders", async () => {
    const text = "运动会分组及职责\n一、分组安排及职责\n1.后勤服务组组 长:孙建华副组长:周 敏成 员:郑一鸣职责:①负责饮水供应;②负责场地清扫。\n2.宣传报道组组 长:钱立新副组长:冯 佳 卫东成 员:许多职责:①负责广播稿件收集。\n";
    const p = await plan(text);
    expect(p.tasks.map((t) => [t.title, t.leaders.join()])).toEqual([
      ["后勤服务组", "孙建华,周敏"],
      ["宣传报道组", "钱立新,冯佳,卫东"],
    ]);
  });
});

describe("people listed under a label that ends its line", () => {
  it("reads the names after each part of the work, line by line, and stops at prose", () => {
    const found = findNames(st("4.安全负责人:\n总协调:孔德明\n初一年级:曹丽;初二年级:严峻\n校区:华春、金涛。\n其中用车由金涛老师负责。"), []);
    expect(found.filter((f) => f.role === "leaders").map((f) => f.name)).toEqual(["孔德明", "曹丽", "严峻", "华春", "金涛"]);
  });
});

describe("a step of the work is no unit's name (xunits11)", () => {
  it("tells a body set up or a verb ending in 办 from a department", () => {
    expect(isUnitName("议决督办")).toBe(false);
    expect(isUnitName("事项交办")).toBe(false);
    expect(isUnitName("成立安全工作委员会")).toBe(false);
    expect(isUnitName("组建志愿服务中心")).toBe(false);
    expect(isUnitName("党政办")).toBe(true);
    expect(isUnitName("安全委员会")).toBe(true);
  });
});

describe("groups over their duties, at whatever level they are numbered (xgroups16)", () => {
  it("reads the body a heading names and nothing else", () => {
    expect(bodyHeading("、器材组")).toBe("器材组");
    expect(bodyHeading("总务处")).toBe("总务处");
    expect(bodyHeading("宣传组负责人（赵甲、钱乙）职责：")).toBe("宣传组");
    expect(bodyHeading("各班负责人（一班：孙丙、二班：李丁）")).toBeNull();
    expect(bodyHeading("各班负责人（一班：孙丙、二班：李丁）", true)).toBe("各班负责人");
    expect(bodyHeading("领导小组")).toBeNull();
    expect(bodyHeading("加强宣传组织工作")).toBeNull();
  });
  it("reads the heads a body's heading names in brackets after their post", () => {
    const r = groupRoster(st("（一）宣传组负责人（赵甲、钱乙）职责：\n（1）负责海报制作；"));
    expect(r?.name?.text).toBe("宣传组");
    expect(r?.leaders.map((n) => n.name)).toEqual(["赵甲", "钱乙"]);
    // (the group heads the item by its head's post, as "教务处负责人：" does a unit)
    expect(unitHeadingItem(st("（一）宣传组负责人（赵甲、钱乙）职责：\n（1）负责海报制作；"))?.text).toBe("宣传组");
    expect(unitHeadingItem(st("（二）各班负责人（一班：孙丙）"))).toBeNull();
    expect(groupRoster(st("（二）各班负责人（一班：孙丙、二班：李丁）"))?.leaders.map((n) => n.name)).toEqual(["孙丙", "李丁"]);
  });
  it("makes each group under a heading of groups and duties a task, its duties the measures", async () => {
    const text = [
      "某校秋游活动方案",
      "一、活动时间：10月20日",
      "二、活动安排",
      "1、领导小组组长：周戊",
      "领导小组成员：吴己、郑庚",
      "2、各工作小组及职责：",
      "（一）安全组负责人（王辛、冯壬）职责：",
      "（1）负责路线勘察；",
      "（2）负责途中清点人数。",
      "（二）后勤组负责人（陈癸）职责：",
      "（1）负责车辆联系；",
      "（2）负责午餐准备。",
    ].join("\n");
    const p = await plan(text);
    expect(p.tasks.map((t) => [t.title, t.leaders.join()])).toEqual([
      ["安全组", "王辛,冯壬"],
      ["后勤组", "陈癸"],
    ]);
  });
  it("reads groups numbered with circled numbers under such a heading", async () => {
    const text = [
      "某校参观活动方案",
      "一、活动目的：增长见识",
      "二、活动内容",
      "（一）参观科技馆",
      "1、领导小组：",
      "总指挥：周戊",
      "2、各小组及职责：",
      "①、联络处",
      "组长：吴己",
      "A、联系场馆预约。",
      "B、通知各班集合时间。",
      "②、保障处",
      "组长：郑庚",
      "A、准备饮用水。",
    ].join("\n");
    const p = await plan(text);
    expect(p.tasks.map((t) => [t.title, t.lead.join(), t.leaders.join()])).toEqual([
      ["联络处", "联络处", "吴己"],
      ["保障处", "保障处", "郑庚"],
    ]);
  });
});

describe("a share of the work and the people put down for it", () => {
  it("names the task by its label and gives the people as leaders, only when the value is people alone", () => {
    const read = (t: string) => {
      const r = peopleOnLabel(st(t));
      return r && [r.name.text, r.people.map((p) => p.name).join()];
    };
    expect(read("茶水供应：钱小丽、孙大伟")).toEqual(["茶水供应", "钱小丽,孙大伟"]);
    expect(read("摄影记录：周晓明")).toEqual(["摄影记录", "周晓明"]);
    expect(read("场地清扫：吴国强 郑丽华")).toEqual(["场地清扫", "吴国强,郑丽华"]);
    // (a list of things, a group being formed, its members: no people's share)
    expect(read("物资准备：彩带、气球、横幅")).toBeNull();
    expect(read("成立评分小组：吴国强 郑丽华")).toBeNull();
    expect(read("小组成员：吴国强、郑丽华")).toBeNull();
    expect(read("比赛地点：学校操场")).toBeNull();
    // (the people closing the value in brackets, after the things or alone; a run sheet's clock time before the label)
    expect(read("器材准备：秒表、记分册（钱小丽）")).toEqual(["器材准备", "钱小丽"]);
    expect(read("8:00——8:30全体集合：（孙 大伟）")).toEqual(["全体集合", "孙大伟"]);
    expect(read("物资准备：彩带、气球（二年级）")).toBeNull();
  });
  it("reads such items of a plan with their people", async () => {
    const text = [
      "某小学教师趣味运动会方案",
      "一、比赛时间：2031年5月10日下午",
      "二、具体安排",
      "1.所有教师下午3:00到操场集合，穿好运动服。",
      "2.茶水供应：钱小丽、孙大伟",
      "3.摄影记录：周晓明",
    ].join("\n");
    const p = await plan(text);
    expect(p.tasks.map((t) => [t.title, t.leaders.join()])).toContainEqual(["茶水供应", "钱小丽,孙大伟"]);
    expect(p.tasks.map((t) => [t.title, t.leaders.join()])).toContainEqual(["摄影记录", "周晓明"]);
  });
});

describe("an office's roster line", () => {
  it("reads an office's 主任 and names run together after a post", () => {
    expect(groupRoster(st("1、接待办公室\n主任：钱某某\n职责：负责来宾的接待工作。"))?.leaders.map((n) => n.name)).toEqual(["钱某某"]);
    expect(groupRoster(st("①、保障处\n组长：孙建华周晓明\nA、准备饮用水。"))?.leaders.map((n) => n.name)).toEqual(["孙建华", "周晓明"]);
  });
});

describe("headPeople: the people put down after a group's name head its share (xhead19)", () => {
  it("makes the names after a numbered group's colon its leaders, the group its unit", async () => {
    const p = await plan(
      [
        "青禾中学读书周活动方案",
        "一、活动内容",
        "1.好书推荐会。",
        "2.读书征文比赛。",
        "二、各组分工",
        "1.宣传组：韩立新、赖文博等；",
        "海报、广播、新闻稿。",
        "2.征文评审、展板与推荐会组：周敏、吴海",
        "宋志刚等；",
        "征文收集、评审、展出。",
        "3.场地组：负责会场布置与器材。",
      ].join("\n"),
    );
    const groups = p.tasks.filter((t) => /组$/.test(t.title));
    expect(groups.map((t) => [t.title, t.lead, t.leaders])).toEqual([
      ["宣传组", ["宣传组"], ["韩立新", "赖文博"]],
      ["征文评审、展板与推荐会组", ["征文评审、展板与推荐会组"], ["周敏", "吴海", "宋志刚"]],
      ["场地组", ["场地组"], []],
    ]);
  });
});

describe("groupOverItsRoster: a group named alone on its item's line over its roster does its duties (xevents)", () => {
  it("reads the group, not a leading group, a group being formed, nor a group without a roster under it", () => {
    expect(groupOverItsRoster(st("2、摄影、播报组\n组长：某某\n组员：某某\n职责：\n①负责拍照；"))?.text).toBe("摄影、播报组");
    expect(groupOverItsRoster(st("3、检录组\n\n组长:xxx\n\n职责:负责运动员检录。"))?.text).toBe("检录组");
    expect(groupOverItsRoster(st("1、运动会领导小组\n组长：某某"))).toBeNull();
    expect(groupOverItsRoster(st("1、成立裁判小组\n组长：某某"))).toBeNull();
    expect(groupOverItsRoster(st("2、检录组\n负责运动员检录。"))).toBeNull();
  });
  it("takes the groups of an organisation part that names its groups as the tasks, their duties the measures", async () => {
    const p = await plan(
      [
        "青禾小学春季趣味运动会方案",
        "一、组织机构及分组",
        "（一）运动会领导小组",
        "组长：xxx",
        "组员：xxx",
        "（二）分组安排",
        "1、检录组",
        "组长：xxx",
        "组员：xxx",
        "职责：",
        "①负责运动员的点名与检录；",
        "②负责号码布的发放。",
        "2、奖品组",
        "组长：xxx",
        "组员：xxx",
        "职责：负责奖品的采购与发放。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => [t.title, t.lead, t.measures])).toEqual([
      ["检录组", ["检录组"], 2],
      ["奖品组", ["奖品组"], 0],
    ]);
  });
});
