import { describe, expect, it } from "vitest";
import { findDeadlines, monthDay, ownTime, workYear } from "./dates.js";
import { Stitched } from "./stitched.js";
import { extractPlan } from "../index.js";

const find = (s: string, y = 2024) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);

describe("findDeadlines", () => {
  it("reads explicit dates as precisely as printed", () => {
    expect(find("平江一中体艺馆 2024 年 9 月建成投入使用")).toEqual(["2024-09"]);
    expect(find("2025年3月15日前完成")).toEqual(["2025-03-15"]);
    expect(find("天岳高中争取 2024 年底动工建设，2026 年投入使用")).toEqual(["2024-12", "2026"]);
    expect(find("到2025年，建成省劳动教育实验县")).toEqual(["2025"]);
  });
  it("reads 到 after a day's 前 as going to a place, not as a range's start (xnotices)", () => {
    expect(find("各园于6月15日前到镇中心校报送招生简章。", 2031)).toEqual(["2031-06-15"]);
    expect(find("报名材料须在9月3日之前到教务处登记。", 2031)).toEqual(["2031-09-03"]);
    expect(find("从6月15日到7月1日开展排查。", 2031)).toEqual(["2031-07-01"]);
  });
  it("dates a day printed with its weekday in the year beside the guessed one whose calendar agrees", () => {
    // 2031-11-28 is a Friday; 2030-11-28 a Thursday, 2032-11-28 a Sunday
    expect(find("各单位于11月28日（周四）前报送材料。", 2031)).toEqual(["2030-11-28"]);
    expect(find("请于6月6日（本周五）下午三点前上报。", 2031)).toEqual(["2031-06-06"]);
    expect(find("各组于11月28日（周五）前报送材料。", 2031)).toEqual(["2031-11-28"]);
    // no year either side puts it on that weekday: the guessed year stands
    expect(find("各组于11月28日（周二）前报送材料。", 2031)).toEqual(["2031-11-28"]);
  });
  it("keeps a clock time in the deadline's clause and out of what is due", () => {
    const s = "各单位于6月20日18：00前通过平台报送自查报告，逾期不候。";
    const [d] = findDeadlines(Stitched.of(s, 0, s.length), 2031);
    expect([d.by, d.text, d.what]).toEqual(["2031-06-20", "各单位于6月20日18：00前通过平台报送自查报告", "各单位通过平台报送自查报告"]);
    const t = "请于9月1日上午8:30到校报到。";
    expect(findDeadlines(Stitched.of(t, 0, t.length), 2031)[0].text).toBe("请于9月1日上午8:30到校报到");
  });
  it("reads 明年底 as the next year's end, and the start of a period running to a year as no deadline", () => {
    expect(find("加大建设力度。至明年底，全县设置200个避灾点。", 2031)).toEqual(["2032-12"]);
    expect(find("明年底前全面完成。", 2031)).toEqual(["2032-12"]);
    expect(find("2031年下半年至2032年，再改扩建一批幼儿园。", 2031)).toEqual(["2032"]);
    expect(find("2031年下半年完成改扩建。", 2031)).toEqual(["2031-12"]);
  });
  it("dates the work of a clause opened by 明年 in the next year", () => {
    expect(find("今年底前基本完成建设，明年抓好功能完善。", 2031)).toEqual(["2031-12", "2032"]);
    expect(find("力争明年3月完成。", 2031)).toEqual(["2032-03"]);
    // not inside a clause, nor a 明年 that names no work
    expect(find("各校要为明年做好准备。", 2031)).toEqual([]);
  });
  it("reads dates written in Chinese numerals", () => {
    expect(find("完成时限：二〇二六年十月底前")).toEqual(["2026-10"]);
    expect(find("二〇二六年三月建成投入使用")).toEqual(["2026-03"]);
    expect(find("于二〇二六年十二月三十一日前完成")).toEqual(["2026-12-31"]);
    expect(find("二零二六年九月二十日前完成验收")).toEqual(["2026-09-20"]);
  });
  it("does not read a term that names what a plan is for as a deadline", () => {
    expect(find("各校要提前拟定2024年春季学期工作计划、课程安排")).toEqual([]);
    expect(find("确保2024年秋季学期全面完成改造")).toEqual(["2024-12"]);
  });
  it("does not read a term that frames what a sentence tells as a deadline; reads an autumn named with its year as September", () => {
    expect(find("2024年春季学期，初三年级于2月19日正式上课。").filter((b) => b.length < 10)).toEqual([]);
    expect(find("2024年春季学期累计听课320节。")).toEqual([]);
    expect(find("督查组对2024年秋季学期开学工作进行核查。")).toEqual([]);
    expect(find("2024年春季学期末完成课题结题。")).toEqual(["2024-07"]);
    expect(find("确保新校区2024年秋季整体搬迁。")).toEqual(["2024-09"]);
    expect(find("为做好2024年秋季开学准备工作，现通知如下")).toEqual([]);
    expect(find("2024年上学期以初中数学为突破口开展培训")).toEqual(["2024-07"]);
    expect(find("2024年秋季开学前完成搬迁。")).toEqual(["2024-08"]);
    expect(find("学校举办2024年秋季运动会。")).toEqual([]);
  });

  it("does not read the month of what an inspection found as a deadline", () => {
    expect(find("学前教育提升，牵头单位：市教育局。其中，6月份督查发现问题整改不到位的为乙县。")).toEqual([]);
    expect(find("6月份完成督查整改。")).toEqual(["2024-06"]);
  });

  it("does not read the day a body is to consider a matter as a deadline", () => {
    expect(find("8月10日前完成报名，8月12日由评审小组研究确定人选。")).toEqual(["2024-08-10"]);
    expect(find("9月3日(周二)由校务会讨论决定。")).toEqual([]);
    expect(find("2024年6月29日由学校组织期末考试。")).toEqual(["2024-06-29"]);
  });

  it("does not read a 公示's own period as a deadline", () => {
    expect(find("完成操场改造。公示时间为2024年12月11日至12月17日。")).toEqual([]);
  });

  it("resolves relative dates against the plan year", () => {
    expect(find("暑假前，确保不少于 60%的乡镇达标")).toEqual(["2024-07"]);
    expect(find("秋季开学前投入使用")).toEqual(["2024-08"]);
    expect(find("确保到年底全区送教上门比例低于10%")).toEqual(["2024-12"]);
    expect(find("顺利完成9月份省中职办学条件达标验收")).toEqual(["2024-09"]);
    expect(find("2年内实现家长负担显著减轻", 2022)).toEqual(["2024"]);
    expect(find("年内增加公办园学位1600个", 2020)).toEqual(["2020-12"]);
    expect(find("历史遗留问题年底前全部解决", 2031)).toEqual(["2031-12"]);
    expect(find("全面完成年底考核工作", 2031)).toEqual([]);
  });
  it("skips start dates, ranges, titles and attributive years", () => {
    expect(find("从三月份开始，对校园“三防”工作摸底")).toEqual([]);
    expect(find("编制学校布局规划（2021-2035）")).toEqual([]);
    expect(find("出台《2020年澧县招生方案》")).toEqual([]);
    expect(find("完成好2025年招生任务", 2025)).toEqual([]);
    expect(find("制定县局年初乡村振兴工作方案")).toEqual([]);
    expect(find("从2022年开始，连续5年")).toEqual([]);
  });
  it("reads a month cell after a count cell", () => {
    expect(find("新建食堂3个\n7月底前", 2026)).toEqual(["2026-07"]);
    expect(find("用3个月时间完成整治", 2026)).toEqual([]);
  });
  it("reads a month right after an item number", () => {
    expect(find("1.完成课程建设；\n3.4月底前完成教材征订。", 2026)).toEqual(["2026-04"]);
  });
  it("keeps deadline words out of what", () => {
    const what = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2026).map((d) => d.what);
    expect(what("10月底前完成食堂改造")).toEqual(["完成食堂改造"]);
    expect(what("年底前建成智慧校园")).toEqual(["建成智慧校园"]);
    expect(what("2026年3月底以前完成招生方案")).toEqual(["完成招生方案"]);
  });
  it("stops what at the end of its sentence and at the next circled item", () => {
    const ds = findDeadlines(Stitched.of("①新建宿舍楼，秋季开学前交付。②开展实训", 0, 20), 2026);
    expect(ds.map((d) => [d.by, d.what])).toEqual([["2026-08", "交付"]]);
    const dc = findDeadlines(Stitched.of("①新建宿舍楼，寒假前交付②开展实训", 0, 17), 2026);
    expect(dc.map((d) => d.what)).toEqual(["交付"]);
  });
  it("resolves holidays and seasons", () => {
    expect(find("教师节前完成表彰", 2026)).toEqual(["2026-09"]);
    expect(find("国庆节前完成验收", 2026)).toEqual(["2026-09"]);
    // 汛期 starts in May in most of the country: a pre-flood-season check is due by the end of May
    expect(find("汛期前完成校舍安全排查", 2026)).toEqual(["2026-05"]);
  });
});

