// Which numbered items are tasks (xtasks14, from pooled golds): items under a part of goals beside task parts;
// a notice whose parts hold deeper items is read, not refused as general demands.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const titles = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan.tasks.map((t) => t.title);

describe("items under a part of goals", () => {
  it("are tasks beside the items of the work part", async () => {
    const text = ["某小学2031年春季学期德育工作计划", "一、指导思想", "以立德树人为根本任务，全面推进素质教育。", "二、工作目标", "1、强化学生行为习惯养成教育，提高自我管理能力。", "2、加强班级文化建设，营造积极向上的氛围。", "三、工作重点", "1、各年级要落实德育主题活动。", "2、加强班主任队伍建设。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(4);
    expect(t[0]).toContain("强化学生行为习惯养成教育");
    expect(t[3]).toContain("加强班主任队伍建设");
  });
  it("are tasks under 主要目标 too, the heading itself none", async () => {
    const text = ["某幼儿园后勤工作计划", "一、主要目标", "1. 完善食堂管理制度，保证膳食安全。", "2. 做好园舍维修，消除安全隐患。", "二、具体工作", "1. 每月开展一次卫生大检查。", "2. 加强保育员业务培训。", "3. 规范物品采购与登记。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(5);
    expect(t.some((x) => /主要目标/.test(x))).toBe(false);
  });
  it("leave the framing parts skipped (指导思想, 保障措施)", async () => {
    const text = ["某中学教研工作要点", "一、总体目标", "1. 提升课堂教学质量。", "2. 建设校本课程体系。", "二、重点工作", "1. 开展集体备课。", "2. 组织青年教师赛课。", "三、保障措施", "1. 加强组织领导。", "2. 强化经费保障。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(4);
    expect(t.some((x) => /组织领导|经费保障/.test(x))).toBe(false);
  });
});

describe("a notice whose parts hold items of a deeper level (xtasks14)", () => {
  const notice = (body: string[]) => ["某县教育局关于做好2031年寒假工作的通知", "各中小学、幼儿园：", "为做好寒假期间各项工作，现就有关事项通知如下。", ...body, "某县教育局", "2031年1月10日"].join("\n");
  it("is read for its items, not refused as general demands", async () => {
    const t = await titles(notice(["一、提高认识，加强领导", "各校要高度重视假期工作，确保师生平安度过假期。", "二、加强管理，保障安全", "（一）强化安全教育。各校要通过家长会、告家长书等形式开展防溺水、防火等专题教育。", "（二）开展隐患排查。各校要对校舍、食堂、宿舍等重点场所开展安全隐患排查整治。"]));
    expect(t).toEqual(expect.arrayContaining(["强化安全教育", "开展隐患排查"]));
  });
  it("still refuses a notice of general demands on one level", async () => {
    const t = await titles(notice(["一、提高思想认识。各校要充分认识做好假期工作的重要性，把假期工作抓紧抓实。", "二、加强组织领导。各校校长是第一责任人，要明确分工，压实责任。", "三、强化督查问责。对工作不到位的单位，依规依纪追究相关人员责任。"]));
    expect(t).toHaveLength(0);
  });
});

describe("a framing part that names duties (xtasks14)", () => {
  const plan = ["某校秋季运动会实施方案", "一、指导思想", "以运动促健康，营造全员健身氛围。", "二、比赛时间", "2031年10月20日至21日。", "三、组织机构及其主要职责", "宣传组", "组长：甲某", "成员：各班班主任", "主要职责：", "1.布置大会会场；", "2.组织会场内的宣传报道；", "竞赛组", "组长：乙某", "副组长：丙某", "主要职责：", "1.组织报名，编印秩序册；", "2.确定裁判名单，组织裁判员培训；"].join("\n");
  it("gives its numbered duties as tasks", async () => {
    const t = await titles(plan);
    expect(t).toHaveLength(4);
    expect(t[0]).toContain("布置大会会场");
    expect(t[3]).toContain("确定裁判名单");
  });
  it("leaves the next group's roster out of the item above", async () => {
    const { plan: p } = await extractPlan(Buffer.from(plan), { filename: "x.txt" });
    expect(p.tasks[1].body).not.toContain("乙某");
    expect(p.tasks[1].leaders).toEqual([]);
  });
  it("still skips a framing part that names no duties", async () => {
    const text = ["某校艺术节方案", "一、组织机构", "1.组长：甲某", "2.副组长：乙某", "二、活动内容", "1.举办校园歌手比赛。", "2.开展书画作品展览。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(2);
  });
});

describe("a part that names a fact of the event (xparts16)", () => {
  const notice = (body: string[]) => ["某县教育局关于开展2031年读书月活动的通知", "各中小学：", "为推动全民阅读，现就有关事项通知如下。", ...body, "某县教育局", "2031年3月1日"].join("\n");
  it("is no task: its theme, its participants, its place", async () => {
    const t = await titles(notice(["一、活动主题", "书香校园，悦读人生。", "二、参加对象", "全县中小学生。", "三、活动要求", "（一）精心组织。各校要制定读书月方案，明确专人负责。", "（二）加强宣传。各校要通过校园网站宣传读书月活动。"]));
    expect(t).toEqual(["精心组织", "加强宣传"]);
  });
  it("leaves an item of work that ends in such a word a task", async () => {
    const text = ["某校资助工作职责", "1.审核家庭经济困难学生申请材料。", "2.指导班主任及时准确认定资助对象。", "3.按时发放资助资金。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(3);
  });
  it("is no task when it names the committee, but forming one is work", async () => {
    const plan = (third: string) => ["某校艺术节活动方案", "一、活动内容", "1.举办校园歌手比赛。", "2.开展书画作品展览。", third, "由校长任主任，各处室主任为委员。"].join("\n");
    expect(await titles(plan("二、艺术节组委会"))).toHaveLength(2);
    expect((await titles(plan("3.成立艺术节组委会"))).some((x) => /成立艺术节组委会/.test(x))).toBe(true);
  });
  it("is no task when it names the event's slogan, its agenda or who attends (xtasks2)", async () => {
    const t = await titles(notice(["一、活动口号", "多读书，读好书。", "二、大会议程", "校长致辞，学生代表发言，颁发奖状。", "三、参加人员", "全体师生。", "四、工作分工", "（一）布置会场。总务处负责搭建主席台，悬挂横幅。", "（二）组织宣传。团委负责拍照并撰写新闻稿。"]));
    expect(t).toEqual(["布置会场", "组织宣传"]);
  });
  it("leaves work on the agenda a task", async () => {
    const text = ["某校毕业典礼方案", "1.拟定典礼议程。", "2.布置典礼会场。", "3.邀请家长代表出席。"].join("\n");
    expect(await titles(text)).toHaveLength(3);
  });
});

describe("a part that is a body's demand with no item under it", () => {
  it("is a task even when an excerpt cuts it off before its first comma", async () => {
    const text = [
      "青禾市人民政府办公室关于下达2031年农村公路养护目标责任制的通知",
      "各县（区）人民政府，市直有关单位：",
      "一、2031年全市农村公路养护主要指标",
      "1、全市农村公路优良路率达到80%以上。",
      "2、全市新改建农村公路300公里以上。",
      "二、各级交通部门要积极调整养护资金结构，加大日常养护投入，并确保资金及时到位。",
      "三、各县（区）要将市下达的各项指标（详见附",
    ].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(4);
    expect(t[3]).toContain("各县（区）要将市下达的各项指标");
  });

  it("leaves a short heading with no demand a heading", async () => {
    const text = ["某小学2031年安全工作计划", "一、工作目标", "1、全年无重大安全事故。", "2、安全教育覆盖全体学生。", "二、主要措施", "1、每月开展一次隐患排查。", "2、每学期组织两次疏散演练。", "三、其他事项"].join("\n");
    const t = await titles(text);
    expect(t.some((x) => /其他事项/.test(x))).toBe(false);
  });
});
