// Which items of a notice are no one's work (xnotices24): invented examples.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { attendeeItem, basisOnly, nameListOnly, noticeNote, outlinesAsTasks, particularItem, referenceOnly } from "./noticeItems.js";
import { numbering } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";

const planOf = async (lines: string[]) => (await extractPlan(lines.join("\n"), { filename: "x.txt" })).plan;
const item = (text: string, part?: string) => ({ body: Stitched.literal(text), title: Stitched.literal(text), section: part ? { no: "三", title: part } : null }) as unknown as RawTask;

describe("a notice's items that are no work", () => {
  it("reads an item by its first line only, folded, whatever lines follow (xperf: the first line folded, not the whole body)", () => {
    const two = (first: string, part?: string) => ({ ...item(`${first}\n各校於5月1日前完成自查，并報送結果。`, part), measureItems: [] }) as RawTask;
    expect(basisOnly(two("一、依據市教育局某年某月某日某字第0012號函辦理。"))).toBe(true);
    expect(noticeNote(two("一、依據市教育局某年某月某日某字第0012號函辦理。"))).toBe(true);
    expect(noticeNote(two("二、申報方式，請務必詳見附件。"))).toBe(true);
    expect(noticeNote(two("三、某某學校名單：甲國小、乙國中。"))).toBe(true);
    expect(noticeNote(two("四、各校於5月1日前完成自查。"))).toBe(false);
    expect(noticeNote(two("1.全體校領導；", "參加人員"))).toBe(true);
  });

  it("knows an item that only cites what the notice carries out", () => {
    expect(basisOnly(item("一、依据省教育厅2031年3月2日青教函〔2031〕12号函办理。"))).toBe(true);
    expect(basisOnly(item("一、依據市教育局某年某月某日某字第0012號函辦理。"))).toBe(true);
    // (a basis that goes on to ask for work is work)
    expect(basisOnly(item("一、依据省厅通知，各校于4月1日前完成自查。"))).toBe(false);
  });
  it("knows an item that only points to the attachment or another text", () => {
    expect(referenceOnly(item("二、线上填报（小学第12号、初中第13号）填报方式，请务必详见附件。"))).toBe(true);
    expect(referenceOnly(item("五、报名资格，请详见公文说明二、说明三。"))).toBe(true);
    expect(referenceOnly(item("2、竞赛日程安排：（见附件2）。"))).toBe(true);
    expect(referenceOnly(item("三、評分標準:(詳見附表)"))).toBe(true);
    expect(referenceOnly(item("2、报名安排：各校于3月5日前报送名单（见附件2）。"))).toBe(false);
    expect(referenceOnly(item("三、各校按附件格式于5月10日前报送汇总表。"))).toBe(false);
    expect(referenceOnly(item("四、附件档案开启，请用某某文档工具，网址 https://example.org/tool?id=12"))).toBe(true);
    expect(referenceOnly(item("三、校历档案如附件，同步更新于教研平台/文件下载，连结网址如下: https://example.org/files"))).toBe(true);
  });
  it("knows an item that dates an event and points to the attachment for the thing it names (xtasksA25)", () => {
    expect(referenceOnly(item("二、評鑑日期：115年5月4日至5月15日，各校評鑑時程表請參閱附件。"))).toBe(true);
    // (a demand before the pointer is work)
    expect(referenceOnly(item("二、各校於5月4日前完成自評，評分標準請參閱附件。"))).toBe(false);
  });
  it("knows an item that only lists names under its label (xtasksA25)", () => {
    expect(nameListOnly(item("三、本年度受訪學校名單：甲國小、乙國中、丙國小等3校。"))).toBe(true);
    expect(nameListOnly(item("三、請各校於5月1日前報送參賽學生名單：含班級、座號。"))).toBe(false);
  });
  it("knows the people listed under a part naming who attends", () => {
    expect(attendeeItem(item("1.全体校领导；", "参加人员"))).toBe(true);
    expect(attendeeItem(item("2.各学院主要负责人；", "參加人員"))).toBe(true);
    expect(attendeeItem(item("1.全体校领导；", "工作安排"))).toBe(false);
    expect(attendeeItem(item("1.各学院组织学生代表参加。", "参加人员"))).toBe(false);
  });
  it("keeps only the work of a notice: its basis and its pointers to the attachment go", async () => {
    const plan = await planOf([
      "青禾县教育局公告",
      "一、依据省教育厅2031年3月2日青教函〔2031〕12号函办理。",
      "二、线上填报（小学第12号、初中第13号）填报方式，请务必详见附件。",
      "三、各校于2031年4月1日前完成线上填报。",
      "四、报名资格，请详见公文说明二。",
      "五、 2031 年 4 月 1 日仍未填报的学校，请于 2031 年 4 月 3 日前务必完成填报。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["三", "五"]);
    // (a year spaced off its 年 after the item's number is no short heading over the item's text)
    expect(plan.tasks[1].title).toMatch(/^2031年4月1日仍未填报的学校/);
  });
  it("drops the basis where the items left only ask their work of the addressees (请…, no listed verb)", async () => {
    const plan = await planOf([
      "一、依據本府115年3月2日府教字第0012號函辦理。",
      "二、請受訪學校於訪視前一週，將自評表寄送本處承辦人。",
      "三、另請受訪學校於訪視後兩週內，將意見回覆表上傳本處平台。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["二", "三"]);
  });
  it("drops those who attend a meeting from a notice's tasks", async () => {
    const plan = await planOf([
      "各学院：",
      "现将有关事项通知如下：",
      "一、会议安排",
      "1.学校每月召开一次工作推进会。",
      "2.各学院每两个月汇报一次工作进展。",
      "二、参加人员",
      "1.全体校领导；",
      "2.各职能部门主要负责人；",
      "3.各学院党政主要负责人。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2"]);
  });
});

describe("a notice's division of labour", () => {
  it("drops the items of a part handing out duties that name no doer: the rules for those who attend", async () => {
    const plan = await planOf([
      "各学院：",
      "2031级新生开学典礼定于9月6日举行，现将有关事项通知如下：",
      "一、相关事项",
      "1、参加典礼的领导在主席台就座。",
      "2、参加典礼的学生统一着校服。",
      "3、各学院负责组织本院新生参加典礼，维持秩序。",
      "4、后勤处负责会场清洁卫生和桌椅摆放。",
      "5、宣传部负责拍照及宣传报道。",
      "6、信息中心负责会场音响调试。",
      "7、校医院派二名医生到场值守。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["3", "4", "5", "6", "7"]);
  });
  it("keeps every item where fewer than four hand out duties", async () => {
    const plan = await planOf([
      "六一活动方案",
      "一、活动准备",
      "1、德育处负责评选优秀学生。",
      "2、准备奖状，邀请家长参加活动。",
      "3、少先队负责布置会场。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3"]);
  });
});

describe("minutes run into one paragraph", () => {
  it("reads an item number glued to the Minguo year it opens with", () => {
    expect(numbering("5.106 學年度在職進修應於開學前一週提出。")).toMatchObject({ level: 3, no: "5" });
    expect(numbering("2.112年3月9日前完成填報。")).toMatchObject({ level: 3, no: "2" });
    expect(numbering("3.5万平方米")).toBeNull();
    expect(numbering("1.100元")).toBeNull();
  });
});

describe("a report's outline in a notice", () => {
  it("takes the heading over a report's points as the task, its points the measures", async () => {
    const plan = await planOf([
      "各学院：",
      "现将工作汇报有关事项通知如下：",
      "一、汇报安排",
      "1.学校每季度召开一次工作推进汇报会。",
      "2.各学院每学期汇报一次，汇报时间约15分钟。",
      "二、汇报的主要内容",
      "（一）首次汇报的主要内容",
      "1.本学院的基本情况；",
      "2.本学院的年度方案；",
      "3.存在的问题及解决思路。",
      "（二）后续汇报的主要内容",
      "1.工作进展情况；",
      "2.下一步打算。",
    ]);
    expect(plan.tasks.map((t) => `${t.title}|${t.measures}`)).toEqual([
      "学校每季度召开一次工作推进汇报会|0",
      "各学院每学期汇报一次，汇报时间约15分钟|0",
      "首次汇报的主要内容|3",
      "后续汇报的主要内容|2",
    ]);
  });
  it("gives the same tasks back where no outline folds", () => {
    const proseTasks = [item("1.各校每月检查一次食堂。", "工作安排"), item("2.各校每周上报晨检情况。", "工作安排")];
    expect(outlinesAsTasks({ text: "", proseTasks } as unknown as WorkDoc)).toBe(proseTasks);
  });
  it("drops an item that only says what a report is to contain", async () => {
    const plan = await planOf([
      "各县（市、区）教育局：",
      "现将有关事项通知如下：",
      "一、报告内容：招生、资助、校舍建设等重点工作的落实情况，包括进度、问题及建议。",
      "二、已完成的重点工作要认真总结，向市教育局专题报告。",
      "三、各县（市、区）教育局每月10日前要将上月工作情况书面报送市教育局。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["二", "三"]);
  });
});

describe("a meeting notice's time and place, and the list under its note", () => {
  it("drops the items saying when and where, and the note's points, keeping the items that ask", async () => {
    const { plan } = await extractPlan(
      [
        "某某國中期末教學研究會開會公告",
        "一、時間:6月20日(五)下午3時。",
        "二、地點:圖書館二樓",
        "三、本次會議討論下學年課程計畫,請各領域召集人務必出席。",
        "四、如有議案請於6月13日(五)前將議案表送至教學組彙整。",
        "註:議案應依下列方式之一提出:",
        "1.各領域會議決議提出。",
        "2.教師三人以上連署提出。",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.no)).toEqual(["三", "四"]);
  });

  it("drops the points under a label in brackets alone on its line (【評分說明】), and those a bracket opened by 附： holds (xtasks26)", async () => {
    const { plan } = await extractPlan(
      [
        "某縣114年度校務評鑑訪視紀錄表",
        "一、課程計畫(40%)",
        "二、教學評量(60%)",
        "【評分說明】",
        "1.整體等第:優等(90分以上),甲等(80分以上)。",
        "2.得分採計至小數點以下1位。",
        "一、課程計畫(40%)",
        "1.由校長擔任召集人,定期召開課程發展委員會。(3%)",
        "2.114年度課程計畫於114年3月31日前完成備查。(2%)",
        "（附：",
        "一、備查對象：各校課程計畫。",
        "二、備查方式：線上上傳。）",
        "3.課程計畫公告於學校網站。(2%)",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3"]);
  });
});

describe("a notice's particulars under their labels (xnotice27)", () => {
  const full = (text: string) => ({ ...item(text), no: "一", unitCells: [], measureItems: [], factText: Stitched.literal(text) }) as unknown as RawTask;
  it("drops a scope or those it is for, named by a short label", () => {
    expect(particularItem(full("一、申报范围。本区明年需新建校舍、尚未落实用地的项目。"))).toBeNull();
    expect(particularItem(full("二、参评对象：全区公办初中。"))).toBeNull();
    // (a page run into one line keeps the space after the label)
    expect(particularItem(full("一、申报对象 全县各完小。"))).toBeNull();
    // (the period a statistic counts: what its figures cover, no one's deadline)
    expect(particularItem(full("1.统计时间：2030年9月1日——2031年8月31日。"))).toBeNull();
  });
  it("keeps a task whose heading names a scope, an event's time, and a label whose value asks work of someone", () => {
    const heading = full("三、规范主动公开范围。配合区政府做好目录编制工作。");
    expect(particularItem(heading)).toBe(heading);
    const time = full("二、报到时间：2031年3月1日全天。");
    expect(particularItem(time)).toBe(time);
    const asked = full("一、报送范围：各校须于4月1日前报送自查表。");
    expect(particularItem(asked)).toBe(asked);
  });
  it("reads a time that hands something over as that hand-over, the office it goes to its lead", () => {
    const t = particularItem(full("三、报送时间。2031年4月8日下午下班前，将汇总表发至基础教育科邮箱：abc@example.org，逾期不再受理。"))!;
    expect(t.no).toBe("");
    expect(t.title.text).toBe("将汇总表发至基础教育科邮箱");
    expect(t.unitCells.map((c) => c.cell.text)).toEqual(["基础教育科"]);
    expect(t.factText.text).toContain("2031年4月8日");
  });
  it("takes no person's desk or room for the office a thing goes to", () => {
    const t = particularItem(full("三、报送时间。4月8日前，将纸质版送至行政楼二楼王某老师处。"))!;
    expect(t.unitCells).toEqual([]);
  });
  it("gives a notice of such items its hand-over as its task, with its day", async () => {
    const plan = await planOf([
      "各中小学：",
      "为做好校舍维修项目摸底工作，请各校认真摸排2032年校舍维修需求，填报附表。现将有关事项通知如下：",
      "一、填报范围。2032年需要维修、尚未列入计划的校舍。",
      "二、填报要求。表格如实填写，内容完整。",
      "三、报送时间。2031年9月20日前，将附件表格发至计划财务股邮箱：xyz@example.org。",
      "某县教育局",
      "2031年9月10日",
    ]);
    const titles = plan.tasks.map((t) => t.title);
    expect(titles).not.toContain("填报范围");
    const handed = plan.tasks.find((t) => t.title === "将附件表格发至计划财务股邮箱")!;
    expect(handed.deadlines.map((d) => d.by)).toEqual(["2031-09-20"]);
    expect(handed.lead).toEqual(["计划财务股"]);
  });
});

describe("a statistics notice's counted period (xnotice27)", () => {
  it("drops the period and dates the hand-over in the year it is signed, not in the period's first year", async () => {
    const plan = await planOf([
      "关于做好2030学年课题成果统计工作的通知",
      "各中小学：",
      "请各校按以下要求做好统计。",
      "1.统计时间：2030年9月1日——2031年8月31日。",
      "2.按要求填好附件1成果登记表，并于9月5日前报送教科室。",
      "某县教育局",
      "2031年8月28日",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["2"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2031-09-05"]);
  });
});

describe("a label over a notice's remaining demands (xnotice27)", () => {
  it("takes each sentence asking a body as a task, named by its first two clauses, who is asked and where it goes its units", async () => {
    const plan = await planOf([
      "各区教育局，直属各学校：",
      "现将有关事项通知如下：",
      "一、申报对象 全市普通高中。",
      "二、评选方式 学校自评、区级推荐、市级评审。",
      "三、其他要求",
      "请各区教育局于6月10日前，将推荐学校的申报表发送至邮箱，纸质版报送至市教育局基础教育科（某路8号）。直属学校自评后，请于6月10日前将材料报至上述科室，电子版发至指定邮箱。",
      "某市教育局",
      "2031年5月20日",
    ]);
    const asked = plan.tasks.filter((t) => t.no === "");
    expect(asked.map((t) => t.title)).toEqual(["请各区教育局于6月10日前，将推荐学校的申报表发送至邮箱", "直属学校自评后，请于6月10日前将材料报至上述科室"]);
    expect(asked.map((t) => t.lead)).toEqual([["各区教育局", "市教育局基础教育科"], ["直属学校"]]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("申报对象全市普通高中");
  });
});
