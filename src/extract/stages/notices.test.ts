// Notices and schedules written in prose (开学/放假 notices, month-by-month plans): invented examples.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { numbering } from "./numbering.js";

const planOf = async (lines: string[]) => (await extractPlan(lines.join("\n"), { filename: "x.txt" })).plan;

describe("notices in prose", () => {
  it("reads an item number glued to the year it opens with", () => {
    expect(numbering("1.2031年3月2日开始，学生返校。")).toMatchObject({ level: 3, no: "1" });
    expect(numbering("2.2031级新生报到另行通知。")).toMatchObject({ level: 3, no: "2" });
    expect(numbering("2.5万平方米")).toBeNull();
  });
  it("takes the items of a notice whose units are named as doers as its tasks, with their units", async () => {
    const plan = await planOf([
      "关于2031年春季学期开学的通知",
      "各学院，各部门：",
      "现将有关事项通知如下：",
      "一、有关安排",
      "1.2031年2月25日开始，各学院组织学生返校。",
      "2.2031级新生报到时间另行通知。",
      "二、职能部门工作",
      "1.招生办根据开学安排，做好新生报到准备。",
      "2.后勤处、信息中心要做好开学保障。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.lead.join("、")}`)).toEqual(["1|各学院", "2|", "1|招生办", "2|后勤处、信息中心"]);
  });
  it("dates a school year's winter break in its second year, and a year printed before 春季", async () => {
    expect((await planOf(["关于2030-2031学年寒假及春季学期开学有关事项的通知", "一、放假时间", "（一）学生放假。", "（二）教师放假。"])).year).toBe(2031);
    const plan = await planOf(["各月工作安排", "二月份:", "1、做好开学准备", "2、召开园务会议", "三月份:", "1、开展植树活动", "2、召开家长会", "示范园2031春季园务计划"]);
    expect(plan.year).toBe(2031);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join())).toEqual(["2031-02", "2031-02", "2031-03", "2031-03"]);
  });
});

describe("progress and completion reports", () => {
  it("takes only the figures a report gives as planned as targets", async () => {
    const plan = await planOf([
      "青禾县2031年校舍建设项目1-6月进展情况",
      "1.新建校舍项目。规划建设面积3万平方米，截止6月底，已完成投资45%，9个项目已完工。",
      "2.改造运动场项目。年度计划改造运动场6个，已开工4个。",
    ]);
    expect(plan.tasks.map((t) => t.targets.map((x) => `${x.value}${x.unit}`).join())).toEqual(["3万平方米", "6个"]);
  });
});

describe("a notice's dated demand above its numbered notes (xnotice27)", () => {
  it("takes the demand of the opening paragraph, named by its work, beside the items", async () => {
    const plan = await planOf([
      "关于做好2032年实验室设备申报工作的通知",
      "各科室、年级组：",
      "2032年实验室设备申报工作现已开始，请各科室负责人对照申报条件，下载申报表，填写后交教务处，截止日期为4月20号。",
      "注意事项：",
      "1、设备按使用频率排序，常用的排在前面。",
      "2、单价5千元以上的设备需附说明。",
      "某中学教务处",
      "2031-04-08",
    ]);
    const lead = plan.tasks.find((t) => t.no === "")!;
    expect(lead.title).toBe("对照申报条件，下载申报表，填写后交教务处");
    expect(lead.deadlines.map((d) => d.by)).toEqual(["2031-04-20"]);
  });
  it("leaves the covering notice's demand and an undated one to the items", async () => {
    const plan = await planOf([
      "关于印发《某县2031年学校安全工作要点》的通知",
      "各中小学：",
      "现将《某县2031年学校安全工作要点》印发给你们，请一并认真贯彻落实。",
      "一、健全安全责任体系。各校要在3月底前签订安全责任书。",
      "二、开展隐患排查。各校要每月开展一次隐患排查。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二"]);
  });
  it("drops an attachment's file name a page lists under the notice", async () => {
    const plan = await planOf([
      "关于做好2032年校舍维修申报工作的通知",
      "各中小学：",
      "1、各校于5月10日前完成校舍安全自查。",
      "2、各校于5月20日前将维修计划报计财股。",
      "某县教育局",
      "2031年5月1日",
      "31.某教发〔2031〕9号关于做好2032年校舍维修申报工作的通知.pdf",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2"]);
  });
  it("gives a demand on 各单位 (no kind of body) no unit, and one on 各校 its addressee", async () => {
    const plan = await planOf([
      "关于做好2031年国庆节期间安全工作的通知",
      "各单位：",
      "国庆节将至，请各单位于9月28日前完成一次安全自查，消除隐患。",
      "请各校于9月29日前将值班表报送安全股。",
    ]);
    expect(plan.tasks.map((t) => t.lead)).toEqual([[], ["各校"]]);
  });
});

describe("a text whose one demand hands something over by a day (xnotice27)", () => {
  it("takes the demand as its task: what is handed over and where, who must and the office it goes to, the day in Chinese numerals", async () => {
    const plan = await planOf([
      "延长二○三一年度青少年科技节参赛作品的提交期限",
      "参赛学校须于二○三一年三月十二日下午四时或之前，把已签署的报名表及作品说明书交抵科技教育中心办公室（地址：某区某路8号二楼），逾期概不受理。",
      "二○三一年二月二十日",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["把已签署的报名表及作品说明书交抵科技教育中心办公室"]);
    expect(plan.tasks[0].lead).toEqual(["参赛学校", "科技教育中心办公室"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2031-03-12"]);
  });
  it("reads no demand from a time that opens the sentence", async () => {
    const plan = await planOf(["下周一须于上午9时前，将教室打扫干净。"]);
    expect(plan.tasks.filter((t) => t.lead.includes("下周一"))).toEqual([]);
  });
});

describe("a notice's demand after a list of addressees (xunits)", () => {
  it("gives the demand to every body of the list in the clause before its addressee", async () => {
    const plan = await planOf([
      "关于2031年国庆节放假的通知",
      "各小学、幼儿园，各培训机构：",
      "现将2031年国庆节放假安排通知如下：",
      "10月1日至7日放假，共7天。",
      "放假期间，各小学、幼儿园，各培训机构要做好防火防盗等安全工作，确保平安。",
      "各小学、幼儿园，各培训机构请务必于9月28日前将值班表报送教育局办公室。",
    ]);
    expect(plan.tasks.map((t) => t.lead.filter((u) => u !== "教育局办公室").join("、"))).toEqual(["各小学、幼儿园、各培训机构", "各小学、幼儿园、各培训机构"]);
  });
});