describe("findDeadlines: year-round work", () => {
  it("reads 全年 as a time-limit cell or label as the end of the plan year", () => {
    expect(find("落实资助政策\n全年", 2030)).toEqual(["2030-12"]);
    expect(find("（牵头单位：资助中心；完成时限：全年）", 2030)).toEqual(["2030-12"]);
    expect(find("全年开展集中学习不少于12次", 2030)).toEqual([]);
  });
});

describe("findDeadlines: quarters, festivals and time-limit labels", () => {
  it("resolves quarters to their last month, never 每季度", () => {
    expect(find("第一季度完成摸底", 2031)).toEqual(["2031-03"]);
    expect(find("二季度末前完成验收", 2031)).toEqual(["2031-06"]);
    expect(find("完成时限：第三季度", 2031)).toEqual(["2031-09"]);
    expect(find("2031年第四季度完成评估", 2031)).toEqual(["2031-12"]);
    expect(find("每季度通报一次进展", 2031)).toEqual([]);
  });
  it("resolves festivals: the festival's month, the month before for one on the 1st", () => {
    expect(find("五四青年节前完成表彰", 2031)).toEqual(["2031-05"]);
    expect(find("六一儿童节期间开展文艺汇演", 2031)).toEqual(["2031-06"]);
    expect(find("六一前完成校园改造", 2031)).toEqual(["2031-05"]);
    expect(find("国庆期间开展安全检查", 2031)).toEqual(["2031-10"]);
    expect(find("元旦前完成总结", 2031)).toEqual([]);
    expect(find("清明节前完成校园周边排查", 2031)).toEqual(["2031-04"]);
    expect(find("五一前完成食堂检查", 2031)).toEqual(["2031-04"]);
    expect(find("劳动节期间开展劳动实践", 2031)).toEqual(["2031-05"]);
  });
  it("reads 上半年, 中旬, a month range's end and day precision", () => {
    expect(find("上半年完成招聘", 2031)).toEqual(["2031-06"]);
    expect(find("课表于4月中旬前调整到位", 2031)).toEqual(["2031-04"]);
    expect(find("开展巡查\n6月至8月", 2031)).toEqual(["2031-08"]);
    expect(find("新建车棚，7月15日前完工", 2031)).toEqual(["2031-07-15"]);
  });
  it("counts a time-limit label repeating the same date words once, a different wording twice", () => {
    expect(find("秋季开学前完成改造。完成时限：秋季开学前。", 2031)).toEqual(["2031-08"]);
    expect(find("秋季开学前完成改造。完成时限：2031年8月。", 2031)).toEqual(["2031-08", "2031-08"]);
    expect(find("2031年9月建成A楼，2031年9月建成B楼", 2031)).toEqual(["2031-09", "2031-09"]);
  });
  it("counts a time label giving the very day a sentence dates once, with or without its year (xdates23)", () => {
    expect(find("讲座拟于2031年5月6日下午举行。收看时间：5月6日下午3:00", 2031)).toEqual(["2031-05-06"]);
    expect(find("5月6日前报名。报名时间：5月8日", 2031)).toEqual(["2031-05-06", "2031-05-08"]);
  });
});

describe("festivals after a year, the summer break, a term's 开学前", () => {
  it("reads 2026年国庆节前 as one deadline in that year", () => {
    expect(find("2026年国庆节前投入使用", 2025)).toEqual(["2026-09"]);
    expect(find("2026年六一前完成评选", 2026)).toEqual(["2026-05"]);
  });
  it("reads 暑假期间 as the end of the break", () => {
    expect(find("暑假期间完成教室照明改造", 2025)).toEqual(["2025-08"]);
  });
  it("places a bare 开学前 only when the plan's term is known, never a recurring one", () => {
    const term = (s: string, t?: "spring" | "autumn") => findDeadlines(Stitched.of(s, 0, s.length), 2026, t).map((d) => d.by);
    expect(term("开学前完成食堂从业人员健康体检", "spring")).toEqual(["2026-02"]);
    expect(term("开学前完成食堂从业人员健康体检", "autumn")).toEqual(["2026-08"]);
    expect(term("开学前完成食堂从业人员健康体检")).toEqual([]);
    expect(term("每学期开学前开展隐患排查", "spring")).toEqual([]);
  });
});

