import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { Stitched } from "./stitched.js";
import { addressed, dutyBody, leadSubjects } from "./subjects.js";

const subjects = (s: string, addressedTo = false) => leadSubjects(Stitched.of(s, 0, s.length), { addressed: addressedTo }).map((x) => `${x.role}:${x.name}`);

describe("the body a paragraph of duties opens with", () => {
  const duty = (s: string) => dutyBody(Stitched.of(s, 0, s.length))?.name ?? null;
  it("reads a body before the statement of its duties", () => {
    expect(duty("信息组主要承担全校网络维护")).toBe("信息组");
    expect(duty("后勤保障处的职责是：管理校舍")).toBe("后勤保障处");
    expect(duty("心理辅导中心负有学生心理健康教育职责")).toBe("心理辅导中心");
    expect(duty("校務辦職能為：收發文件")).toBe("校務辦");
    // (several bodies joined by 、, and an office named by its end word alone)
    expect(duty("资料室、档案室负责整理往年试卷")).toBe("资料室、档案室");
    expect(duty("办公室负责起草活动通知")).toBe("办公室");
  });
  it("reads no body before a demand, and no post or person", () => {
    expect(duty("教务处要在开学前排好课表")).toBeNull();
    expect(duty("副组长负责联系家长")).toBeNull();
    expect(duty("学校创办于1958年")).toBeNull();
  });
});

describe("the body a task's lead phrase opens with", () => {
  it("reads a body before its duty: a role with 各, an office, a party body, a working group", () => {
    expect(subjects("各主责单位要分清主次")).toEqual(["lead:各主责单位"]);
    expect(subjects("区财政局要会同区审计办对资金使用开展检查")).toEqual(["lead:区财政局", "co:区审计办"]);
    expect(subjects("各学部(院)党组织要把好政治关")).toEqual(["lead:各学部(院)党组织"]);
    // (a name ends before the word its last character opens: 牵头组织, not a 牵头组)
    expect(subjects("（二）由宣传科、团委牵头组织的活动")).toEqual(["lead:宣传科", "lead:团委"]);
    expect(subjects("由人事处牵头组建的评审团")).toEqual(["lead:人事处"]);
    expect(subjects("（一）由组织宣传部、工会牵头组织的活动")).toEqual(["lead:组织宣传部", "lead:工会"]);
    expect(subjects("校园安全工作领导小组负责统筹全校安全工作")).toEqual(["lead:校园安全工作领导小组"]);
    expect(subjects("图书资料组主要职能是：管理馆藏")).toEqual(["lead:图书资料组"]);
    expect(subjects("信息技术组主要承担全校网络维护")).toEqual(["lead:信息技术组"]);
    expect(subjects("3、总务室主要工作职责")).toEqual(["lead:总务室"]);
    expect(subjects("教研室、各中学应当按期完成")).toEqual(["lead:教研室", "lead:各中学"]);
  });
  it("reads the body after an opening 由 whatever the verb, and the agent of 由…确定 inside the title", () => {
    expect(subjects("由各团支部在开学当天组织迎新")).toEqual(["lead:各团支部"]);
    expect(subjects("比赛场地和时间由体育教研组确定")).toEqual(["lead:体育教研组"]);
    expect(subjects("由张三担任组长")).toEqual([]);
  });
  it("reads the bodies under the sender named as one beside a body", () => {
    expect(subjects("各股室、局直各单位要提高认识")).toEqual(["lead:各股室", "lead:局直各单位"]);
  });
  it("takes no people, posts, addressees or steps of the work for a body", () => {
    expect(subjects("副组长刘与学生会共同布置会场")).toEqual([]);
    expect(subjects("宣传委员赵制作展板")).toEqual([]);
    expect(subjects("各单位要高度重视")).toEqual([]);
    expect(subjects("学校要加强值班")).toEqual([]);
    expect(subjects("成立迎检工作领导小组")).toEqual([]);
    expect(subjects("教务处要求各班做好准备")).toEqual([]);
    expect(subjects("领导小组负责统筹")).toEqual([]);
    expect(subjects("各备课组要集体备课")).toEqual([]);
    expect(subjects("初三年级准备各中学名单要上报")).toEqual([]);
  });
  it("leaves a division role to the readers of a notice addressed to bodies", () => {
    expect(subjects("各牵头单位要细化方案", true)).toEqual([]);
    expect(subjects("各牵头单位要细化方案")).toEqual(["lead:各牵头单位"]);
    expect(addressed("各镇人民政府，县直各单位：\n现将…印发给你们。\n")).toBe(true);
    expect(addressed("为做好工作，现通知如下：\n")).toBe(false);
  });
});

describe("a task whose title names its doer, through the engine", () => {
  it("gives the lead of a duties heading and of a sentence with 由 at its head", async () => {
    const text = [
      "某小学开学工作方案",
      "一、工作安排",
      "1、总务室主要工作职责（责任人：xx）：",
      "做好校舍安全排查，开学前完成维修。",
      "2、由各中队辅导员在开学当天组织升旗仪式。",
    ].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "a.txt" });
    const lead = (no: string) => plan.tasks.find((t) => t.no === no)?.lead;
    expect(lead("1")).toEqual(["总务室"]);
  });
  it("makes a task of each sentence opening with a body and its duty where nothing else gave one", async () => {
    const text = [
      "关于春季民生项目进展情况的通报",
      "截至3月底，20个项目已开工18个。",
      "下一步，各责任单位要加快推进滞后项目，确保按期完成。区住建局要会同区财政局对资金拨付进行督查，对滞后事项挂牌督办。",
    ].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "b.txt" });
    expect(plan.tasks.map((t) => [t.title, t.lead, t.co])).toEqual([
      ["各责任单位要加快推进滞后项目", ["各责任单位"], []],
      ["区住建局要会同区财政局对资金拨付进行督查", ["区住建局"], ["区财政局"]],
    ]);
  });
  it("names the people heading each body of a statement of duties", async () => {
    const text = [
      "某幼儿园分层管理职责",
      "保教组主要承担全园保教工作，分为两个小组。由李红担任保教组长，由王芳、赵丽分别担任小组长。",
      "膳食组主要负责幼儿膳食管理。由陈静任膳食组长。",
    ].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "c.txt" });
    expect(plan.tasks.map((t) => [t.lead, t.leaders])).toEqual([
      [["保教组"], ["李红", "王芳", "赵丽"]],
      [["膳食组"], ["陈静"]],
    ]);
  });
});
