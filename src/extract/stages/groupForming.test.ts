// A part that forms the plan's leading group (xtasks22), as invented variants: its duties under the roster are the
// measures of one task, forming the group; a notice's part that forms it in a paragraph is a task as its other
// prose parts are; a part that only lists the roster stays no task.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const plan = async (lines: string[]) => (await extractPlan(Buffer.from(lines.join("\n")), { filename: "x.txt" })).plan;

describe("a part forming the leading group", () => {
  it("folds the duties listed under its roster into one task, named by the heading, its heads the leaders", async () => {
    const p = await plan([
      "关于做好学校图书馆改造工作的通知",
      "各处室：",
      "为做好图书馆改造工作，现将有关事项通知如下。",
      "一、成立图书馆改造工作领导小组",
      "组 长：王建国",
      "副组长：李明华 赵小军",
      "成 员：各处室主要负责人",
      "工作职责：",
      "1、统筹图书馆改造的全面工作；",
      "2、审定改造方案并组织实施；",
      "3、协调解决改造中出现的问题。",
      "二、时间安排",
      "1、5月10日前总务处完成改造方案设计；",
      "2、6月30日前完成书库和阅览室改造；",
      "3、7月15日前教务处完成图书上架。",
    ]);
    const group = p.tasks.find((t) => t.title === "成立图书馆改造工作领导小组");
    expect(group?.measures).toBe(3);
    expect(group?.leaders).toEqual(["王建国", "李明华", "赵小军"]);
    expect(p.tasks.map((t) => t.title)).not.toContain("统筹图书馆改造的全面工作");
    expect(p.tasks.filter((t) => t.section === "二")).toHaveLength(3);
  });

  it("takes a notice's part that forms the group in a paragraph as one task, and not a part of the roster alone", async () => {
    const prose = await plan([
      "关于开展校园读书节活动的通知",
      "各年级组：",
      "一、成立读书节活动领导小组",
      "各年级应组建读书节活动领导小组，由年级主任担任组长，负责本年级活动的组织和检查。",
      "二、精心组织活动",
      "各年级要结合实际制定活动方案，组织学生开展读书交流和征文评选。",
    ]);
    expect(prose.tasks.map((t) => t.title)).toContain("成立读书节活动领导小组");
    const roster = await plan([
      "关于开展校园读书节活动的通知",
      "各年级组：",
      "一、成立读书节活动领导小组",
      "组 长：王建国",
      "成 员：各年级主任",
      "二、精心组织活动",
      "1、各年级要结合实际制定活动方案。",
      "2、组织学生开展读书交流和征文评选。",
    ]);
    expect(roster.tasks.map((t) => t.title)).not.toContain("成立读书节活动领导小组");
    expect(roster.tasks).toHaveLength(2);
  });

  it("takes the demand of a 组织领导 paragraph that forms the plan's group, that each body form its own, as an unnumbered task", async () => {
    const p = await plan([
      "某县水利局汛期安全工作方案",
      "一、工作目标",
      "确保全县安全度汛。",
      "二、组织领导",
      "县水利局成立汛期安全工作领导小组，由王某任组长，李某任副组长，赵某、钱某为成员。领导小组下设办公室，办公室设局工程股。各单位要成立由主要负责人牵头的防汛工作专班，制定应急预案，落实24小时值班。",
      "三、职责分工",
      "（一）工程巡查组：负责水库、堤防巡查。责任人：赵某。",
      "（二）应急抢险组：负责险情处置和物资调度。责任人：钱某。",
    ]);
    const asked = p.tasks.find((t) => t.section === "二")!;
    expect(asked.no).toBe("");
    expect(asked.title).toBe("各单位要成立由主要负责人牵头的防汛工作专班");
    expect(asked.leaders).toEqual([]);
    expect(p.tasks.map((t) => t.title)).toEqual(["各单位要成立由主要负责人牵头的防汛工作专班", "工程巡查组", "应急抢险组"]);
  });

  it("takes no task from a 组织领导 paragraph that only asks, with no group of the plan's own formed in it", async () => {
    const p = await plan([
      "某县水利局汛期安全工作方案",
      "一、组织领导",
      "各单位要高度重视汛期安全工作，主要负责人亲自抓，确保责任落实到人。",
      "二、职责分工",
      "（一）工程巡查组：负责水库、堤防巡查。责任人：赵某。",
      "（二）应急抢险组：负责险情处置和物资调度。责任人：钱某。",
    ]);
    expect(p.tasks.map((t) => t.title)).toEqual(["工程巡查组", "应急抢险组"]);
  });
});

describe("an organisation part that forms the leading group in its paragraph (xevents)", () => {
  it("is a task named by its forming clause, the member bodies its lead, beside the plan's other work", async () => {
    const p = await plan([
      "一、活动目的",
      "为展示学生风采，决定举办全县中小学生合唱比赛。",
      "二、比赛安排",
      "（一）初赛",
      "（二）决赛",
      "（三）颁奖",
      "三、组织保障",
      "为确保比赛顺利进行，特成立全县中小学生合唱比赛工作领导小组。组长：县教育局局长，常务副组长：分管副局长，成员单位：县文化馆、县团委、……",
    ]);
    expect(p.tasks.map((t) => [t.no, t.title, t.lead, t.leaders])).toEqual([
      ["一", "初赛", [], []],
      ["二", "决赛", [], []],
      ["三", "颁奖", [], []],
      ["", "特成立全县中小学生合唱比赛工作领导小组", ["县文化馆", "县团委"], []],
    ]);
  });
  it("not a part that names no group formed, nor one whose groups are numbered items", async () => {
    const p = await plan(["一、比赛安排", "（一）初赛", "（二）决赛", "二、组织保障", "各校要高度重视，认真组织学生参赛。"]);
    expect(p.tasks.map((t) => t.title)).toEqual(["初赛", "决赛"]);
  });
});