describe("a term's 开学前 dated precisely in the same sentence", () => {
  it("keeps only the precise date", () => {
    const d = findDeadlines(Stitched.of("开学前对全县学校开展安全大检查，2月28日前完成。", 0, 25), 2026, "spring").map((x) => x.by);
    expect(d).toEqual(["2026-02-28"]);
  });
});

describe("a year followed by a term or break word", () => {
  it("reads the start of the term, the break, once", () => {
    expect(find("2026年秋季学期开学前投入使用", 2026)).toEqual(["2026-08"]);
    expect(find("2027年春季学期开学前完成", 2026)).toEqual(["2027-02"]);
    expect(find("2026年春季开学前完成", 2026)).toEqual(["2026-02"]);
    expect(find("2026年暑假期间完成改造", 2026)).toEqual(["2026-08"]);
    expect(find("2026年暑假前完成", 2026)).toEqual(["2026-07"]);
  });
});


describe("the days of a notice", () => {
  it("takes the last day of a range or a list, once", () => {
    expect(find("3月2日开始分批返校，3月4日正式上课，补考安排在3月9日至14日。", 2031)).toEqual(["2031-03-04", "2031-03-14"]);
    expect(find("2月20日、21日报到注册，2月22日（星期一）正式上课。", 2031)).toEqual(["2031-02-21", "2031-02-22"]);
    expect(find("5月6日（星期六）、5月7日（星期日）上班；5月6日按周四课表上课。", 2031)).toEqual(["2031-05-07"]);
    expect(find("请于4月28日（星期五）以前报送。", 2031)).toEqual(["2031-04-28"]);
  });
  it("reads no deadline in a holiday, a rest period, a modifier or a progress report", () => {
    expect(find("放假时间为1月20日（星期一）至2月16日（星期日）。", 2031)).toEqual([]);
    expect(find("2031年4月29日至5月3日放假调休，共5天。", 2031)).toEqual([]);
    expect(find("教职工在7月10日至8月20日合理安排轮休。", 2031)).toEqual([]);
    expect(find("5月1日—5日，全体师生放假。", 2031)).toEqual([]);
    expect(find("4月29日、30日上课的教师，要统计考勤。", 2031)).toEqual([]);
    expect(find("截止6月底，9个项目已完工。", 2031)).toEqual([]);
  });
});

describe("findDeadlines: notices about a school break", () => {
  const by = (s: string, season?: "summer" | "winter", term?: "spring" | "autumn") => findDeadlines(Stitched.of(s, 0, s.length), 2031, term, season).map((d) => d.by);
  it("reads a bare 放假前 as the start of the break the notice is about", () => {
    expect(by("放假前，各班级完成教室清理。", "summer")).toEqual(["2031-07"]);
    expect(by("放假前，各班级完成教室清理。", "winter")).toEqual(["2031-01"]);
    expect(by("放假前，各班级完成教室清理。")).toEqual([]);
  });
  it("reads traditional script as it reads simplified", () => {
    expect(by("秋季開學前，各教研組要提前到崗。")).toEqual(["2031-08"]);
    expect(by("教工于1月10日至2月8日輪休。")).toEqual([]);
  });
  it("reads two days under one 日 as a range to its last day", () => {
    expect(by("9月2-3日新生報到注册，9月4日正式上课。")).toEqual(["2031-09-03", "2031-09-04"]);
  });
  it("reads two days of one month set apart by a comma as one run to its last day", () => {
    expect(by("定于3月8,9日两天组织全体教师集中培训。")).toEqual(["2031-03-09"]);
    expect(by("定于3月8，9日两天组织全体教师集中培训。")).toEqual(["2031-03-09"]);
    // a comma before a month of its own is no run of days
    expect(by("3月8日,4月9日各组织一次检查。")).toEqual(["2031-03-08", "2031-04-09"]);
  });
  it("reads a day named again for other work as that work's deadline, and once where it is named for the same work or a timetable", () => {
    expect(by("新生：8月30日、8月31日报到；8月31日各班召开班会；9月1日正式上课。")).toEqual(["2031-08-31", "2031-08-31", "2031-09-01"]);
    expect(by("学生报到时间为8月30日、31日。\n教师报到时间为8月30日。")).toEqual(["2031-08-31", "2031-08-30"]);
    // the same work again, a timetable, a span's end
    expect(by("初中教师8月30日返校报到；高中教师8月30日返校报到。")).toEqual(["2031-08-30"]);
    expect(by("9月6日（周六）、9月7日（周日）上课；9月6日按周一课表上课。")).toEqual(["2031-09-07"]);
    expect(by("小学教师假期自2031年7月5日起至8月30日止，8月31日报到；初中教师假期自2031年7月9日起至8月30日止，8月31日报到。")).toEqual(["2031-08-31"]);
  });
  it("reads a day due by 前 without a month of its own as a later day of the month printed before it in the sentence", () => {
    expect(by("5月10日前上报名单，20日前完成初赛。6月5日前完成决赛。")).toEqual(["2031-05-10", "2031-05-20", "2031-06-05"]);
    expect(by("2030年11月3日前制定方案，12日前完成自查。")).toEqual(["2030-11-03", "2030-11-12"]);
    // not a recurring day, a day before the month's, nor one in another sentence
    expect(by("每月5日前上报，20日前汇总。")).toEqual([]);
    expect(by("5月10日前上报名单，8日前完成初赛。")).toEqual(["2031-05-10"]);
    expect(by("5月10日前上报名单。20日前完成初赛。")).toEqual(["2031-05-10"]);
  });
  it("gives no deadline to the break itself, leaving school, a class swap or a rule for the whole break", () => {
    expect(by("7月12日—8月30日为暑假时间，8月31日学生返校。")).toEqual(["2031-08-31"]);
    expect(by("离校时间10月1日（周二）下午放学后离校。")).toEqual([]);
    expect(by("10月12日（周六）上周五的课。")).toEqual([]);
    expect(by("暑假期间外来人员一律不得进入校园。")).toEqual([]);
    expect(by("暑假期间，各校要做好招生工作。")).toEqual(["2031-08"]);
  });
  it("does not date a time counted back from the opening day, nor a year a plan builds on", () => {
    expect(by("于开学前72小时完成全员体温监测。", undefined, "autumn")).toEqual([]);
    expect(by("开学前完成全员体温监测。", undefined, "autumn")).toEqual(["2031-08"]);
    expect(by("各科室要在2030年确定的指标基础上，重新核定本年指标。")).toEqual([]);
  });
});

describe("dotted days of a schedule", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a labelled range's last day and a quoted day an activity is named by, never an amount", () => {
    expect(by("开展绘本嘉年华活动，时间：4.23-5.30")).toEqual(["2031-05-30"]);
    expect(by("开展“3.22世界水日”活动")).toEqual(["2031-03-22"]);
    expect(by("投入资金2.5万元，增长1.5倍")).toEqual([]);
  });
});

