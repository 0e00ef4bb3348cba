import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compact, termOf } from "./fields.js";
import { extractPlan } from "../index.js";

// The regex form compact() replaces, kept as its specification.
function reference(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/(\p{Script=Han}|[“”《》（）、，。：；])\s+(?=[\d\p{Script=Han}“”《》（）、，。：；])/gu, "$1")
    .replace(/(\d)\s+(?=\p{Script=Han})/gu, "$1")
    .trim();
}

describe("compact", () => {
  it("drops spaces between Chinese words, punctuation and digits, as the regex form does", () => {
    expect(compact("  县 教 育 局\n 2024 年 ， A B  ")).toBe(reference("  县 教 育 局\n 2024 年 ， A B  "));
    const pieces = ["县", "教", " ", "  ", "\n", "\u3000", "1", "9", "a", "B", "，", "。", "“", "》", "-", "𠀋", "\t", "%"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => compact(xs.join("")) === reference(xs.join(""))), { numRuns: 3000 });
  });
});

describe("fields of whole plans", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  it("dates the items under month headings that name the month's part", async () => {
    const p = await plan("2031年园务计划\n九月园务工作\n1. 召开新学期教师会议。\n2. 检查班级环境创设。\n十月园务工作\n1. 组织秋季运动会。\n2. 开展消防演练。\n");
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-09"], ["2031-09"], ["2031-10"], ["2031-10"]]);
  });
  it("gives the schools a notice addresses as units where it gives them the work, a bare 小学 alone none", async () => {
    const only = await plan("关于做好2031年秋季开学工作的通知\n一、各校要做好校舍安全排查。\n二、各学校要提前组织开学检查。\n");
    expect(only.tasks.map((t) => t.lead)).toEqual([["各校"], ["各学校"]]);
    const level = await plan("2031年秋季开学安排\n一、小学于8月30日举行开学典礼。\n二、中学于8月31日举行开学典礼。\n");
    expect(level.tasks.map((t) => t.lead)).toEqual([[], []]);
    const p = await plan("关于做好2031年秋季开学工作的通知\n一、各校要做好校舍安全排查。\n二、各县区教育局要提前组织开学检查。\n");
    expect(p.tasks.map((t) => t.lead)).toEqual([["各校"], ["各县区教育局"]]);
  });
  it("dates a bare 放假前 in a notice about a break", async () => {
    const p = await plan("2031年暑假放假安排的通知\n一、放假前，各班级做好教室清理。\n二、8月30日学生返校报到。\n");
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-07"], ["2031-08-30"]]);
  });
  it("places the January of a first-term plan of a school year in the school year's second year", async () => {
    const p = await plan("青禾中学2031—2032学年第一学期工作计划\n一、教学工作\n1. 9月上旬完成新生入学教育。\n2. 1月中旬组织期末考试。\n");
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-09"], ["2032-01"]]);
  });
  it("dates a task under a phase heading by the phase's end, unless it names its own date", async () => {
    const p = await plan("青禾县2031年师德建设活动方案\n一、动员部署阶段（3月）\n1. 召开动员大会。\n2. 签订师德承诺书。\n二、集中整治阶段（4—9月）\n3. 开展专题学习教育。\n4. 开展家长满意度测评，6月底前完成。\n");
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-03"], ["2031-03"], ["2031-09"], ["2031-06"]]);
  });
  it("gives each task under a heading that names a leader that leader, unless the task names its own", async () => {
    const p = await plan("青禾县教育局2031年工作要点\n一、推进教育优质均衡（责任领导：张三）\n1. 推进义务教育优质均衡发展。（责任股室：基教股）\n2. 加强教师队伍建设。（责任领导：李四；责任股室：人事股）\n二、加强安全管理\n3. 开展安全排查。（责任股室：安全股）\n");
    expect(p.tasks.map((t) => t.leaders)).toEqual([["张三"], ["李四"], []]);
  });
});

describe("a body of another province told of in a notice", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  const notice = (issuer: string) =>
    [
      `${issuer}关于做好暑期安全工作的通知`,
      "各中心校，高中：",
      "现就做好暑期安全工作通知如下：",
      "一、加强宣传教育",
      "1.防溺水。各校要持续开展防溺水专题教育；为加强安全教育，陜西教育融媒体中心联合省广电集团策划推出公益节目，拟于2023年7月8日播出。各学校、幼儿园要积极组织师生观看。",
      "2.防交通事故。各校要开展交通安全教育。",
    ].join("\n");
  it("is no unit; the schools addressed are (collective units)", async () => {
    const p = await plan(notice("渭南市某区教育局"));
    expect(p.tasks.map((t) => t.lead)).toEqual([["各校", "幼儿园"], ["各校"]]);
  });
  it("is a unit in a notice of that province", async () => {
    const p = await plan(notice("陕西省教育厅"));
    expect(p.tasks[0].lead).toContain("陜西教育融媒体中心");
  });
});

