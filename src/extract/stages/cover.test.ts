import { AlignmentType, Document, LevelFormat, Packer, Paragraph as DocxParagraph } from "docx";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { regionOf } from "./cover.js";

const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;

describe("plan metadata", () => {
  it("takes the issuer and date from the signature after the last task", async () => {
    const p = await plan(["石桥县教育局2026年工作要点", "1.强化党建。内容。", "2.推进课改。内容。", "石桥县教育局", "2026年1月5日"].join("\n"));
    expect([p.issuer, p.issuedOn]).toEqual(["石桥县教育局", "2026-01-05"]);
    expect(p.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
  it("takes a signing date in figures under the signer's name, not a page's date stamp under its title", async () => {
    const p = await plan(["各学院：", "请各学院于6月6日（本周五）前报送新生名单，并于6月8日前完成核对。", "报送时请注意核对学号，确保信息准确无误。", "教务处", "2031.6.4"].join("\n"));
    expect([p.issuer, p.issuedOn, p.year]).toEqual(["教务处", "2031-06-04", 2031]);
    const q = await plan(["关于做好新生报到工作的通知", "2031-06-04", "各学院：", "请各学院于6月8日前完成新生名单核对。", "报送时请注意核对学号。", "教务处"].join("\n"));
    expect(q.issuedOn).toBeNull();
  });
  it("reads titles of 为民办实事 lists and speeches, and a speech's bracketed date", async () => {
    expect((await plan("石桥县2026年教育民生实事项目\n1.新建幼儿园1所。（责任单位：计财股）\n2.改造厕所5座。（责任单位：后勤中心）")).title).toBe("石桥县2026年教育民生实事项目");
    const s = await plan("在全市2026年教育督导工作会议上的讲话\n市政府副市长  林某\n（2026年3月2日）\n同志们：\n今天我们召开全市教育督导工作会议，主要任务是总结去年工作，部署今年任务。刚才几位同志作了发言，讲得很好。\n下面，我讲两点意见，供大家在工作中参考，希望大家认真抓好贯彻落实，推动全市教育督导工作上新台阶。");
    expect([s.title, s.issuedOn, s.region]).toEqual(["在全市2026年教育督导工作会议上的讲话", "2026-03-02", null]);
  });
  it("dates an undated notice by the 文号 of the document it forwards, and names a page by its 关于…通知 line without 的", async () => {
    const p = await plan(
      [
        "站内消息详情",
        "关于抓紧开展校舍安全自查情况意见通知",
        "各市（州）教育局：",
        "现将《青禾省教育厅关于开展校舍安全检查的通知》（青教发〔2031〕9号）转发你们，请认真贯彻执行。现就有关事项通知如下。",
        "一、各地自查",
        "各市（州）于5月10日17：00前报送自查报告。",
        "二、重点抽查",
        "省教育厅将组织抽查。",
      ].join("\n"),
    );
    expect([p.title, p.year]).toEqual(["关于抓紧开展校舍安全自查情况意见通知", 2031]);
    expect(p.tasks[0].deadlines.map((d) => [d.by, d.what])).toEqual([["2031-05-10", "各市（州）报送自查报告"]]);
    // a 文号 cited as the ground of the work dates nothing
    const q = await plan(["各学校：", "根据《青禾省教育厅关于开展校舍安全检查的通知》（青教发〔2031〕9号）精神，现将有关事项通知如下。", "一、各校于5月10日前自查。", "二、教育局组织抽查。"].join("\n"));
    expect(q.year).toBeNull();
  });
  it("gives an untitled, undated text that looks ahead to 明年 the earliest of the years it names", async () => {
    const p = await plan(
      [
        "一、加快幼儿园建设。今年11月至明年3月前，全县开工新建12所幼儿园，争取在2032年秋季开学前投入使用；2032年下半年至2033年，再改扩建一批幼儿园。",
        "二、抓好公厕建设。2031年-2032年上半年，全县新增50座公厕。",
        "三、做好避险场所建设。至明年底，全县设置200个避灾点。",
      ].join("\n"),
    );
    expect(p.year).toBe(2031);
    expect(p.tasks[2].deadlines.map((d) => d.by)).toEqual(["2032-12"]);
  });
  it("dates a page by its date-and-time stamp, not by the birth span of the children it enrols (xnotices)", async () => {
    const p = await plan(
      [
        "青禾镇幼儿园秋季招生对象及时间",
        "2031-06-28 09:12:40",
        "1.招生对象",
        "招收满3周岁(2027年9月1日—2028年8月31日期间出生)的幼儿。",
        "2.时间安排",
        "各幼儿园于7月12日前公布招生简章。7月25日前各幼儿园完成报名登记。",
      ].join("\n"),
    );
    expect(p.year).toBe(2031);
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toEqual(["2031-07-12", "2031-07-25"]);
  });
  it("takes a forum's upload stamp for no title, and dates the post's year by it", async () => {
    const p = await plan(
      [
        "会场照片.jpg (88.10 KB, 下载次数: 12)",
        "下载附件",
        "2031-4-2 10:15 上传",
        "4月1日下午，县教育局召开均衡发展工作调度会。",
        "局长强调，要坚持问题导向，精准发力；要狠抓工作落实，形成合力。",
      ].join("\n"),
    );
    expect([p.title, p.year]).toEqual([null, 2031]);
  });
  it("dates a text that writes no year by the page's time stamp alone on its line (xdates21)", async () => {
    const p = await plan(
      [
        "社区服务中心重点工作安排",
        "时间:2031-02-14 08:12:40",
        "导语:本文由网友上传,仅供参考。",
        "一、重点工作",
        "1、新建日间照料中心2所。力争5月末完成选址,10月上旬投入使用。",
        "2、做好困难群众走访慰问工作。12月底前完成。",
      ].join("\n"),
    );
    expect(p.year).toBe(2031);
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-05", "2031-10"], ["2031-12"]]);
    // (a text that names its own year keeps it; a stamp with more on its line is no stamp alone)
    expect((await plan(["工作安排", "时间:2031-02-14 08:12:40", "2029年重点工作：", "1、完成选址。"].join("\n"))).year).toBe(2029);
    expect((await plan(["工作安排", "活动时间:2031-02-14 上午9点在礼堂", "1、布置会场。"].join("\n"))).year).not.toBe(2031);
    // (nor where no month of the text needs a year: "上半年…", "教师节当天…")
    expect((await plan(["机关学习安排", "时间:2031-02-14 08:12:40", "一、学习制度", "1、上半年组织好机关的学习活动。", "2、在教师节当天开展慰问。"].join("\n"))).year).toBeNull();
  });
  it("dates a news text that writes no year by a 来源 that gives the page's date in place of a source", async () => {
    const p = await plan(["来源:2031-05-04 | 人围观", "今年,市水务局将加快工程建设。", "1、6月底前完成12座水闸改造。", "2、年内完成河道治理20公里。"].join("\n"));
    expect(p.year).toBe(2031);
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-06"], ["2031-12"]]);
    // (a 来源 naming a site is no date)
    expect((await plan(["来源:青禾日报 | 人围观", "1、6月底前完成12座水闸改造。"].join("\n"))).year).toBeNull();
  });
  it("never takes a title or preposition for a place", () => {
    expect(regionOf("在全县2026年教育工作会议上的讲话")).toBeNull();
    expect(regionOf("石桥县教育局")).toBe("石桥县");
    expect(regionOf("青禾省教育厅")).toBe("青禾省");
    expect(regionOf("青禾省青禾市教育局")).toBe("青禾市");
  });
});

describe("plan metadata: a signature on one line and Minguo dates in figures (xdates23)", () => {
  it("takes the body and the date of a signature printed on one line, its year perhaps of the Minguo calendar", async () => {
    const p = await plan(["各班導師:", "一、請於3月5日前繳交名冊。", "二、請於3月9日前完成座位表。", "青禾國小 教務處 120/3/2"].join("\n"));
    expect([p.issuer, p.issuedOn, p.year]).toEqual(["青禾國小教務處", "2031-03-02", 2031]);
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toEqual(["2031-03-05", "2031-03-09"]);
    const q = await plan(["各学院：", "一、请于3月5日前报送名单。", "二、请于3月9日前完成核对。", "教务处 2031年3月2日"].join("\n"));
    expect([q.issuer, q.issuedOn]).toEqual(["教务处", "2031-03-02"]);
  });
  it("dates an undated text by a Minguo date in figures beside its title", async () => {
    const p = await plan(["召開校園安全第二次會議 (120/02/17)", "一、請各班於3月5日前完成演練。", "二、請總務處於3月9日前檢修設備。"].join("\n"));
    expect(p.year).toBe(2031);
  });
  it("takes no signature from a line whose words name no body", async () => {
    const p = await plan(["各班導師:", "一、請於3月5日前繳交名冊。", "二、請於3月9日前完成座位表。", "合計 3 份 120/3/2"].join("\n"));
    expect(p.issuer).toBeNull();
  });
});

describe("plan metadata: plain letterheads, labelled lines and spreadsheet titles", () => {
  it("takes the issuer from a first-line body name, never from the notice line", async () => {
    const p = await plan(["青禾市河湾区教育局", "关于印发《2031年教育民生实事》的通知", "河教发〔2031〕3号", "各学校：现将实事项目印发给你们，请认真抓好落实。", "附件", "2031年教育民生实事", "1. 改造食堂。完成6所学校食堂改造。（牵头单位：后勤科）", "2. 送教上门。每月送教不少于2次。（牵头单位：特教中心）"].join("\n"));
    expect([p.issuer, p.docNumber, p.region, p.title]).toEqual(["青禾市河湾区教育局", "河教发〔2031〕3号", "青禾市河湾区", "2031年教育民生实事"]);
  });
  it("reads a place whose name starts like a preposition, but never a verb phrase", () => {
    expect(regionOf("于田县教育局")).toBe("于田县");
    expect(regionOf("为全区")).toBeNull();
    expect(regionOf("推动全县")).toBeNull();
  });
  it("reads a labelled 文号 line and a body named at the head of a table title", async () => {
    const p = await plan(["文号：禾教〔2031〕9号", "禾山县教育局2031年重点任务分解表", "| 序号 | 重点任务 | 牵头股室 |", "|---|---|---|", "| 1 | 改造操场 | 后勤股 |", "| 2 | 招聘教师 | 人事股 |"].join("\n"));
    expect([p.docNumber, p.issuer, p.title]).toEqual(["禾教〔2031〕9号", "禾山县教育局", "禾山县教育局2031年重点任务分解表"]);
  });
  it("reads a 责任分工 title line, a signature in Chinese numerals, and quoted task names", async () => {
    const p = await plan(["青禾区人民政府办公室", "禾政办函〔2031〕2号", "青禾区人民政府办公室关于印发2031年区政府工作报告民生工作责任分工的通知", "各街道：", "现印发给你们，请认真落实。", "青禾区人民政府办公室", "二〇三一年二月二十八日", "2031年区政府工作报告民生工作责任分工", "1.“新建社区食堂。建成食堂5个。”（牵头单位：区民政局）", "2.“改造老旧小区。完成改造12个。”（牵头单位：区住建局）"].join("\n"));
    expect([p.title, p.issuedOn, p.tasks.map((t) => t.title).join("|")]).toEqual(["2031年区政府工作报告民生工作责任分工", "2031-02-28", "新建社区食堂|改造老旧小区"]);
  });
  it("reads a quoted header line of labelled fields and markdown bullets as unit fields", async () => {
    const md = ["# 青禾区2031年智慧校园建设方案", "", "> 发布单位：青禾市青禾区教育局 ｜ 文号：青教通〔2031〕5号 ｜ 发布日期：2031-04-02", "> 最后编辑：张某", "", "## 一、建设网络", "", "### （一）升级校园网", "", "完成全区学校网络升级。", "", "- 牵头：信息中心", "- 配合：财务股、各中小学", "- 时限：2031年9月", "", "### （二）配备终端", "", "配备平板电脑300台。", "", "- 牵头：装备站", "- 时限：2031年12月底"].join("\n");
    const p = (await extractPlan(md, { filename: "x.md" })).plan;
    expect([p.issuer, p.docNumber, p.issuedOn, p.region]).toEqual(["青禾市青禾区教育局", "青教通〔2031〕5号", "2031-04-02", "青禾市青禾区"]);
    expect(p.tasks.map((t) => [t.lead.join("、"), t.co.join("、"), t.deadlines.map((d) => d.by).join("、")].join("|"))).toEqual(["信息中心|财务股、各中小学|2031-09", "装备站||2031-12"]);
  });
  it("never takes a place from the recipients line", async () => {
    const p = await plan(["关于印发《2031年全省教育工作要点》的通知", "各县（市、区）教育局，青禾新区社会事务局，厅机关各处室：", "现将《2031年全省教育工作要点》印发给你们，请认真贯彻落实。", "2031年2月1日", "2031年全省教育工作要点", "一、加强党建", "1.深化理论学习。开展专题学习。（思政处牵头）", "2.推进清廉学校建设。（纪检组牵头，人事处配合）"].join("\n"));
    expect([p.title, p.region]).toEqual(["2031年全省教育工作要点", null]);
  });
});

describe("plan metadata: school plans", () => {
  it("takes a school that signs at the end as the issuer", async () => {
    const p = await plan(["青禾县实验中学2031年工作计划", "（2031年2月1日校务会通过）", "1．加强德育。开展主题班会。部门：政教处　负责人：吴刚", "2．抓实教学。组织三次联考。部门：教务处　负责人：周敏", "青禾县实验中学", "2031年2月1日"].join("\n\n"));
    expect([p.issuer, p.issuedOn, p.region]).toEqual(["青禾县实验中学", "2031-02-01", "青禾县"]);
    expect(p.tasks.map((t) => [t.lead, t.leaders])).toEqual([
      [["政教处"], ["吴刚"]],
      [["教务处"], ["周敏"]],
    ]);
  });
});

describe("plan metadata: notices that are the plan, offices and schools", () => {
  it("takes a provincial notice's own title and a bulletin's title, and an office signing", async () => {
    const n = await plan(["青禾省教育厅", "青教通〔2031〕3号", "青禾省教育厅关于做好2031年校园食品安全工作的通知", "", "各市州教育局：", "一、压实责任", "1.落实负责制。各校建立负责制。（责任处室：体卫处）", "2.健全排查机制。每月自查一次。（责任处室：体卫处）", "青禾省教育厅", "2031年3月1日"].join("\n"));
    expect([n.title, n.issuer, n.region]).toEqual(["青禾省教育厅关于做好2031年校园食品安全工作的通知", "青禾省教育厅", "青禾省"]);
    const b = await plan(["关于2031年第一季度重点工作推进情况的督查通报", "青教督〔2031〕5号", "各股室：", "现将督查情况通报如下。", "一、总体情况", "进展顺利。", "青禾县教育局督导室", "2031年4月14日"].join("\n"));
    expect([b.title, b.issuer]).toEqual(["关于2031年第一季度重点工作推进情况的督查通报", "青禾县教育局督导室"]);
  });
  it("prefers the full name at the top to the signature's short one, and joins a school's name to its title", async () => {
    const s = await plan(["青禾市河湾区石桥小学", "2031年春季学期安全工作方案", "", "为认真落实安全工作责任制，确保师生生命财产安全，结合我校实际，制定本方案。", "一、责任分解", "（一）消防安全。检查器材。", "（二）食品安全。检查食堂。", "二、工作要求", "认真落实。", "石桥小学", "2031年2月20日"].join("\n"));
    expect([s.issuer, s.title, s.region]).toEqual(["青禾市河湾区石桥小学", "青禾市河湾区石桥小学2031年春季学期安全工作方案", "青禾市河湾区"]);
  });
});

describe("region from the body text", () => {
  it("never takes a preposition before 区/县 for a place", async () => {
    const p = await plan(["2031年春季学期安全工作方案", "", "为落实安全责任，根据区教育局安全工作会议精神，结合我校实际，制定本方案。", "一、责任分解", "（一）消防安全。检查器材。（责任部门：总务处）", "（二）食品安全。检查食堂。（责任部门：总务处）"].join("\n"));
    expect(p.region).toBeNull();
  });
});


describe("plan metadata: web pages and fragments", () => {
  it("takes a page's own first title line, printed twice, with its year and place", async () => {
    const p = await plan(["首页 > 百科 > 教育", "2031青禾州中小学秋季开学时间 2031青禾州中小学秋季开学时间表", "来源： 更新时间：2031-08-01 06:30:01", "各校9月1日正式上课。", "1.加强值班管理。各学校要做好值班工作。", "2.开展安全教育。各学校要开展安全教育。"].join("\n"));
    expect([p.title, p.year, p.region, p.issuedOn]).toEqual(["2031青禾州中小学秋季开学时间", 2031, "青禾州", null]);
  });

  it("takes a bulletin's title and the body signing it on the last line without a date", async () => {
    const p = await plan(["青禾市1至6月份民生工程实施进度通报", "为扎实推进我市2031年民生工程精准实施，确保民生工程目标任务高效完成，现将1至6月份实施进度通报如下：", "一、项目进展", "1、学前教育提升，牵头单位：市教育局。", "2、教师培训，牵头单位：市教育局。", "青禾市民生办"].join("\n"));
    expect([p.title, p.issuer, p.region]).toEqual(["青禾市1至6月份民生工程实施进度通报", "青禾市民生办", "青禾市"]);
  });

  it("takes a 公示's title, a file name's title without its extension and a traditional-script title", async () => {
    expect((await plan(["关于对青禾区教育局2031年度民生实事项目完成情况的公示", "现将我局所承办的2031年省、市重点民生实事项目完成情况予以公示，公示期为五个工作日。", "1.补充电脑项目。省重点民生实事项目任务补充配置电脑数300台，实际补充312台。"].join("\n"))).title).toBe("关于对青禾区教育局2031年度民生实事项目完成情况的公示");
    expect((await plan(["2031年民生实事项目责任分解表.docx", "1.新建幼儿园。", "2.改造操场。"].join("\n"))).title).toBe("2031年民生实事项目责任分解表");
    expect((await plan(["教育局教育工作計劃", "時間:2031-03-27 06:47:00", "一、加強隊伍建設", "1、開展培訓。"].join("\n"))).title).toBe("教育局教育工作計劃");
  });

  it("takes no label or column header for a title, but the page record's 名称", async () => {
    const p = await plan(["青禾区2031年民生实事：教育行动（2项）", "任务安排", "新建中小学校2所，新增学位3000座。", "落实情况", "第一季度：已开工。"].join("\n"));
    expect([p.title, p.region]).toEqual(["青禾区2031年民生实事：教育行动（2项）", "青禾区"]);
    const q = await plan(["名称: 青禾区教育局2031年重点工作任务分解表 文号:", "重点工作任务", "主要责任单位", "1.新建幼儿园2所。", "2.改造操场3个。"].join("\n"));
    expect(q.title).toBe("青禾区教育局2031年重点工作任务分解表");
  });

  it("names no issuer from a title that lost its place, and none from spam in a page record", async () => {
    const p = await plan(["市教育局2031年工作要点", "1.加强党建。内容。", "2.推进课改。内容。"].join("\n"));
    expect([p.title, p.issuer]).toEqual(["市教育局2031年工作要点", null]);
  });

  it("dates a document by a record row of label and value cells, and a school year's second term by its second year", async () => {
    const p = await plan(["类别 | 事项名称 | 年度任务目标 | 责任单位 |", "一、教育 | 1.改扩建学校 | 完成教学楼建设。 | 教育局 |", "索引号: | 0012/2031-00042 | 成文日期: | 2031-10-08 |"].join("\n"));
    expect(p.issuedOn).toBe("2031-10-08");
    // (label cells without their colon, over the task table's header: the record dates the plan, and its months the milestones)
    const q = await plan(["索引号 | 0012/2031-00042 | 公开方式 | 主动公开 |", "发布单位 | 区政府 | 发文日期 | 2031-07-14 |", "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |", "1 | 新建幼儿园2所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 |"].join("\n"));
    expect([q.issuedOn, q.year, q.tasks[0]?.deadlines.map((d) => d.by)]).toEqual(["2031-07-14", 2031, ["2031-04", "2031-08"]]);
    expect((await plan(["青禾市第一中学2030-2031学年第二学期校历", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2031);
    expect((await plan(["青禾市第一中学2030-2031学年第一学期校历", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2030);
  });
  it("dates a Taiwanese school's calendar by its Minguo school year (113学年度 is 2024), its months after the summer in the year's second half", async () => {
    expect((await plan(["青禾國民小學 120學年度 第1學期 行事曆", "1.校慶運動會。", "2.期中考試。"].join("\n"))).year).toBe(2031);
    expect((await plan(["青禾國民小學 120學年度第2學期行事曆", "1.校慶運動會。", "2.期中考試。"].join("\n"))).year).toBe(2032);
    const p = await plan(["青禾國民小學 120學年度 第1學期 行事曆", "日 期 |", "星 期 |", "學 校 行 事 紀 要 |", "備 註 |", "---|---|---|---|", "9月2日~9月6日 |", "一~五 |", "友善校園週 |", "品德教育 |", "9月17日 |", "二 |", "中秋節 |", "放假1日 |", "10月14日 |", "一 |", "校內語文競賽 |", "|"].join("\n"));
    expect(p.tasks.map((t) => `${t.title} ${t.deadlines.map((d) => d.by).join()}`)).toEqual(["友善校園週 2031-09-06", "校內語文競賽 2031-10-14"]);
  });
  it("dates a calendar by the Minguo school year at its head where no title holds it (the title run into the file name)", async () => {
    const p = await plan(["學期行事曆.pdf 青禾國民小學 120學年度 第2學期 行事曆 日期 | 學校行事紀要 | 備註 |", "2月12日 | 開學日 | |", "3月5日 | 校內語文競賽 | |"].join("\n"));
    expect(p.year).toBe(2032);
  });
  it("takes the term named after the schools of a Minguo school year (xtargets24)", async () => {
    expect((await plan(["120學年度各公私立國民中小學第2學期返校日調整一案", "一、返校日調整為2月20日。", "二、請各校週知。"].join("\n"))).year).toBe(2032);
  });
});

describe("plan metadata: a web page pasted into Word", () => {
  it("reads the title and its year under a bulleted link label the title ran into", async () => {
    // pandoc and Word list a page's "- 相关推荐" link as a bullet item, and the title line after it joins the item
    const doc = new Document({
      numbering: { config: [{ reference: "links", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new DocxParagraph({ text: "相关推荐 2031青禾中学秋季开学通知范文(通用3篇)", numbering: { reference: "links", level: 0 } }),
            new DocxParagraph("放假时间:"),
            new DocxParagraph("1.初中于7月11日行结业礼,7月13日至8月31日放暑假。"),
            new DocxParagraph("2.高中于7月12日行结业礼,7月14日至8月31日放暑假。"),
          ],
        },
      ],
    });
    const { plan: p } = await extractPlan(Buffer.from(await Packer.toBuffer(doc)), { filename: "x.docx" });
    expect([p.title, p.year]).toEqual(["2031青禾中学秋季开学通知范文", 2031]);
    expect(p.tasks[0].deadlines.map((d) => d.by)).toContain("2031-07-11");
  });
});

describe("plan metadata: a notice only cited is no cover", () => {
  const meta = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
  it("keeps the plan's title when a row cites a notice it acts on", async () => {
    const p = await meta(
      [
        "某县教育局2020—2021学年度第二学期教育工作行事历",
        "△学校安全隐患排查：各校全面进行学校安全排查。",
        "△申报乡村教师定向培养计划：根据省教育厅《关于申报2021年乡村教师公费定向培养招生计划的通知》、结合我县实际进行申报。",
        "△开展规范守则教育实践活动：结合新版《中小学生守则》开展。",
      ].join("\n"),
    );
    expect(p.title).toBe("某县教育局2020—2021学年度第二学期教育工作行事历");
    // (the rows above the citing row are read too)
    expect(p.tasks.some((t) => t.title.startsWith("学校安全隐患排查"))).toBe(true);
  });
  it("keeps a plan's preamble citing a notice from being read as the cover", async () => {
    const p = await meta(
      [
        "某市推进义务教育优质均衡发展实施细则",
        "为认真贯彻落实《国务院教育督导委员会办公室关于印发〈县域义务教育优质均衡发展督导评估工作规程〉的通知》精神，特制定本实施细则。",
        "一、指导思想",
        "坚持以人为本。",
      ].join("\n"),
    );
    expect(p.title).toBe("某市推进义务教育优质均衡发展实施细则");
  });
  it("still reads the notice's own sentence citing a notice and handing out its arrangement as the cover", async () => {
    const p = await meta(
      [
        "某某中学",
        "根据《国务院办公厅关于2023年部分节假日安排的通知》精神，结合我校实际，现将我校2023年国庆节放假安排通知如下：",
        "一、放假时间：9月29日至10月6日放假调休，共8天。",
        "二、各部门要做好节前安全检查。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => t.title)).toContain("放假时间");
  });
});

describe("plan metadata: a web copy printing the 文号, the body, then the title", () => {
  it("takes the body between the number and the title as the issuer", async () => {
    const { plan } = await extractPlan(
      ["关于做好暑期安全工作的通知", "某教安发〔2023〕52号", "渭南市某区教育局", "关于做好暑期安全工作的通知", "各中心校：", "一、加强宣传教育", "1.防溺水。各校要开展防溺水教育。"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.issuer).toBe("渭南市某区教育局");
    expect(plan.region).toBe("渭南市某区");
  });
});

describe("plan metadata: the document's own year (issue 9)", () => {
  it("takes the signature's year over a later year a copied page put in the title", async () => {
    const p = await plan(
      ["2031年青禾小学少先队工作计划", "1、办好读书节。", "各班开展读书交流活动。", "青禾街道中心小学", "二○二二年九月", "月份安排", "10月份", "召开少先队代表大会", "11月份", "组织秋季运动会"].join("\n"),
    );
    expect(p.year).toBe(2022);
    // the signature's own date is nobody's deadline
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).not.toContain("2022-09");
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2022-11");
  });
  it("keeps the title's year when the plan was signed in it or in the autumn before it", async () => {
    const a = await plan(["青禾县教育局2032年工作要点", "1.强化党建。内容。", "2.推进课改。内容。", "青禾县教育局", "2031年12月20日"].join("\n"));
    expect(a.year).toBe(2032);
    const b = await plan(["青禾县教育局2031年工作要点", "1.强化党建。内容。", "2.推进课改。内容。", "青禾县教育局", "2031年3月2日"].join("\n"));
    expect(b.year).toBe(2031);
  });
  it("dates a notice by a signing date that lost its 年月日 ('203122'), over a headline's later year", async () => {
    const p = await plan(
      ["关于印发2032年青禾市校舍建设实施方案的通知", "青禾市人民政府办公室", "各区县人民政府：", "现将方案印发给你们，请认真抓好组织实施。", "青禾市人民政府办公室", "203122", "一、工作部署阶段（2月）。召开部署会议。", "二、全面开工阶段（4月—12月）。所有项目开工建设。"].join("\n"),
    );
    expect([p.issuedOn, p.year]).toEqual(["2031-02-02", 2031]);
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2031-12");
  });
  it("does not date an untitled staged plan by the year since which something happened ('2029年以来'), its stages due in the plan's year (xstages17)", async () => {
    const p = await plan(
      ["（一）自查阶段（7月1日至7月15日）。各镇对2029年以来的整改台账进行清查，7月15日前报县专项办。", "（二）整治阶段（7月16日至8月31日）。集中整治突出问题，9月10日前报送《2031年专项整治工作总结》。"].join("\n"),
    );
    expect(p.year).toBe(2031);
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2031-08-31");
    // (counter-example: a year named with 年 and nothing of the past after it still counts)
    expect((await plan(["（一）自查阶段。各镇对2029年的整改台账进行清查。", "（二）整治阶段。集中整治突出问题，报送《2031年专项整治工作总结》。"].join("\n"))).year).toBe(2029);
  });
  it("reads a school year written with 年 and its term: autumn in the first year, spring in the second", async () => {
    expect((await plan(["2030-2031年第二学期德育活动安排", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2031);
    expect((await plan(["2030-2031年度第一学期德育活动安排", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2030);
    expect((await plan(["青禾中学2030学年第二学期教研计划", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2031);
  });
});

describe("a notice about two breaks", () => {
  it("leaves a bare 放假前 unresolved where the notice names 元旦 and 寒假", async () => {
    const p = await plan(["关于2031年元旦和寒假放假安排的通知", "各单位：", "一、放假时间", "1.元旦放假时间：2030年12月30日至2031年1月1日。", "二、有关要求", "1.做好安全检查。放假前对本单位进行一次安全检查。", "2.做好值班。各单位安排好值班。"].join("\n"));
    expect(p.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toEqual([]);
    const q = await plan(["关于2031年寒假放假安排的通知", "各单位：", "1.做好安全检查。放假前对本单位进行一次安全检查。", "2.做好值班。各单位安排好值班。"].join("\n"));
    expect(q.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toEqual(["2031-01"]);
  });
});

describe("Minguo plan years (xdates11)", () => {
  it("reads a Minguo plan year from the title (年度, 民國) and, untitled, from the Minguo dates in the text", async () => {
    expect((await plan("青禾國小114年度校慶運動會實施計畫\n一、籌備會議：10月21日召開。\n二、活動日：11月29日舉行。")).year).toBe(2025);
    expect((await plan("民國112年青禾高中畢業典禮計畫\n一、5月20日前完成場地佈置。\n二、6月10日舉行典禮。")).year).toBe(2023);
    const untitled = await plan("法規內容\n公發布日：民國 103 年 04 月 15 日\n一、各單位應於一百零三年五月三十一日前完成清冊。\n二、各單位應於一百零三年六月十日前送交秘書室。");
    expect(untitled.year).toBe(2014);
    expect((await plan("青禾中学建校120年校庆活动方案\n一、2031年9月完成校史馆布展。\n二、2031年10月举行庆典。")).year).toBe(2031);
  });
});

describe("plan metadata: a school year's year and a sharing site's title suffix (xmeta14)", () => {
  it("reads a school year written with a slash or a double dash, its second term in its second year", async () => {
    expect((await plan(["关于2030/2031学年第二学期学生报到的安排", "1.报到。", "2.注册。"].join("\n"))).year).toBe(2031);
    expect((await plan(["青禾中学2030--2031学年第一学期教学计划", "1.开学典礼。", "2.期中考试。"].join("\n"))).year).toBe(2030);
  });
  it("dates a plan by a school year named at the head when no title carries it", async () => {
    expect((await plan(["导读：第一篇：小学2030学年第二学期学校工作计划 一、指导思想：坚持立德树人，全面发展。", "1.抓好常规。", "2.开展活动。"].join("\n"))).year).toBe(2031);
    expect((await plan(["根据本市实际，制定“青禾市2030—2031学年幼儿园园历”，请认真执行：", "1.开学。", "2.放假。", "2031年1月20日寒假开始，2031年2月17日开学。"].join("\n"))).year).toBe(2030);
    expect((await plan(["现将2030—2031學年度下期期末及暑假工作通知如下：", "1.考试。", "2.放假。"].join("\n"))).year).toBe(2031);
  });
  it("dates a news page that writes no year by its 发稿时间 or 日期, and reads a 发文日期 as the signing date", async () => {
    const a = await plan(["学校要闻", "校领导检查暑期校舍维修进展", "发稿时间:2031-08-04 来源:后勤处 作者:李某", "8月3日上午，校领导检查维修工程。", "1.月底前完成屋面维修。", "2.开学前完成场地清理。"].join("\n"));
    expect(a.year).toBe(2031);
    const b = await plan(["青禾县食品安全专项整治成果展示", "日期:2031-07-10 11:07 来源:青禾县教育局", "1.8月底前完成食堂改造。", "2.建立台账。"].join("\n"));
    expect(b.year).toBe(2031);
    // a page date beside a year the text writes itself does not re-date it
    const c = await plan(["青禾县校舍改造双月报", "【字号 日期:2032-12-13 10:05:33", "1.报送截至2031年3月底进展。", "2.4月10日组织试填报。"].join("\n"));
    expect(c.year).toBe(2031);
    const d = await plan(["当前位置：首页 > 校园安全", "发文日期: 2031-04-28 09:11:28 生成日期: 2031-04-28 09:11:28", "名称: 校舍安全隐患排查要点", "1.排查屋面。", "2.排查围墙。"].join("\n"));
    expect([d.issuedOn, d.year]).toEqual(["2031-04-28", 2031]);
  });
  it("gives a plan over several years its first year", async () => {
    expect((await plan(["青禾市校园安全三年行动（2030—2032年）实施方案", "1.排查隐患。", "2.整改销号。"].join("\n"))).year).toBe(2030);
    expect((await plan(["青禾县名师培养方案(2030-2033年)", "1.遴选人选。", "2.跟岗研修。"].join("\n"))).year).toBe(2030);
    expect((await plan(["青禾县2031年教育工作要点", "1.抓党建。", "2.促均衡。"].join("\n"))).year).toBe(2031);
  });
  it("dates a plan without a title year or a signing date by its own 文号", async () => {
    expect((await plan(["青禾市人民政府关于加快学前教育发展的意见", "青政发[2031]68号", "1.扩充资源。", "2.提高质量。"].join("\n"))).year).toBe(2031);
    expect((await plan(["青禾省人民政府关于实施义务教育改革的意见", "青政〔2030〕85号", "1.均衡发展。", "2.减轻负担。", "2032年底前完成。"].join("\n"))).year).toBe(2030);
  });
  it("drops a sharing site's collection count or page from the title", async () => {
    expect((await plan(["青禾小学教研工作计划(精选7篇)", "1.抓好常规。", "2.开展活动。"].join("\n"))).title).toBe("青禾小学教研工作计划");
    expect((await plan(["2030年学校秋季学期工作计划7篇", "1.抓好常规。", "2.开展活动。"].join("\n"))).title).toBe("2030年学校秋季学期工作计划");
    expect((await plan(["小学六一活动方案(案例)精编8篇", "1.抓好常规。", "2.开展活动。"].join("\n"))).title).toBe("小学六一活动方案");
    expect((await plan(["2030年某县德育工作要点(第2/3页)", "1.抓好常规。", "2.开展活动。"].join("\n"))).title).toBe("2030年某县德育工作要点");
  });
});

describe("a title re-dated for a sample site", () => {
  it("takes the year the text names twice or more, two years or more before the title's, where the text never names the title's", async () => {
    const { extractPlan } = await import("../index.js");
    const text = ["2031年学校防溺水工作方案范文", "2031年学校防溺水工作方案范文1", "为做好2028年暑期防溺水工作，特制定本方案。", "一、活动时间：2028年6月1日至7月10日", "二、工作任务", "1、6月10日前完成隐患排查。"].join("\n");
    const { plan } = await extractPlan(text, { filename: "sample.txt" });
    expect(plan.year).toBe(2028);
    expect(plan.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2028-06-10");
    // (a text that names the title's year as well keeps it)
    const own = await extractPlan(text.replace("为做好2028年", "为做好2031年"), { filename: "own.txt" });
    expect(own.plan.year).toBe(2031);
  });
});

describe("January called 元月 (xnotice27)", () => {
  it("reads a signature dated 元月 as January, and gives its date to no task", async () => {
    const { plan } = await extractPlan(
      ["关于做好寒假安全工作的通知", "一、各班主任放假前要召开一次安全主题班会。", "二、保卫科要安排好假期值班。", "某某中学", "2032年元月6日"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.issuedOn).toBe("2032-01-06");
    expect(plan.issuer).toBe("某某中学");
    expect(plan.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
  it("leaves 元月 that is no month alone: a unit's monthly test", async () => {
    const { plan } = await extractPlan(["2032年春季学期工作安排", "1、3月组织第一单元月考，4月10日前完成。", "2、做好期中考试。"].join("\n"), { filename: "x.txt" });
    expect(plan.tasks[0].title).toContain("单元月考");
  });
});

describe("plan metadata: the year of a review and of a school year's winter (xmeta9)", () => {
  it("dates a notice on the evaluation or count of a year's work by its signing in the year after", async () => {
    const a = await plan(["青禾市教育局关于做好2030年度乡镇教育工作考核评估的通知", "各乡镇中心学校：", "1.3月10日前完成自评。", "2.4月底前组织复核。", "青禾市教育局", "2031年2月12日"].join("\n"));
    expect([a.issuedOn, a.year]).toEqual(["2031-02-12", 2031]);
    expect(a.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2031-04");
    const b = await plan(["关于做好2030学年校园新闻稿件统计工作的通知", "各学校：", "1.7月5日前报送统计表。", "2.汇总存档。", "青禾县教育局", "2031年6月20日"].join("\n"));
    expect(b.year).toBe(2031);
    // (a plan signed early in the next year keeps its year: no review in its title)
    const c = await plan(["青禾县2030年民政工作要点", "1.抓救助。", "2.抓养老。", "青禾县民政局", "2031年1月8日"].join("\n"));
    expect(c.year).toBe(2030);
  });
  it("dates an unsigned summing-up of a year by the next year where its text goes on to it", async () => {
    const a = await plan(["青禾区2030年教育工作总结会议召开", "1月10日，会议指出，2030年各项工作成效明显。", "会议强调，2031年是新一轮规划开局之年。", "1.3月底前完成学位扩容。", "2.6月底前完成校舍改造。"].join("\n"));
    expect(a.year).toBe(2031);
    expect(a.tasks.flatMap((t) => t.deadlines.map((d) => d.by))).toContain("2031-03");
    // (a summing-up that stays in its year, or that names the next year's plan in its title, keeps its year)
    expect((await plan(["青禾小学2030年德育工作总结", "1.开展读书节。", "2.组织运动会。"].join("\n"))).year).toBe(2030);
    expect((await plan(["青禾县2030年工作总结和2031年工作计划", "1.抓党建。", "2.2031年3月底前完成改造。"].join("\n"))).year).toBe(2030);
    // (the next year only as the end of a span is not the text going on to it)
    expect((await plan(["青禾小学2030年教研工作总结", "1.落实《规划（2029—2031年）》。", "2.开展课题研究。"].join("\n"))).year).toBe(2030);
  });
  it("puts a school year's winter break or spring in its second year, its first term in its first", async () => {
    expect((await plan(["关于做好2030-2031学年度全县中小学寒假工作的通知", "1.安全教育。", "2.值班安排。"].join("\n"))).year).toBe(2031);
    expect((await plan(["关于做好2030-2031学年度第一学期期末考试及寒假工作的通知", "1.考试安排。", "2.值班安排。"].join("\n"))).year).toBe(2030);
    expect((await plan(["青禾中学2030-2031学年度教学工作计划", "1.抓常规。", "2.抓质量。"].join("\n"))).year).toBe(2030);
  });
});

describe("plan metadata: an issuer that is a heading, a rule or a field's label (xmeta9)", () => {
  it("takes no item's heading for the body that issued the plan", async () => {
    const p = await plan(["青禾中学校园搬迁工作方案", "一、成立搬迁工作领导小组", "组长：张某某", "副组长：李某某", "二、工作安排", "1.7月10日前完成物品打包。", "2.8月20日前完成新校区布置。"].join("\n"));
    expect(p.issuer).toBeNull();
  });
  it("reads the body out of a page's 印发机关 field", async () => {
    const p = await plan(["青禾县教育局2031年工作要点", "• 印发机关青禾县教育局", "• 发布日期2031-02-10", "1.抓党建。内容。", "2.促均衡。内容。"].join("\n"));
    expect(p.issuer).toBe("青禾县教育局");
  });
  it("takes no field's label ('文号') for the body, the title's body instead", async () => {
    const p = await plan(["青禾市人民政府办公室关于印发校园安全方案的通知", "文号", "青政办发〔2031〕5号", "1.排查隐患。", "2.整改销号。"].join("\n"));
    expect(p.issuer).toBe("青禾市人民政府办公室");
  });
});

describe("a site's tag around a page's title", () => {
  it("drops a tag before or after the title, keeps one inside it", async () => {
    const { extractPlan } = await import("../index.js");
    const title = async (first: string) => (await extractPlan([first, "一、各校于2031年3月1日前完成自查。", "二、各校于2031年4月1日前报送总结。"].join("\n"), { filename: "x.txt" })).plan.title;
    expect(await title("【转载】甲市2031年校园安全工作要点")).toBe("甲市2031年校园安全工作要点");
    expect(await title("甲市2031年校园安全工作要点【市教育局】")).toBe("甲市2031年校园安全工作要点");
    expect(await title("甲市2031年【第3届】校园读书节活动方案")).toBe("甲市2031年【第3届】校园读书节活动方案");
  });
});