describe("this year and the next named in words", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads 今年底 and 明年/次年 with a month", () => {
    expect(by("今年底完成校舍改造。")).toEqual(["2031-12"]);
    expect(by("明年3月前完成验收。")).toEqual(["2032-03"]);
    expect(by("次年6月底全部交付。")).toEqual(["2032-06"]);
  });
});

describe("numeric dates (issue 9 recall)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a year and month written with dots, slashes or dashes after a time label, alone on a line or before 前", () => {
    expect(by("开展教师培训。时间：2031.3-2031.5")).toEqual(["2031-05"]);
    expect(by("完成时限：2031.12")).toEqual(["2031-12"]);
    expect(by("完成校舍改造\n2031/6/30")).toEqual(["2031-06-30"]);
    expect(by("于2031-06-30前完成验收。")).toEqual(["2031-06-30"]);
    expect(by("时间：2031.3.1-3.31")).toEqual(["2031-03-31"]);
    expect(by("完成改造\n2031.3—5")).toEqual(["2031-05"]);
  });
  it("never reads an amount, a span of years, a progress date or a signature's date", () => {
    expect(by("计划投入2031.5万元用于改造。")).toEqual([]);
    expect(by("编制学校布局规划（2021-2035）")).toEqual([]);
    expect(by("截至2031.6，已完成主体工程。")).toEqual([]);
    // (xtargets25: a date stamped with its second is a system's record of a post or an edit)
    expect(by("张贴时间: 2031-05-04 10:20:00\n修订: 2031-05-06 08:15:30")).toEqual([]);
    expect(by("各院将以上安排通知到本院学生。\n教务处\n2031-1-15")).toEqual([]);
    expect(by("发布时间：2031-03-12")).toEqual([]);
    expect(by("购置教材2031.9套（型号）")).toEqual([]);
  });
});

describe("months of an autumn term or a school year", () => {
  const by = (s: string, rollover: number) => findDeadlines(Stitched.of(s, 0, s.length), 2031, "autumn", undefined, rollover).map((d) => d.by);
  it("places a January of an autumn-term plan in the next year, the months before September of a school year's plan too", () => {
    expect(by("1月中旬组织期末考试。", 2)).toEqual(["2032-01"]);
    expect(by("12月开展元旦文艺汇演。", 2)).toEqual(["2031-12"]);
    expect(by("6月20日前完成学籍核对。", 8)).toEqual(["2032-06-20"]);
    expect(by("6月20日前完成学籍核对。", 0)).toEqual(["2031-06-20"]);
  });
});

describe("months in words as a time limit", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads 十月 alone in a cell or after 时限：, and the end of 三月至五月; not a month in a sentence", () => {
    expect(by("完成城南小学扩建\n十月")).toEqual(["2031-10"]);
    expect(by("推进课后服务。时间：三至五月")).toEqual(["2031-05"]);
    expect(by("三月至五月")).toEqual(["2031-05"]);
    expect(by("完成时限：十二月")).toEqual(["2031-12"]);
    expect(by("在三月的会议上部署工作。")).toEqual([]);
  });
});

describe("the end of the term a plan is for", () => {
  const by = (s: string, term?: "spring" | "autumn") => findDeadlines(Stitched.of(s, 0, s.length), 2031, term).map((d) => d.by);
  it("reads 本学期末 / 学期结束前 as the term's end (spring → 07, autumn → next 01), never without a term or when recurring", () => {
    expect(by("开展教师培训。时限：本学期末", "spring")).toEqual(["2031-07"]);
    expect(by("本学期末前完成课题结题。", "autumn")).toEqual(["2032-01"]);
    expect(by("在学期结束前完成评价。", "spring")).toEqual(["2031-07"]);
    expect(by("本学期末前完成课题结题。")).toEqual([]);
    expect(by("每学期末组织一次考试。", "spring")).toEqual([]);
    expect(by("本学期内每月开展一次教研。", "spring")).toEqual([]);
  });
});

describe("a year that promises nothing", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("does not date a document a year names, nor a figure stated for a year; does date what is to be done by it", () => {
    expect(by("2031年教育局工作计划要点 >>查看更多")).toEqual([]);
    expect(by("2031年秋季校历安排(教学时间共19周)")).toEqual([]);
    expect(by("2031年县直属学校先行试点，2032年全县推开。")).toEqual(["2031", "2032"]);
    expect(by("2031年，全市规划投资1.2亿元。")).toEqual([]);
    expect(by("2031年奖励支持党建经费X万元")).toEqual([]);
    expect(by("2031年，新建幼儿园3所。")).toEqual(["2031"]);
    expect(by("2032年，全县学前三年毛入园率达到95%。")).toEqual(["2032"]);
  });
});

describe("a signature's date", () => {
  it("is no deadline when it stands on its line under the body that signs", () => {
    expect(find("开展读书活动。\n青禾街道中心小学\n二○二四年二月\n3月份完成评比")).toEqual(["2024-03"]);
    expect(find("开展读书活动。\n青禾县教育局\n2024年5月\n")).toEqual([]);
    expect(find("开展读书活动，\n2024年5月底前完成")).toEqual(["2024-05"]);
  });
});

describe("days off, report dates and days written loosely (issue 9, real8)", () => {
  it("reads no deadline in a break's label or a single day off", () => {
    expect(find("1.寒假放假时间：2024年1月10日（周三）至2月20日（周二）。")).toEqual([]);
    expect(find("元旦放假时间：2025年1月1日（星期三），共1天。", 2025)).toEqual([]);
  });
  it("does not date the day a report's figures are counted to", () => {
    expect(find("拟定于5月12日组织试报送，报送内容为截至2024年4月底各县工作进展情况。")).toEqual(["2024-05-12"]);
  });
  it("reads a day written with 号, or without 日 before 前", () => {
    expect(find("各校最迟于11月15前完成自查")).toEqual(["2024-11-15"]);
    expect(find("请于6月8号前报送材料")).toEqual(["2024-06-08"]);
  });
});

describe("a month after a date printed with its year (issue 9)", () => {
  it("takes the year printed earlier in the same sentence, the next one when the month comes round again", () => {
    expect(find("2023年2月6日开学，2月7日正式上课。", 2022)).toEqual(["2023-02-06", "2023-02-07"]);
    expect(find("2024年12月20日前自查，1月10日前上报。", 2024)).toEqual(["2024-12-20", "2025-01-10"]);
    // (a new sentence goes back to the plan's year)
    expect(find("2023年2月6日开学。5月底前完成评估。", 2022)).toEqual(["2023-02-06", "2022-05"]);
  });
});

