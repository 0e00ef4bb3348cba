// Each part takes its own deepest list: a part that holds no item at the plan's task level but a list
// of shallower items ("六、活动时间" over （一）（二）, where the other parts number 1. 2.) gives those items.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { NumberingState, splitRunOnLine } from "./runOn.js";

const titlesOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan.tasks.map((t) => `${t.no}|${t.section ?? ""}|${t.title}`);

describe("a part's own deepest list", () => {
  it("takes the （一） items of a part without 1. items beside parts that number 1. 2.", async () => {
    const text = [
      "松溪镇中心小学秋季运动会实施计划",
      "一、活动目的：增强学生体质。",
      "二、活动时间：",
      "（一）筹备会议：10月8日下午召开。",
      "（二）预赛：10月15日至10月20日。",
      "（三）决赛：10月24日全天。",
      "三、活动内容：",
      "1.短跑接力赛。",
      "2.跳远比赛。",
      "3.拔河比赛。",
      "四、奖项设置：",
      "1.设团体总分奖。",
      "2.设体育道德风尚奖。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["一|二|筹备会议：10月8日下午召开", "二|二|预赛", "三|二|决赛：10月24日全天", "1|三|短跑接力赛", "2|三|跳远比赛", "3|三|拔河比赛", "1|四|设团体总分奖", "2|四|设体育道德风尚奖"]);
  });

  it("leaves a part's single shallower item and a framing part alone", async () => {
    const text = [
      "河湾区少年宫艺术节方案",
      "一、指导思想",
      "（一）坚持以美育人",
      "（二）坚持全员参与",
      "二、活动安排",
      "1.各班排练合唱曲目。",
      "2.年级组织初赛。",
      "3.征集学生书画作品。",
      "三、奖项设置",
      "（一）设优秀组织奖。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["1|二|各班排练合唱曲目", "2|二|年级组织初赛", "3|二|征集学生书画作品"]);
  });
});

describe("a weekday bracketed after its date", () => {
  it("is no run-in item （二）", () => {
    const state = new NumberingState();
    splitRunOnLine({ text: "（一）预备会议：9月3日(二)上午8:00至8:30。", start: 0 }, state);
    expect(splitRunOnLine({ text: "（二）预赛：9月10日（五）、9月12日（日）下午举行。", start: 0 }, state).map((l) => l.text)).toEqual([
      "（二）预赛：9月10日（五）、9月12日（日）下午举行。",
    ]);
  });
});

describe("items all under one item of work among sibling items of work", () => {
  it("are that item's measures: the items of work are the tasks", async () => {
    const text = [
      "关于规范图书借阅管理的说明",
      "一、逾期未还的图书由图书管理员逐一登记，按班级通知学生归还，不得转借他人。",
      "（一）班主任请核实学生逾期原因，督促学生在一周内归还。",
      "（二）各班请在借阅登记表上注明逾期图书的去向，并按以下两种情况处理：",
      "1. 图书已遗失的，请照价赔偿。",
      "2. 图书已损坏的，请送图书室修补。",
      "（三）逾期超过一个月的，图书室在班级群内公布书目，提醒家长督促。",
      "（四）学生归还图书时，请图书管理员当场检查书况并在登记表上签字。",
      "二、逾期两次以上的学生，由教务处约谈家长，并暂停借阅一个月。",
      "三、每学期末图书室统计借阅情况，并在校园网公布借阅排行。",
      "四、图书室每月更新新书目录，供各班参考选书。",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二", "三", "四"]);
    expect(plan.tasks[0].title).toBe("逾期未还的图书由图书管理员逐一登记，按班级通知学生归还，不得转借他人");
  });

  it("stay the tasks where the items beside their parent are headings", async () => {
    const text = [
      "某中学劳动教育实施方案",
      "一、指导思想",
      "二、工作目标",
      "三、主要任务：各年级按以下安排落实劳动教育课程，每周不少于一课时。",
      "（一）七年级开展校园保洁劳动。",
      "（二）八年级开展校园种植劳动。",
      "四、保障措施",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二"]);
  });
});

describe("items under a short lead-in that asks for them, or under two sentences or more, among items of work (xtasksA25)", () => {
  it("reads a list of things to prepare as the measures of the item that asks for it", async () => {
    const text = [
      "關於辦理校園午餐評鑑的通知",
      "一、評鑑期間本處將派員到校，請各校預留會議室一間。",
      "二、評鑑當日請學校備妥下列資料：",
      "（一）午餐供應契約（影本一份）。",
      "（二）食材驗收紀錄表（紙本三份）。",
      "（三）廚工健康檢查證明。",
      "三、請受評學校於評鑑後二週內，將改善計畫上傳至本處平台。",
      "四、評鑑結果將函送各校，請各校依意見檢討改進。",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => `${t.no}|${t.measures}`)).toEqual(["一|0", "二|3", "三|0", "四|0"]);
  });

  it("reads the items under two sentences as their measures where the sentences' siblings are work", async () => {
    const text = [
      "本校115學年度圖書館研討室借用事宜",
      "一、研討室借用一律採線上預約。",
      "（一）預約網址：圖書館首頁-空間預約。",
      "（二）預約流程說明：請參閱館網公告。",
      "二、借用研討室應遵守下列規定，完整規範請參閱館規：",
      "（一）每次借用以三小時為限。",
      "（二）不得於室內飲食。",
      "（三）離開時請關閉冷氣及電燈。",
      "三、逾時未報到者，系統自動取消預約，請使用者準時報到。",
      "四、請各系轉知所屬師生依規定辦理",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => `${t.no}|${t.measures}`)).toEqual(["一|2", "二|3", "三|0", "四|0"]);
  });

  it("keeps the deeper items as tasks under headings with no sentence of their own", async () => {
    const text = [
      "某中學115學年度校園安全工作要點",
      "一、門禁管理",
      "（一）上課期間校門管制，訪客一律登記後入校。",
      "（二）放學時段由生教組派員在校門口疏導。",
      "二、設施檢查",
      "（一）總務處每月檢查消防設備並做成紀錄。",
      "（二）各班每週回報教室設備損壞情形。",
      "三、本要點經校務會議通過後實施。",
      "四、本要點如有未盡事宜，請依相關規定辦理。",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.filter((t) => t.section).length).toBe(4);
  });
});

describe("a memo's items, a few of them holding a short list of their points (xtasks26)", () => {
  it("takes the items as the tasks and their short lists as their measures", async () => {
    const text = [
      "青禾小学3月少先队工作备忘录",
      "一、本月主题：文明礼仪月。1、各中队利用晨会开展礼仪讲座；2、中队自主开展主题队会。",
      "二、大队部：3月中旬接受区级检查，望各中队辅导员配合做好资料上交等工作。",
      "三、征文评选。请有意者将稿件交至大队部。",
      "四、“礼仪小标兵”评选：",
      "1、做好宣传发动，鼓励全体队员参与。",
      "2、按时间段做好推选工作。",
      "（附：",
      "一、评选对象：各中队推荐2名。",
      "二、评选标准：行为规范达到优秀等级。）",
      "五、课间纪律：1、不在走廊追逐；2、上下楼梯靠右行；3、不在教室大声喧哗。",
      "六、黑板报主题：文明礼仪。本月内完成更换。",
      "七、组织好植树节护绿活动。",
      "（未尽事宜，另行通知。）",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => `${t.no}|${t.measures}`)).toEqual(["一|2", "二|0", "三|0", "四|2", "五|3", "六|0", "七|0"]);
  });

  it("reads an item whose points are unnumbered lines closed by semicolons (a Word paragraph cut at its spaces) as one of the memo's items", async () => {
    const lines = [
      "青禾小学3月少先队工作备忘录",
      "一、本月主题：文明礼仪月。1、各中队利用晨会开展礼仪讲座；2、中队自主开展主题队会。",
      "二、大队部：3月中旬接受区级检查，望各中队辅导员配合做好资料上交等工作。",
      "三、征文评选。请有意者将稿件交至大队部。",
      "四、“礼仪小标兵”评选：",
      "1、做好宣传发动，鼓励全体队员参与。",
      "2、按时间段做好推选工作。",
      "五、课间纪律：1、不在走廊追逐；2、上下楼梯靠右行；3、不在教室大声喧哗。",
      "六、示范课：",
      "甲班，主题“文明礼仪”；",
      "乙班，主题待定。",
      "七、黑板报主题：文明礼仪。本月内完成更换。",
      "八、组织好植树节护绿活动。",
    ];
    const plan = (await extractPlan(lines.join("\n"), { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八"]);
  });

  it("keeps the lists as the tasks beside a heading over two sentences of prose", async () => {
    const text = [
      "青禾小学一年级招生方案",
      "一、招生对象：",
      "本次招生面向年满6周岁的适龄儿童。",
      "凡符合条件者均可报名。",
      "二、招生方式",
      "1. 信息登记：家长在规定时间内线上报名。",
      "2. 材料审核：学校对提交的信息进行审核。",
      "三、宣传工作",
      "1. 通过家长会宣传招生政策。",
      "2. 在校园网站公布招生简章。",
      "四、报名时间",
      "3月1日至3月31日。",
      "五、其他事项",
      "未尽事宜另行通知。",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => `${t.no}|${t.section}`)).toEqual(["1|二", "2|二", "1|三", "2|三"]);
  });

  it("keeps the lists as the tasks beside headings over paragraphs of prose", async () => {
    const text = [
      "青禾小学一年级招生方案",
      "一、招生对象",
      "本次招生面向年满6周岁的适龄儿童。",
      "二、招生名额",
      "计划招收新生120人，设4个班。",
      "三、招生方式",
      "1. 信息登记：家长在规定时间内线上报名。",
      "2. 材料审核：学校对提交的信息进行审核。",
      "四、报名时间",
      "3月1日至3月31日。",
      "五、宣传工作",
      "1. 通过家长会宣传招生政策。",
      "2. 在校园网站公布招生简章。",
      "六、其他事项",
      "未尽事宜另行通知。",
    ].join("\n");
    const plan = (await extractPlan(text, { filename: "x.txt" })).plan;
    expect(plan.tasks.map((t) => `${t.no}|${t.section}`)).toEqual(["1|三", "2|三", "1|五", "2|五"]);
  });
});

describe("categories over items that name themselves", () => {
  it("takes the named items under one-word categories as the tasks", async () => {
    const text = [
      "某中学实验室安全管理要点",
      "一、管理措施：",
      "1.预防：",
      "（1）落实危化品双人双锁：危化品柜每学期由两名教师共同清点登记。",
      "（2）开展实验前安全讲解：每节实验课前由任课教师讲解操作规范。",
      "2.处置：",
      "（1）启动实验室应急预案：发生泄漏时立即疏散学生并报告总务处。",
      "（2）做好现场记录：事后由实验员整理经过并存档。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["1|1|落实危化品双人双锁", "2|1|开展实验前安全讲解", "1|2|启动实验室应急预案", "2|2|做好现场记录"]);
  });

  it("keeps headings whose items do not name themselves as the tasks", async () => {
    const text = [
      "某中学实验室安全管理要点",
      "一、管理措施：",
      "1.预防：",
      "（1）危化品柜每学期由两名教师共同清点登记。",
      "（2）每节实验课前由任课教师讲解操作规范。",
      "2.处置：",
      "（1）发生泄漏时立即疏散学生并报告总务处。",
      "（2）事后由实验员整理经过并存档。",
    ].join("\n");
    expect((await titlesOf(text)).map((t) => t.split("|")[2])).toEqual(["预防", "处置"]);
  });
});