describe("a review of a year's or a half-year's work (issue 9)", () => {
  it("never dates what was done by the period the review covers; the plan part's dates stay", async () => {
    const text = [
      "青禾县教育局办公室2031年上半年工作总结",
      "一、强化统筹协调",
      "上半年累计组织局务会等重要会议23次，上半年收文368份。",
      "二、今后工作打算",
      "9月底前完成校舍安全排查，年底前建成智慧校园平台。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join(","))).toEqual(["", "2031-09,2031-12"]);
  });
});

describe("termOf (xdates11)", () => {
  it("reads the term a title names, in its regional and traditional forms", () => {
    expect(termOf("2031年幼儿园春学期园务工作计划")).toBe("spring");
    expect(termOf("城关小学2031年春期教学工作计划")).toBe("spring");
    expect(termOf("2030-2031学年第二学期德育工作计划")).toBe("spring");
    expect(termOf("2030年秋期学校安全工作计划")).toBe("autumn");
    expect(termOf("2030年秋学期教研组工作计划")).toBe("autumn");
  });
  it("reads the term of a school's plan for a season, not of a season's event (xdates21)", () => {
    expect(termOf("幼儿园2031秋季安全管理工作计划")).toBe("autumn");
    expect(termOf("2031年春季园务工作计划")).toBe("spring");
    expect(termOf("中学秋季运动会工作安排")).toBeUndefined();
    expect(termOf("2031年春季研学实践工作计划")).toBeUndefined();
    expect(termOf("春秋季工作计划")).toBeUndefined();
  });
  it("reads no term from 青春期 or from 上/下学期 alone", () => {
    expect(termOf("2031年青春期健康教育工作计划")).toBeUndefined();
    expect(termOf("2031年下学期工作计划")).toBeUndefined();
  });
});

describe("a plan for the opening of a term (xdates13)", () => {
  const deadlines = async (title: string, items: string[]) =>
    (await extractPlan(Buffer.from([title, ...items].join("\n\n")), { filename: "x.txt" })).plan.tasks.map((t) => t.deadlines.map((d) => d.by));
  it("reads no deadline in a bare 开学前 of an opening plan, its dated work as printed", async () => {
    const items = ["一、成立开学工作小组", "学校领导在开学前研究部署各项工作。", "二、做好校舍安全检查", "总务处在开学前完成校舍排查，2月20日前上报检查结果。"];
    expect(await deadlines("2031年春季开学准备工作方案", items)).toEqual([[], ["2031-02-20"]]);
    expect(await deadlines("2031年春季学期安全工作计划", items)).toEqual([["2031-02"], ["2031-02-20"]]);
  });
  it("dates a bare 开学前 in a school's plan for a season by that season's term (xdates21)", async () => {
    const items = ["一、安全培训", "在开学前一周组织全体教职工参加安全培训。", "二、完善制度", "在开学前修订门卫值守制度。"];
    expect(await deadlines("幼儿园2031秋季安全管理工作计划", items)).toEqual([["2031-08"], ["2031-08"]]);
    expect(await deadlines("2031年秋季运动会工作安排", items)).toEqual([[], []]);
  });
  it("reads no deadline in 开学前后, around the opening", async () => {
    expect(await deadlines("2031年春季学期安全工作计划", ["一、加强宣传", "在开学前后通过家长群告知全体家长。"])).toEqual([[]]);
  });
});

describe("the plan's own time in the year before the plan's (xdates14)", () => {
  const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  const bys = (p: Awaited<ReturnType<typeof plan>>) => p.tasks.map((t) => t.deadlines.map((d) => d.by));
  it("dates a notice's months after its page date in the page's year", async () => {
    const p = await plan(
      "关于申报2031年校舍维修项目的通知\n发布时间：2030-09-20\n各中小学：\n现将有关事项通知如下：\n一、申报内容\n各校梳理2031年需维修的校舍，填写项目申报表。\n二、时间要求\n各学校于10月12日前将申报表报送基建科。\n三、现场核查\n基建科于11月底前完成现场核查。\n",
    );
    expect(bys(p).flat()).toEqual(["2030-10-12", "2030-11"]);
  });
  it("leaves a year's work plan put on a page in December in the plan's year", async () => {
    const p = await plan(
      "某县教育局2031年工作要点\n发布时间：2030-12-28\n一、加强党的建设\n1.12月底前完成党组织换届工作。\n2.3月底前完成年度学习计划制定。\n",
    );
    expect(bys(p).flat()).toEqual(["2031-12", "2031-03"]);
  });
});

describe("a document whose only figures are routines (xtargets14)", () => {
  const targets = async (items: string[]) =>
    (await extractPlan(Buffer.from(["某小学春游活动安排", ...items].join("\n\n")), { filename: "x.txt" })).plan.tasks.map((t) => t.targets.map((x) => `${x.value}${x.unit}`));
  it("sets no allocations to each body as targets where every figure is a routine; frequencies stay", async () => {
    expect(await targets(["一、人员安排", "每班安排两名带队老师。", "二、安全检查", "各班每天检查一次人数，每组推选2名安全员。"])).toEqual([[], ["1次"]]);
    expect(await targets(["一、人员安排", "每班安排两名带队老师。", "二、后勤保障", "每组配备3名家长志愿者。"])).toEqual([[], []]);
  });
  it("sets no frequencies as targets where several of them are every figure (a timetable of routines); a lone one stays", async () => {
    expect(await targets(["一、检查制度", "各处室每周进行一次检查，领导小组每月要进行一次全面检查。", "二、绿化管理", "草坪每年修剪3次。"])).toEqual([[], []]);
    expect(await targets(["一、检查制度", "各处室每周进行一次检查。", "二、人员安排", "每班安排两名带队老师。"])).toEqual([["1次"], []]);
    expect(await targets(["一、检查制度", "各处室每周进行一次检查，每月召开一次例会。", "二、设施建设", "年内新建监控点12个。"])).toEqual([["1次", "1次"], ["12个"]]);
  });
  it("keeps allocations in a plan that sets targets", async () => {
    expect(await targets(["一、人员安排", "每班安排两名带队老师。", "二、设施建设", "年内新建监控点12个。"])).toEqual([["2名"], ["12个"]]);
  });
});

// compact judges a space by the characters either side of it, by char codes (made-up texts)
describe("compact by char codes", () => {
  it("drops a space after Chinese or its punctuation before a digit, Chinese or punctuation, and after a digit before Chinese", () => {
    expect(compact("新建 3 所 学校，（ 含 幼儿园 ）")).toBe("新建3所学校，（含幼儿园）");
    expect(compact("覆盖率 95 %")).toBe("覆盖率95 %");
  });
  it("keeps a space beside Latin letters and reads a surrogate pair as one character", () => {
    expect(compact("推广 AI 课程")).toBe("推广 AI 课程");
    expect(compact("𠀀 3 所")).toBe("𠀀3所");
    expect(compact("😀 学校")).toBe("😀 学校");
  });
});

describe("a heading that asks a body to do the items under it (xunits25)", () => {
  it("gives the body each item that names no doer of its own", async () => {
    const text = [
      "某某縣教育處公告",
      "一、本案依教育部函辦理。",
      "二、相關期程如下,請各校依期程辦理:",
      "(一)於 5 月底前完成演練計畫擬定。",
      "(二)各級學校(含附設幼兒園)應於 6 月底前完成教職員訓練。",
      "(三)於 9 月開學後辦理預演 2 次。",
    ].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.lead.join("、"))).toEqual(["各校", "各級學校(含附設幼兒園)", "各校"]);
  });
});

describe("an excerpt cut off inside a list of names", () => {
  const read = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan.tasks.map((t) => [t.title, t.leaders.join()]);
  it("drops the name the text's end cuts, keeping the names before it", async () => {
    const lines = [
      "某小学研学旅行方案", "一、活动时间：", "2031年4月22日", "二、领导小组及应急小组：", "1、领导小组组长：郑丽华",
      "领导小组成员：钱小丽、孙大伟、周晓明", "2、各应急小组及职责：", "（一）后勤安全组负责人（钱小丽、孙大伟）职责：",
      "（1）负责车辆联系。", "（2）负责餐饮安排。",
    ];
    const cut = await read([...lines, "（二）各年级负责人（三年级：周晓明、四年级：吴国"].join("\n"));
    expect(cut).toContainEqual(["各年级负责人", "周晓明"]);
    // (a text that closes its sentence keeps every name)
    const whole = await read([...lines, "（二）各年级负责人（三年级：周晓明、四年级：吴国强）", "某小学", "2031年3月1日"].join("\n"));
    expect(whole).toContainEqual(["各年级负责人", "周晓明,吴国强"]);
  });
});