describe("days of a one-month plan whose page lost 月 (issue 9)", () => {
  it("reads 410日 / 42日 in an April plan as April days, not a span of days", async () => {
    const { monthDaysWithoutMonth } = await import("./dates.js");
    const by = (s: string) => monthDaysWithoutMonth(Stitched.of(s, 0, s.length), 2025, 4).map((d) => d.by);
    expect(by("开展园务委员会会议。时间暂定410日下午。")).toEqual(["2025-04-10"]);
    expect(by("开展即时性教研,时间:42日中午")).toEqual(["2025-04-02"]);
    expect(by("整改45日内完成")).toEqual([]);
    expect(by("4月12日开展")).toEqual([]);
    expect(by("时间：14日")).toEqual([]);
  });
});

describe("forecasts and the new term (xtargets10)", () => {
  const inBreak = (s: string, season: "summer" | "winter", y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y, undefined, season).map((d) => d.by);
  it("reads a relative date after 预计/计划/拟 as the work's deadline", () => {
    expect(find("校舍改造项目预计年内可全部完成建设。", 2031)).toEqual(["2031-12"]);
    expect(find("新建食堂计划年底前交付使用", 2031)).toEqual(["2031-12"]);
    expect(find("拟于下半年启动第二批项目", 2031)).toEqual(["2031-12"]);
  });
  it("reads 新学期（开学）前 by the break a notice is about, and leaves it open without one", () => {
    expect(inBreak("要抢抓工期，确保新学期开学前学校呈现新面貌。", "summer")).toEqual(["2031-08"]);
    expect(inBreak("推动各项工程在新学期前如期完成", "summer")).toEqual(["2031-08"]);
    expect(inBreak("寒假期间完成维修，新學期開學以前投入使用", "winter")).toEqual(["2031-02"]);
    expect(find("新学期开学前完成教室维修", 2031)).toEqual([]);
    expect(inBreak("学校管理人员在新学期开学前要提前上班，做好环境卫生。", "winter")).toEqual([]);
  });
  it("reads a bare 开学前 in a plan for a break as the start of the term after it", () => {
    expect(inBreak("各校要认真开展自查，开学前中心校进行检查。", "winter")).toEqual(["2031-02"]);
    expect(inBreak("开学前完成校舍维修。", "summer")).toEqual(["2031-08"]);
    expect(find("开学前完成校舍维修。", 2031)).toEqual([]);
  });
});

describe("this year's and next year's months (xtargets10)", () => {
  it("reads 今年/当年 before a month as the plan's year, never 去年", () => {
    expect(find("确保今年9月1日前建成并投入使用", 2031)).toEqual(["2031-09-01"]);
    expect(find("今年10月底前完成全部改造任务", 2031)).toEqual(["2031-10"]);
    expect(find("当年12月完成验收", 2031)).toEqual(["2031-12"]);
    expect(find("去年9月已完成验收", 2031)).toEqual([]);
  });
  it("reads 明年 before a relative date as the year after the plan's", () => {
    expect(find("项目于明年春季开学前交付使用", 2031)).toEqual(["2032-02"]);
    expect(find("力争明年年底前全部竣工", 2031)).toEqual(["2032-12"]);
    expect(find("確保今年年底前竣工交付", 2031)).toEqual(["2031-12"]);
  });
});

describe("a span of months under one year (xtargets10)", () => {
  it("reads 2031年3-5月 as due by its last month, in that year", () => {
    expect(find("2031年3-5月开展校舍安全排查", 2030)).toEqual(["2031-05"]);
    expect(find("2031年9—10月完成主体工程", 2030)).toEqual(["2031-10"]);
    expect(find("从2031年3-5月起实行", 2030)).toEqual([]);
  });
});

describe("Minguo years (xdates11)", () => {
  it("reads a Minguo year in digits or Chinese numerals, with its month, as the Gregorian year", () => {
    expect(find("各處室應於一百零三年五月二十日前完成盤點清冊", null as unknown as number)).toEqual(["2014-05-20"]);
    expect(find("請於民國一百一十二年八月底前送交教務處", null as unknown as number)).toEqual(["2023-08"]);
    expect(find("二、112年3月8日:召開籌備會議。", null as unknown as number)).toEqual(["2023-03-08"]);
    expect(find("於民國 98 年 9 月 30 日前報府核備", null as unknown as number)).toEqual(["2009-09-30"]);
    expect(find("各校應於一百一十年十二月中旬完成自評", null as unknown as number)).toEqual(["2021-12"]);
  });
  it("reads no date from a Minguo-sized number without a month", () => {
    expect(find("庆祝建校一百年，完成校史编纂")).toEqual([]);
    expect(find("累计服务120年的老校区将于2025年9月完成改造")).toEqual(["2025-09"]);
    expect(find("本校创办一百二十年来培养学生无数")).toEqual([]);
  });
});

describe("开学前 with a lead time in Chinese numerals (xdates11)", () => {
  it("reads 开学前两周 as the term's opening month", () => {
    const spring = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031, "spring").map((d) => d.by);
    const autumn = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031, "autumn").map((d) => d.by);
    expect(spring("計劃於開學前兩周完成課程調整。")).toEqual(["2031-02"]);
    expect(autumn("各班于开学前一周完成教室布置")).toEqual(["2031-08"]);
    expect(spring("各校于开学前2周完成校舍安全排查")).toEqual(["2031-02"]);
    expect(autumn("师生开学前十四天开始居家健康监测")).toEqual([]);
    expect(autumn("于开学前3天完成教室消毒")).toEqual([]);
  });
});

describe("a month's theme (xdates11)", () => {
  it("reads no deadline from a month labelled with its theme months", () => {
    expect(find("9月份：行为规范月，尊敬师长月。 10月份：讲文明，爱校月。")).toEqual([]);
    expect(find("三月：学雷锋文明礼仪月\n四月：安全教育月\n")).toEqual([]);
    expect(find("11月份:勤鍛鍊,愛讀書月。")).toEqual([]);
  });
  it("still reads a month whose line says what is to be done", () => {
    expect(find("9月份：完成新生入学教育。")).toEqual(["2024-09"]);
    expect(find("10月：举办读书月活动启动仪式")).toEqual(["2024-10"]);
    expect(find("10月份：开展读书月。")).toEqual(["2024-10"]);
  });
});

describe("Minguo numeric dates (xdates11)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a Minguo year, month and day written with slashes or dots where a numeric date is read", () => {
    expect(by("各班報名表請於114/10/21前送學務處")).toEqual(["2025-10-21"]);
    expect(by("繳交日期：113.5.31")).toEqual(["2024-05-31"]);
    expect(by("完成場地佈置\n112/9/1\n")).toEqual(["2023-09-01"]);
  });
  it("never reads a decimal, a code or a Gregorian-sized amount as a Minguo date", () => {
    expect(by("時間：104.5萬元")).toEqual([]);
    expect(by("編號：112-3-5前")).toEqual([]);
    expect(by("時間：120.5")).toEqual([]);
  });
});

describe("two-digit Minguo dates and dates that come round every year (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a two-digit Minguo year with its month and day, before 前 or after a time label", () => {
    expect(by("88.10.05前收齊回條交輔導室")).toEqual(["1999-10-05"]);
    expect(by("繳交日期：95/3/20")).toEqual(["2006-03-20"]);
  });
  it("never reads a two-digit number with one dot, a score or a reference number's date", () => {
    expect(by("平均成績88.5前三名")).toEqual([]);
    expect(by("依據教育部96.12.31台字第0960001號函辦理。")).toEqual([]);
  });
  it("reads no deadline in a date that comes round every year or term", () => {
    expect(by("学校每年于3月须重新核对安全台账。")).toEqual([]);
    expect(by("每学期9月份开展一次全面排查。")).toEqual([]);
    expect(by("每年开展安全检查，2031年5月底前完成整改。")).toEqual(["2031-05"]);
  });
});

describe("the summer break as a time (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads 暑期之前 as before the break, 在暑期 as by its end; not the break a topic is named by", () => {
    expect(by("力争在暑期之前完成新校区动工。")).toEqual(["2031-07"]);
    expect(by("力争在暑期把塑胶跑道铺设到位。")).toEqual(["2031-08"]);
    expect(by("暑期安全教育要常抓不懈。")).toEqual([]);
    expect(by("7月10日放暑假。")).toEqual([]);
    expect(by("在暑假期间严禁组织学生集体外出。")).toEqual([]);
    expect(by("落实家长在暑期对学生的安全教育和监管。")).toEqual([]);
  });
});

describe("a range of days after a year, a break's span (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a range of days printed with its year as due on its last day", () => {
    expect(by("期末考试时间为2032年1月20日至22日，1月23日组织阅卷。")).toEqual(["2032-01-22", "2032-01-23"]);
  });
  it("reads neither end of a break that runs from one day to another", () => {
    expect(by("学生暑假从2031年7月5日开始至2031年8月31日结束，9月1日报到。")).toEqual(["2031-09-01"]);
  });
});

describe("a numeric date opening a clause (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a full numeric day that opens a clause; not a month alone, nor one inside a sentence", () => {
    expect(by("做好行前教育。2031.9.23出发前完成点名。")).toEqual(["2031-09-23"]);
    expect(by("88.10.05出發前實施")).toEqual(["1999-10-05"]);
    expect(by("2031.9召开大会。")).toEqual([]);
    expect(by("依據研究所96.12.31藝字第1號函辦理。")).toEqual([]);
  });
});

describe("two days under one 日 after a year and month (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads the second day; a holiday's days none", () => {
    expect(by("举办时间：2031年4月12-13日")).toEqual(["2031-04-13"]);
    expect(by("2031年10月1-7日放假，共7天。")).toEqual([]);
  });
});

describe("a bracketed span of dotted days after an item (xdates13)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads the span's last day; never a bracketed range of amounts", () => {
    expect(by("教师论文网络申报(3.18-3.25下午)；")).toEqual(["2031-03-25"]);
    expect(by("体测成绩（3.5-4.5）分")).toEqual([]);
    expect(by("跳远（2.30-1.10）")).toEqual([]);
  });
});

describe("a month and day glued to a clock time (xdates14)", () => {
  const at = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);
  it("reads the day where the digits split one way, before 前 or after a time label", () => {
    expect(at("各校于111217:00前将汇总表报送教育科")).toEqual(["2031-11-12"]);
    expect(at("请各园于31216:30前上传材料")).toEqual(["2031-03-12"]);
    expect(at("讲座时间：590900-1130，地点：报告厅")).toEqual(["2031-05-09"]);
    expect(at("时间:12281400-1600,参加人员:全体教师")).toEqual(["2031-12-28"]);
  });
  it("reads no day from digits that split two ways or none, nor without a deadline's words", () => {
    expect(at("于11217:00前报送")).toEqual([]); // 1月12日 or 11月2日
    expect(at("于13417:00前报送")).toEqual([]); // 1月34日 / 13月4日: none
    expect(at("联系电话：13912345678")).toEqual([]);
    expect(at("会议室编号10101400-1600间可用")).toEqual([]);
    expect(at("报名费2025元，17:00截止")).toEqual([]);
  });
  it("splits the digits of a month and a day", () => {
    expect(monthDay("49")).toEqual([4, 9]);
    expect(monthDay("1010")).toEqual([10, 10]);
    expect(monthDay("131")).toEqual([1, 31]);
    expect(monthDay("111")).toBeNull();
    expect(monthDay("1332")).toBeNull();
  });
});

describe("the plan's own time in the year before the plan's (xdates14)", () => {
  const eve = (s: string, head: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y, undefined, undefined, 0, ownTime(head)).map((d) => d.by);
  it("finds the page's, the notice's or the event's date before the items", () => {
    expect(ownTime("关于上报2031年维修计划的通知\n作者：某某  发布时间：2030-09-18  浏览次数：")).toEqual({ y: 2030, mo: 9 });
    expect(ownTime("迎新年联欢方案\n二、活动时间：2030年12月30日下午3:00")).toEqual({ y: 2030, mo: 12 });
    expect(ownTime("成文日期：2030年11月2日")).toEqual({ y: 2030, mo: 11 });
    expect(ownTime("2031年工作要点\n一、总体要求")).toBeNull();
  });
  it("dates the months from its month on in its year, the others and the relative words in the plan's", () => {
    const head = "发布时间：2030-09-18";
    expect(eve("各校于10月15日前报送项目申报表", head)).toEqual(["2030-10-15"]);
    expect(eve("11月底前完成现场核查", head)).toEqual(["2030-11"]);
    expect(eve("3月底前完成项目招标", head)).toEqual(["2031-03"]);
    expect(eve("年底前全部竣工", head)).toEqual(["2031-12"]);
    expect(eve("节目上报：12月20日下班前", "活动时间：2030年12月30日")).toEqual(["2030-12-20"]);
  });
  it("leaves the plan's year where its own time is the plan's year or earlier", () => {
    expect(eve("10月15日前报送", "发布时间：2031-02-18")).toEqual(["2031-10-15"]);
    expect(eve("10月15日前报送", "发布时间：2029-09-18")).toEqual(["2031-10-15"]);
  });
});

describe("the end of a break said in a clause of its own (xdates14)", () => {
  const at = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads no deadline where the clause before it opens the break", () => {
    expect(at("小学学生假期从1月18日起，初中学生假期从1月23日起，均止于2月28日。")).toEqual([]);
    expect(at("教职工假期从1月18日开始,均止于2月21日。")).toEqual([]);
    expect(at("学生寒假自1月20日起，止于2月16日。")).toEqual([]);
  });
  it("keeps the end of a span of work", () => {
    expect(at("各校自查工作从3月1日开始，均止于3月20日。")).toEqual(["2031-03-20"]);
    expect(at("报名从3月1日起，止于3月10日")).toEqual(["2031-03-10"]);
  });
});

describe("a day and its name only: the calendar, no deadline (xreal18b)", () => {
  it("reads no deadline from a list of named days", () => {
    expect(find("重要日子：4月7日世界卫生日；4月23日世界读书日；4月最后一周全民健康周。")).toEqual(["2024-04"]);
    expect(find("9月10日为教师节。")).toEqual([]);
    expect(find("节日：10月1日国庆节；10月16日世界粮食日")).toEqual([]);
  });
  it("still reads a day when something is to be done on it or by it", () => {
    expect(find("9月10日庆祝教师节。")).toEqual(["2024-09-10"]);
    expect(find("4月23日举办世界读书日活动；4月30日前完成评比。")).toEqual(["2024-04-23", "2024-04-30"]);
    expect(find("5月20日前上交作品。")).toEqual(["2024-05-20"]);
  });
  it("dates an item of a month block by its month when only named days follow it", async () => {
    const { plan } = await extractPlan(
      ["2031年春季德育工作计划", "三、每月安排", "四月份：", "1.开展清明祭扫活动。", "2.组织春季运动会。", "重要日子：4月5日清明节；4月22日世界地球日。", "五月份：", "1.开展劳动实践周活动。"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-04"], ["2031-04"], ["2031-05"]]);
  });
});

describe("a month with its year bracketed after an item's words (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads the bracket as the item's time limit", () => {
    expect(by("（一）宣传发动阶段（2031年6月底前）。各校要制定活动方案。")).toEqual(["2031-06"]);
    expect(by("2.集中排查阶段(2031年10月)")).toEqual(["2031-10"]);
    expect(by("（三）验收阶段（2031年11月20日前）")).toEqual(["2031-11-20"]);
    // (a span's end, after its dash, as before)
    expect(by("（二）全面整治阶段（2031年7月—2032年3月）。")).toEqual(["2032-03"]);
  });
  it("reads no date from a bracket that opens its line, a bare year or a day without 前", () => {
    expect(by("关于推进课后服务的意见\n（2031年4月16日）")).toEqual([]);
    expect(by("三年行动计划（2031—2033年）")).toEqual([]);
    expect(by("全区教育工作会议纪要（2031年2月9日）")).toEqual([]);
    expect(by("按照《校园安全专项整治方案（2031年5月修订）》要求")).toEqual([]);
  });
});

describe("a sentence about the year itself (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads no deadline from a year that is the subject of 是", () => {
    expect(by("2031年是“十五五”规划的开局之年，做好全年工作意义重大。")).toEqual([]);
    expect(by("2031年市《政府工作报告》是做好全年各项工作的指导性文件。")).toEqual([]);
    expect(by("2031年也是学校建校六十周年。")).toEqual([]);
  });
  it("keeps a year that dates the work", () => {
    expect(by("2031年完成12所学校厕所改造。")).toEqual(["2031"]);
    expect(by("到2031年，基本建成覆盖城乡的服务体系。")).toEqual(["2031"]);
  });
});

describe("a month after a year the page masked (xdates21)", () => {
  const by = (s: string, y: number | null = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);
  it("reads the month in the plan's year", () => {
    expect(by("力争20*年10月末完成验收。")).toEqual(["2031-10"]);
    expect(by("20xx年6月底前完成改造。")).toEqual(["2031-06"]);
    expect(by("力争20XX年9月投入使用。", null)).toEqual([]);
  });
  it("still reads no month after a year printed whole, last year's or a bare 年", () => {
    expect(by("去年9月完成改造。")).toEqual([]);
    expect(by("2030年9月完成改造。")).toEqual(["2030-09"]);
  });
});

describe("a date the task waits for or reports done (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads no deadline from a condition or from work done", () => {
    expect(by("二是待各社区4月末完成摸底后,统一开展评定工作。")).toEqual([]);
    expect(by("虽然今年2月份已顺利通过了复查,但仍要巩固成果。")).toEqual([]);
    expect(by("去年11月完成了验收的项目要在6月底前完成结算。")).toEqual(["2031-06"]);
  });
  it("keeps the date of work due, 待 inside a word included", () => {
    expect(by("接待室改造于5月底前完成。")).toEqual(["2031-05"]);
    expect(by("各社区4月末完成摸底后,统一开展评定。")).toEqual(["2031-04"]);
  });
});

describe("a year that lost its 年 before a month (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2030).map((d) => d.by);
  it("reads the four figures of the year and the month after them", () => {
    expect(by("请于20312月15日前将方案报送区教育局。")).toEqual(["2031-02-15"]);
    expect(by("于203111月底前完成验收。")).toEqual(["2031-11"]);
  });
  it("reads no month from a longer number or a year written apart", () => {
    expect(by("共有120312名学生参加。")).toEqual([]);
    expect(by("共20315人参加培训。")).toEqual([]);
  });
});

describe("a stage's bracketed period dated again by its work (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("keeps one deadline where the stage's work names the same month or day", () => {
    expect(by("（二）方案报批阶段（3月）。各乡镇3月底前完成报批手续。")).toEqual(["2031-03"]);
    expect(by("(三)自查整改阶段(9月1日至9月20日)。各校于9月20日前上报自查报告。")).toEqual(["2031-09-20"]);
  });
  it("keeps both where the work is due by another date", () => {
    expect(by("（二）方案报批阶段（3月）。各乡镇5月底前完成开工准备。")).toEqual(["2031-03", "2031-05"]);
  });
});

describe("a list of days each in a month of its own (xdates21)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads a deadline a day where three days or more fall in rising months", () => {
    expect(by("各单位将季度完成情况于4月5日、7月5日、10月5日前报送督查室。")).toEqual(["2031-04-05", "2031-07-05", "2031-10-05"]);
    expect(by("于2031年3月10日、6月10日、9月10日及12月10日前报送进度。")).toEqual(["2031-03-10", "2031-06-10", "2031-09-10", "2031-12-10"]);
  });
  it("keeps the last day of days in one month, or of two days", () => {
    expect(by("于5月6日、5月13日、5月20日开展三轮巡查。")).toEqual(["2031-05-20"]);
    expect(by("于3月5日、6月5日报送。")).toEqual(["2031-06-05"]);
  });
});

describe("a range of days with a horizontal bar or a bare weekday (issue 9)", () => {
  const by = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);
  it("reads the range's last day once", () => {
    expect(by("征文时间：5月12日――5月16日")).toEqual(["2031-05-16"]);
    expect(by("报名时间：5月12日―5月16日")).toEqual(["2031-05-16"]);
    expect(by("预赛：120年10月13日(一)至10月24日(五)下午 4:00 至 5:00。")).toEqual(["2031-10-24"]);
    expect(by("初赛：10月13日（一）至 10月24日（五）放学后。")).toEqual(["2031-10-24"]);
  });
  it("leaves a bracketed numeral after a day that opens no range alone", () => {
    expect(by("10月13日（一）上午召开筹备会。")).toEqual(["2031-10-13"]);
  });
  it("reads a span opened by 自…起 to its end, and no day whose bare weekday is followed by 起 (xdates23)", () => {
    expect(by("本园自3月2日(一)起至3月8日(日)止暂停户外集会，3月9日(一)起恢复。")).toEqual(["2031-03-08"]);
    expect(by("2031年3月9日(一)起恢复户外集会。")).toEqual([]);
  });
  it("reads no day of a span naming a thing with 之 (xdates23)", () => {
    expect(by("补登3月2日至3月8日之签到表。")).toEqual([]);
    expect(by("请于3月2日至3月8日之间完成登记。")).toEqual(["2031-03-08"]);
  });
  it("reads no date of a document cited by its number (xdates23)", () => {
    expect(by("依市局120年3月2日南教学字第1200012号函办理，各校于3月20日前回报。")).toEqual(["2031-03-20"]);
  });
});

describe("a date in a clause giving the reason (issue 9)", () => {
  const by = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);
  it("reads no deadline where 由于/因为 opens the clause or 因 stands right before the date", () => {
    expect(by("因6月28日举行毕业典礼，初三年级于6月25日前完成期末考试。")).toEqual(["2031-06-25"]);
    expect(by("由于2031年评估细则尚未公布，各校先按旧细则自查。")).toEqual([]);
    expect(by("因为5月份场馆检修，运动会延后举行。")).toEqual([]);
  });
  it("keeps a date after a clause that only begins with 因 as a word", () => {
    expect(by("因地制宜，各校于4月底前完成改造。")).toEqual(["2031-04"]);
    expect(by("由于场地原因，活动改在5月10日举行。")).toEqual(["2031-05-10"]);
  });
});

describe("a year followed by the plan it states (issue 9)", () => {
  const by = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);
  it("reads no bare year where 计划/规划/拟 follows it, a part of the year after it still", () => {
    expect(by("2031年，全县规划投资8000万元，新建、改扩建小学6所。")).toEqual([]);
    expect(by("2031年我县拟于下半年举办职业技能大赛。")).toEqual(["2031-12"]);
    expect(by("2031年计划改造薄弱学校3所，通过省级验收。")).toEqual([]);
  });
  it("keeps a year promised by: 到…, or a year with its verb of work", () => {
    expect(by("到2031年，全县规划建成幼儿园5所。")).toEqual(["2031"]);
    expect(by("2031年完成全部校舍改造。")).toEqual(["2031"]);
  });
});

describe("a year naming a project (xdates23)", () => {
  const by = (s: string) => findDeadlines(Stitched.of(s, 0, s.length), 2031).map((d) => d.by);
  it("reads no deadline from a year before a project's name alone on its line", () => {
    expect(by("三、2031年乡村学校操场改造工程\n1.改造操场3处。")).toEqual([]);
    expect(by("2031年校园绿化项目")).toEqual([]);
  });
  it("still reads the year where work is promised by it", () => {
    expect(by("2031年完成乡村学校操场改造工程")).toEqual(["2031"]);
    expect(by("2031年校园绿化项目开工")).toEqual(["2031"]);
  });
});

describe("Minguo years of two figures and a term named after its schools (xtargets24)", () => {
  it("reads a two-figure Minguo year with its month and day, as the dotted form", () => {
    expect(find("請各校於89年5月12日前完成填報。", 2000)).toEqual(["2000-05-12"]);
    expect(find("請各校於89.05.12前完成填報。", 2000)).toEqual(["2000-05-12"]);
    // (a two-figure year alone, or with its month only, is no date: "89年度", "85年3月")
    expect(find("延續85年3月以來的做法，每週檢查。", 2000)).toEqual([]);
  });
  it("reads no deadline in the days round a festival or the opening (前后), keeps 前 before 后勤", () => {
    expect(find("十月份：国庆前后加强值班巡查。", 2031)).toEqual(["2031-10"]);
    expect(find("开学前后做好晨午检。", 2031)).toEqual([]);
    expect(find("国庆节前完成消防检查。", 2031)).toEqual(["2031-09"]);
  });
  it("reads no deadline in a year before an event's name alone, keeps one before the work of holding it", () => {
    expect(find("1.2031年全省青少年定向越野锦标赛、全市业余联赛。5月底前签订协议。", 2031)).toEqual(["2031-05"]);
    expect(find("2.2031年举办全市中小学生运动会。", 2031)).toEqual(["2031"]);
  });
  it("drops the original dates a change replaces and the day a body decided", () => {
    expect(find("校慶原定4月10日舉行，改於4月24日舉行。", 2031)).toEqual(["2031-04-24"]);
    expect(find("防疫小組3月2日決定將返校日延至3月16日。", 2031)).toEqual(["2031-03-16"]);
  });
});

describe("workYear", () => {
  it("dates a notice's days in the year after the one it names where it is signed then, else in its own year", () => {
    expect(workYear(2030, "2031-02-16")).toBe(2031);
    expect(workYear(2031, "2030-12-20")).toBe(2031);
    expect(workYear(2031, "2031-03-01")).toBe(2031);
    expect(workYear(2028, "2031-03-01")).toBe(2028);
    expect(workYear(2031, null)).toBe(2031);
    expect(workYear(null, "2031-03-01")).toBe(null);
  });
});

describe("the summer break used for work (xnotice27)", () => {
  it("dates work done in the break a doer uses by its end", () => {
    expect(find("各中小学要利用暑假完成教室的维修和课桌椅的更换工作。", 2031)).toEqual(["2031-08"]);
    expect(find("利用暑期完成运动场改造。", 2031)).toEqual(["2031-08"]);
  });
  it("gives no deadline to what the break is used for without finishing it", () => {
    expect(find("各校要利用暑假开展家访活动。", 2031)).toEqual([]);
    expect(find("学生利用暑假参加社会实践。", 2031)).toEqual([]);
  });
});
