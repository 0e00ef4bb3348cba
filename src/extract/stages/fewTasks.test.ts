// "Never nothing" as structure (issue 9 §3): a document the rules read as 0–1 tasks takes its best
// candidate structure, at low confidence with one warning (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { runPipeline, STAGES } from "../pipeline.js";
import { readDocument } from "../readers/index.js";
import { fewTasks } from "./fewTasks.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });
const UNCLEAR = (w: string) => w.startsWith("文档的结构不清晰");

describe("fewTasks: the best candidate structure where the rules found 0–1 tasks", () => {
  it("takes the 一是/二是 points run into a part's text as the tasks", async () => {
    const { plan, warnings } = await run([
      "青禾县教育局2031年工作计划",
      "一、夯实基础，办好教育",
      "围绕全年目标统筹推进。一是扩大学前教育资源，新增公办园位。二是深化课堂教学改革，推广优秀课例。三是健全教师培训体系，开展全员轮训。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["一|扩大学前教育资源，新增公办园位", "二|深化课堂教学改革，推广优秀课例", "三|健全教师培训体系，开展全员轮训"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
  });

  it("reads 一要/二要 paragraphs of a meeting report as tasks", async () => {
    const { plan } = await run(["溪山县教育工作例会召开", "会议强调：", "一要盘点上半年工作，列出未完成事项，8月底前报办公室。", "二要补齐安全管理短板，落实校园巡查制度。"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["盘点上半年工作，列出未完成事项，8月底前报办公室", "补齐安全管理短板，落实校园巡查制度"]);
  });

  it("reads 一要/二要 points run on after a meeting's 强调 and its comma, 二要紧盯 among them", async () => {
    const { plan } = await run([
      "溪山县教育局召开整改工作推进会",
      "3月5日,溪山县教育局召开整改工作推进会。",
      "会议强调,一要提高政治站位,坚持问题导向。二要紧盯重点环节,补短板、强弱项。三要抓好时间节点,细化整改措施。",
    ]);
    expect(plan.tasks.map((t) => t.title.split(",")[0])).toEqual(["提高政治站位", "紧盯重点环节", "抓好时间节点"]);
    // ("这件事不要紧" is no point; "二要紧" before anything but an action stays prose)
    const { plan: other } = await run(["溪山县教育局例会纪要", "会议强调,一要事情不多。二要紧的是安全。"]);
    expect(other.tasks).toHaveLength(0);
  });

  it("takes items numbered by their part's letter and count (B-1子計畫：, B-2) as the tasks (xtasksA25)", async () => {
    const { plan } = await run([
      "分項計畫B 深化產學合作",
      "B-1子計畫:建置產學媒合平台",
      "(一)計畫目標:",
      "整合校內外資源,每年媒合廠商二十家。",
      "B-2子計畫:推動教師深耕服務",
      "(一)計畫目標:",
      "鼓勵教師赴企業研習,累計五十人次。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["B-1|建置產學媒合平台", "B-2|推動教師深耕服務"]);
    // (rooms or codes in a line are no items)
    const { plan: rooms } = await run(["本學期開放借用教室", "T-1 307教室", "以下教室開放:E-206、E-317。"]);
    expect(rooms.tasks.map((t) => t.no)).not.toContain("T-1");
  });

  it("takes items counted under a name of their own (专项行动1, 隐患2：) as the tasks, named by the rest of their line", async () => {
    const { plan, warnings } = await run([
      "青禾县2031年教育工作任务书",
      "专项行动1 县域高中振兴计划",
      "目标:推动县中整体提升。",
      "专项行动2 教师队伍建设工程",
      "目标:补齐紧缺学科教师。",
      "专项行动3 学生心理健康促进行动",
      "目标:健全心理健康工作机制。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["1|县域高中振兴计划", "2|教师队伍建设工程", "3|学生心理健康促进行动"]);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
    const { plan: report } = await run(["青禾中学安全隐患整改报告", "隐患1:消防通道堆放杂物。", "整改措施:已清理完毕。", "隐患2:监控探头损坏;门卫脱岗。", "整改措施:已更换探头。", "隐患3:配电间缺少灭火器。", "整改措施:已配备。"]);
    expect(report.tasks.map((t) => t.title)).toEqual(["消防通道堆放杂物", "监控探头损坏;门卫脱岗", "配电间缺少灭火器"]);
    // (attachments and tables counted are no items)
    const { plan: notes } = await run(["青禾县教育局通知", "附件1:报名表", "附件2:汇总表", "附件3:承诺书"]);
    expect(notes.tasks).toHaveLength(0);
  });

  it("keeps the 一是 points of a （一） task as its measures", async () => {
    const { plan } = await run(["青禾县教育局2031年工作要点", "一、主要任务", "（一）提升办学质量。一是优化课程设置。二是加强质量监测。"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["提升办学质量"]);
  });

  it("takes each line of a month schedule copied one cell a line, due in its month", async () => {
    const { plan, warnings } = await run(["青禾小学2031年德育安排", "时间", "重点工作", "3月份", "开展学雷锋主题活动", "组织春季安全教育", "4月份", "组织清明节祭扫活动", "5月份", "举办校园艺术节"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展学雷锋主题活动", "组织春季安全教育", "组织清明节祭扫活动", "举办校园艺术节"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join())).toEqual(["2031-03", "2031-03", "2031-04", "2031-05"]);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
  });

  it("takes the weeks of a week schedule copied one cell a line, named by their themes, not the dated notes in them", async () => {
    const { plan } = await run([
      "2030-2031学年第二学期少先队活动安排",
      "周次", "时间", "主题", "内容",
      "1", "3.3-3.9", "春风行动", "组织新学期入队教育;", "开展文明礼仪督查;", "3.5学雷锋日",
      "2", "3.10-3.16", "绿色校园", "开展植树护绿活动;", "3.12植树节",
      "3", "3.17-3.23", "节水在行动", "组织节水知识竞赛;", "3.22世界水日",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["1|春风行动", "2|绿色校园", "3|节水在行动"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join())).toEqual(["2031-03-09", "2031-03-16", "2031-03-23"]);
  });

  it("goes down from a heading that is the rules' one task to the work numbered under it", async () => {
    const { plan } = await run(["青禾县安全排查方案", "一、工作目标", "建立常态化排查机制。", "二、工作任务", "（一）各中小学", "各中小学是排查责任主体。", "1.开展每日巡查。校长每天组织巡查校舍和设施。"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展每日巡查"]);
  });

  it("takes a level whose items read as work over the one task the rules chose", async () => {
    const { plan } = await run([
      "青禾小学工作计划",
      "一、工作目标",
      "1. 提高教学质量，各学科合格率稳步上升。",
      "2. 加强教师培养，培养一批骨干教师。",
      "3. 改善办学条件，完善功能教室。",
      "二、具体措施",
      "（一）教学工作",
      "1. 规范教学常规",
    ]);
    // (beside a goals part numbered directly, a measures part's bare (一) heading over restarting 1. items is its task: structure.ts)
    expect(plan.tasks.map((t) => t.title)).toEqual(["提高教学质量，各学科合格率稳步上升", "加强教师培养，培养一批骨干教师", "改善办学条件，完善功能教室", "教学工作"]);
  });

  it("does not fire where the rules read two tasks or more that are work", async () => {
    const { warnings } = await run(["青禾县教育局2031年工作要点", "1. 推进集团化办学。", "2. 加强教师队伍建设。"]);
    expect(warnings.filter(UNCLEAR)).toHaveLength(0);
  });

  it("replaces the rules' guess warnings by their code, not by their words", async () => {
    const lines = ["青禾县教育局2031年工作计划", "一、夯实基础，办好教育", "围绕全年目标统筹推进。一是扩大学前教育资源，新增公办园位。二是深化课堂教学改革，推广优秀课例。"];
    // the rules alone guess (one task) and say so
    const source = await readDocument(lines.join("\n"), "x.txt");
    const rules = runPipeline(source, "x.txt", STAGES.filter((s) => s !== fewTasks));
    expect(rules.warnings).toContain("本文档只识别到1项任务，请核对是否完整");
    // fewTasks drops that guess (coded "one-task" where made) for its one warning; a reader's warning in the
    // same words, uncoded, is no guess of the rules and stays
    const { warnings } = runPipeline(source, "x.txt");
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
    expect(warnings).not.toContain("本文档只识别到1项任务，请核对是否完整");
    const echoed = runPipeline({ ...source, warnings: ["文档没有编号的任务（读取时的提示）"] }, "x.txt");
    expect(echoed.warnings).toContain("文档没有编号的任务（读取时的提示）");
  });

  it("leaves a speech refused", async () => {
    const { plan } = await run(["在全县教育工作会议上的讲话", "同志们：", "一、认清形势。一是成绩来之不易。二是问题不容忽视。", "二、明确任务。"]);
    expect(plan.tasks).toEqual([]);
  });
});

describe("a notice whose numbered items carry their own dates", () => {
  it("is no list of general demands: its items are tasks", async () => {
    const { plan } = await run([
      "关于做好信息填报工作的通知",
      "各县区教育局：",
      "现将有关事项通知如下：",
      "一、填报时间。每逢双月15日前在线填报进展情况。",
      "二、集中培训。定于5月20日举办操作培训。",
      "三、系统试运行。拟定于6月1日组织试填报。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["填报时间", "集中培训", "系统试运行"]);
  });
});

describe("a page's block markup in a text file", () => {
  it("ends lines at its paragraph tags", async () => {
    const { plan } = await run(["青禾幼儿园后勤工作计划<p>一、工作目标：</p><p>1、加强保育员培训，提升服务意识。</p><p>2、改善园容园貌，创设优美环境。</p>"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加强保育员培训，提升服务意识", "改善园容园貌，创设优美环境"]);
  });
});

describe("fewTasks: a notice's holiday dates are notes, not tasks", () => {
  it("drops the numbered holiday-date items above the numbered work of a holiday notice", async () => {
    const { plan } = await run([
      "关于2031年清明节放假安排的通知",
      "各部门：",
      "一、放假安排",
      "1.清明节放假时间",
      "4月4日至6日放假调休，共3天。",
      "二、工作要求",
      "1.加强校园安全巡查，落实门卫登记制度。",
      "2.做好留校学生服务保障，安排好食堂供应。",
      "3.严格执行值班制度，值班人员不得脱岗。",
    ]);
    expect(plan.tasks.map((t) => t.title).some((t) => t.includes("放假时间"))).toBe(false);
    expect(plan.tasks.length).toBe(3);
  });

  it("keeps a holiday item numbered among the work of its own part", async () => {
    const { plan } = await run([
      "关于2031年国庆节放假的通知",
      "各部门：",
      "一、放假时间",
      "10月1日至7日放假调休，10月8日上班。",
      "二、各学院要加强学生假期安全教育，掌握学生去向。",
      "三、保卫处要做好校园安全保卫工作，确保校园稳定。",
    ]);
    expect(plan.tasks.map((t) => t.title)[0]).toBe("放假时间");
  });

  it("drops an item that only labels the holiday's days, or the numbers to call, among the work of its own part (xtasks26)", async () => {
    const { plan } = await run([
      "关于2031年端午节期间工作安排的通知",
      "各中小学、幼儿园：",
      "1、放假安排：5月30日（星期五）—6月1日（星期日）放假。",
      "2、节日期间，各单位要合理安排值班工作，严格落实领导带班制度。",
      "3、各单位于5月28日（星期三）前在平台填报值班表。",
      "4、教育局值班电话：66001234（日），66001235（夜），传真：66001236。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["2", "3"]);
  });

  it("keeps a lone holiday item where nothing else reads as work", async () => {
    const { plan } = await run(["关于2031年端午节放假的通知", "1.端午节放假时间", "5月30日放假，共1天。", "2.加强假期安全教育，提醒学生注意出行安全。"]);
    expect(plan.tasks.length).toBeGreaterThanOrEqual(1);
  });
});

describe("structure: a notice's contact lines end its last item", () => {
  it("keeps the attachment name after the contacts out of the last item's text", async () => {
    const { plan } = await run([
      "青禾县教育局关于推进校舍维修项目的通知",
      "各乡镇中心学校：",
      "一、各学校要加快校舍维修进度，确保按期完工。",
      "二、各学校于每月5日前报送上月维修进度。",
      "三、县教育局适时对维修进展情况予以通报。",
      "联 系 人：李明",
      "联系电话：1234567",
      "2. 2031年校舍维修项目进度表",
    ]);
    const last = plan.tasks[plan.tasks.length - 1];
    expect(last.title).toContain("县教育局适时");
    expect(last.deadlines).toEqual([]);
  });
});

// Tasks from prose (issue 9): a news page of a meeting, an inspection or a deployment states its tasks as the
// demands it reports, run into its paragraphs (invented pages; simplified and traditional script).
describe("fewTasks: demands and enumerations run into a news page's paragraphs", () => {
  const titles = (plan: { tasks: { title: string }[] }) => plan.tasks.map((t) => t.title);
  const leads = (plan: { tasks: { lead: string[] }[] }) => plan.tasks.map((t) => t.lead.join("、"));

  it("takes each sentence that opens with 要 or a doer and its 要, after 会议强调/某某要求, as a task", async () => {
    const { plan, warnings } = await run([
      "5月9日，青禾县副县长主持召开校园建设专题会议，听取项目进展汇报。",
      "会议指出，教育是民生之本。会议强调，县教育局要聚焦开学前完工目标，倒排工期，逐校推进。要压紧压实施工单位责任，确保工程质量安全。各乡镇要密切配合，及时协调解决征地问题。（记者 周立 吴敏）",
    ]);
    expect(titles(plan)).toEqual(["县教育局要聚焦开学前完工目标", "要压紧压实施工单位责任", "各乡镇要密切配合"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
    expect(plan.tasks[0].lead).toEqual(["县教育局"]);
    // (a sentence that opens with a time or a place and only then its 要 is no demand of its own; nor a 要求 that is a noun)
    const { plan: two } = await run([
      "市教育局召开督导整改推进会。",
      "王局长要求，各科室要对照问题清单，逐项销号。",
      "王局长强调，要用实实在在的整改成效回应群众关切，整改要见人见事。整改过程中要坚持问题导向，不回避矛盾。",
    ]);
    expect(titles(two)).toEqual(["各科室要对照问题清单", "要用实实在在的整改成效回应群众关切"]);
    // (a word that adds a demand before its 要: "明确要…", "同时，要…")
    const { plan: more } = await run([
      "校领导检查暑期维修工程。",
      "副校长提出具体要求，明确要聚焦宿舍维修等8个重点项目，确保开学前完工。同时，要加强施工现场安全管理。",
    ]);
    expect(titles(more)).toEqual(["明确要聚焦宿舍维修等8个重点项目", "同时，要加强施工现场安全管理"]);
  });

  it("reads a sentence of demands listed after ； as one task each, the sentence's doer the doer of each", async () => {
    const { plan } = await run([
      "溪山市督查组到市教育局反馈督查情况。",
      "副市长强调，市教育局要提高政治站位，不折不扣完成整改任务；要压实工作责任，以问责倒逼整改；要建立长效机制，防止问题反弹。",
    ]);
    expect(titles(plan)).toEqual(["市教育局要提高政治站位", "要压实工作责任", "要建立长效机制"]);
    expect(leads(plan)).toEqual(["市教育局", "市教育局", "市教育局"]);
    // the clauses listed after a first demand, in parallel, are demands too (a slogan each); traditional script
    const { plan: trad } = await run([
      "縣教育局召開全體幹部大會。",
      "會議要求，全體教師要迅速進入狀態“提速幹”，投入新學期工作；聚焦質量“用心幹”，抓實課堂教學；守住底線“安全幹”，落實安全責任。",
    ]);
    expect(titles(trad)).toEqual(["全體教師要迅速進入狀態“提速幹”", "聚焦質量“用心幹”", "守住底線“安全幹”"]);
  });

  it("reads points counted 第一，第二 or 首先，其次，最后 as tasks, named by their first sentence", async () => {
    const { plan, warnings } = await run([
      "学校召开整改工作领导小组会议。",
      "校党委书记提出具体要求：第一，按期完成问题整改。各责任部门要在规定时间内完成整改。第二，健全长效机制，巩固整改成果。各部门要把整改纳入日常工作。第三，加强督促检查。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["一|按期完成问题整改", "二|健全长效机制，巩固整改成果", "三|加强督促检查"]);
    expect(warnings.some((w) => w.includes("“第一、第二”列举"))).toBe(true);
    const { plan: steps } = await run(["区教育局部署秋季开学工作。", "局长要求：首先，做好校舍安全排查。其次，落实教材征订发放。最后，组织开学第一课。"]);
    expect(titles(steps)).toEqual(["做好校舍安全排查", "落实教材征订发放", "组织开学第一课"]);
    // ("第一责任" "第一要务" are no ordinals)
    const { plan: none } = await run(["县教育局召开安全会议。", "会议指出，安全是第一责任，是第一要务。"]);
    expect(none.tasks).toHaveLength(0);
  });

  it("reads the points of one run alike: kept together, named after a frame they all open with, the last named like the rest", async () => {
    // (a frame every point opens with, "在甲层面，", names no work: each point is named by what follows it)
    const { plan: framed } = await run([
      "青禾县教育局召开工作会议。",
      "会上对下阶段工作作了安排：一是在县层面，认真开好家长会；二是在局层面，认真做好年度考核工作；三是在校层面，认真做好期末质量监测。",
    ]);
    expect(titles(framed)).toEqual(["认真开好家长会", "认真做好年度考核工作", "认真做好期末质量监测"]);
    // (a point whose verb reads as no work stays in a run whose other points do)
    const { plan: kept } = await run([
      "青禾县教育局部署寒假值守。",
      "局长要求：首先，各学校要求值守人员按时到岗，做好通讯保障；其次，理顺值守人员的分工，交接时巡视一遍；再次，要求值守教师做好来访登记。",
    ]);
    expect(kept.tasks.map((t) => t.no)).toEqual(["一", "二", "三"]);
    expect(kept.tasks[1].title).toBe("理顺值守人员的分工");
    // (the last point, ending at a full stop, is named by its lead phrase as the points before it are)
    const { plan: last } = await run([
      "青禾县教育局召开整改推进会。",
      "局长强调，一要提高思想站位，把整改摆在突出位置；二要压实工作责任，确保整改落到实处；三要守住安全底线，全力推动各项工作。",
    ]);
    expect(titles(last)).toEqual(["提高思想站位", "压实工作责任", "守住安全底线"]);
    // (points that open differently keep their lead clauses: no frame)
    const { plan: unframed } = await run([
      "青禾县教育局召开工作会议。",
      "会议要求：一是在开学前，完成校舍排查；二是对薄弱学校，逐校制定帮扶方案；三是做好教材征订。",
    ]);
    expect(titles(unframed)[0]).toMatch(/^在开学前/);
  });

  it("reads 一要/二要 right after the doers they are asked of, those doers the doers of each point", async () => {
    const { plan } = await run([
      "县教体局召开项目推进会。",
      "会议要求，各项目学校负责人一要加快施工进度，该完工的必须按期完工，该完成主体的要按期完成主体，该年内开工的要加强与相关部门的衔接，尽快办理前期手续并开工建设，不得拖延；二要严格建设程序；三要加强安全管理，杜绝安全事故。（县教体局）",
    ]);
    expect(titles(plan)).toEqual(["加快施工进度", "严格建设程序", "加强安全管理，杜绝安全事故"]);
    expect(leads(plan)).toEqual(["各项目学校", "各项目学校", "各项目学校"]);
  });

  it("reads every 一是 run of the text, each starting again at 一, as tasks: a leader's points under 首先/其次, a second speaker's", async () => {
    const { plan, warnings } = await run([
      "市领导到青禾县教育局调研。",
      "副市长要求，全县教育工作要在强基础、保安全上着力。首先，要强基础。一是要扩大优质学位供给，新建两所小学。二是要配齐配强专任教师。三是要推进集团化办学。其次，要保安全。一是落实校舍安全排查。二是加强食品安全监管，守牢底线。",
      "局长强调，一是要细化工作方案，明确时间节点；二是要材料规范齐全，按时上报。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual([
      "一|要扩大优质学位供给，新建两所小学",
      "二|要配齐配强专任教师",
      "三|要推进集团化办学",
      "一|落实校舍安全排查",
      "二|加强食品安全监管，守牢底线",
      "一|要细化工作方案",
      "二|要材料规范齐全，按时上报",
    ]);
    // (a point ends before the short heading of the next run: "其次，要保安全。" is none of its text)
    expect(plan.tasks[2].body).not.toContain("其次");
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
    // (a run of another form inside a point — its 一要/二要 — is that point's measures, no run of its own)
    const { plan: nested } = await run([
      "县教育局召开安全工作会议。",
      "会议强调，一是压实安全责任，各校一要签订责任书，二要建立台账。二是开展隐患排查，逐校过筛。三是加强应急演练。",
    ]);
    expect(titles(nested)).toEqual(["压实安全责任，各校一要签订责任书，二要建立台账", "开展隐患排查，逐校过筛", "加强应急演练"]);
  });

  it("leaves a plan whose numbered items hold such demands as it was", async () => {
    const { plan } = await run([
      "青禾县2031年校园安全工作方案",
      "一、加强安全教育",
      "会议要求，各校要开展安全教育周活动。要落实家校联系制度。",
      "二、开展隐患排查",
      "各校要每月排查一次，建立台账。",
    ]);
    expect(titles(plan)).toEqual(["加强安全教育", "开展隐患排查"]);
  });
});

describe("fewTasks: the work a news report's sentences serve", () => {
  it("takes 为加快…，某市将… sentences as tasks beside the 规定，要… demands, named by their purpose", async () => {
    const { plan } = await run([
      "溪山市扩大普惠学前教育资源",
      "溪山市规定，要优化城乡幼儿园布局，每个乡镇至少办好1所公办中心园。",
      "为加快公办园建设，溪山市将把年度建设任务纳入民生工程。",
      "為推進示範性幼兒園創建工作，溪山市提出，到2030年每個縣至少建成1所省級示範園。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["要优化城乡幼儿园布局", "加快公办园建设", "推進示範性幼兒園創建工作"]);
    // (a plan's own purpose is no task: "为…，特制定本方案" says no one will do anything)
    const { plan: none } = await run(["溪山市学前教育工作方案", "为全面贯彻学前教育法，推进普及普惠，特制定本方案。", "为加强组织领导，成立工作专班。"]);
    expect(none.tasks).toHaveLength(0);
  });
});

describe("fewTasks: a progress report's next-step line", () => {
  it("takes the value of a \"N月份计划：\" or \"下一步计划：\" line as the task, due in the label's month, once", async () => {
    const { plan, warnings } = await run([
      "溪山市2031年新建学校项目进展",
      "1-4月份进展：8个项目已开工6个，完成投资3200万元。",
      "5月份计划：加快主体结构施工，启动室外配套工程招标。",
      "1-4月份进展：8个项目已开工6个，完成投资3200万元。",
      "5月份计划：加快主体结构施工，启动室外配套工程招标。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加快主体结构施工，启动室外配套工程招标"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2031-05"]);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
    const { plan: next } = await run(["青禾镇中心校安全工作情况汇报", "本学期共排查隐患12处，已全部整改。", "下一步打算：完善校园监控系统，开展消防演练。"]);
    expect(next.tasks.map((t) => t.title)).toEqual(["完善校园监控系统，开展消防演练"]);
    // (a label that is no plan — "活动安排：" over the items of a programme — is left to the rules)
    const { plan: none } = await run(["青禾县教育局情况汇报", "本月共召开会议3次。", "活动安排：组织文艺汇演。"]);
    expect(none.tasks).toHaveLength(0);
  });
});

describe("fewTasks: headings whose numbers were lost", () => {
  it("takes short lines each over a paragraph as the tasks, the headings sharing a form as their parts", async () => {
    const { plan } = await run([
      "为补齐办学短板，结合督导反馈意见，现就整改工作提出如下措施，请各校认真抓好落实，确保按期完成。",
      "针对校舍安全隐患问题的整改措施",
      "校舍是办学的基础条件，须从排查和维修两方面推进整改工作，确保师生安全。",
      "建立校舍定期排查制度",
      "每学期开学前组织一次全面排查，形成隐患清单，逐项明确整改时限和责任人员。",
      "实施危旧校舍维修工程",
      "年内完成全部危旧校舍的加固维修，维修经费纳入年度预算，专款专用，按月通报进度。",
      "针对课后服务不足问题的整改措施",
      "课后服务是家长关心的事情，须从内容和保障两方面补齐短板，满足学生多样需求。",
      "丰富课后服务课程内容",
      "每校开设不少于10门兴趣课程，引入体育、艺术、科技类社会资源参与课后服务工作。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["建立校舍定期排查制度", "实施危旧校舍维修工程", "丰富课后服务课程内容"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
  });

  it("takes every such heading where none share a form, in traditional script too", async () => {
    const { plan } = await run([
      "本校為提升教學品質，訂定本學期教務工作重點如下，請各處室依分工確實辦理，並於期末檢討。",
      "健全課程發展委員會運作",
      "每學期召開課程發展委員會會議二次，審議各領域課程計畫，並將會議紀錄公告於學校網頁。",
      "推動教師專業社群",
      "鼓勵教師組成專業學習社群，每月至少聚會一次，分享教學實務經驗，並於學期末辦理成果發表。",
      "落實學習扶助方案",
      "針對學習落後學生開設補救教學班級，由各科教師輪流指導，每週至少二節，定期評估學習成效。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["健全課程發展委員會運作", "推動教師專業社群", "落實學習扶助方案"]);
  });

  it("reads no headings in prose whose short lines are not over paragraphs of their own", async () => {
    const { plan } = await run([
      "关于做好春季学期开学工作的通知",
      "各学校：",
      "现将春季学期开学工作有关事项通知如下，请认真贯彻执行，确保开学工作平稳有序，师生安全健康。",
      "特此通知。",
      "溪山县教育局",
    ]);
    expect(plan.tasks).toHaveLength(0);
  });
});

describe("fewTasks: a meeting's demands after a phrase of the moment, and the clauses listed after one", () => {
  it("reads 要 after 寒假将至， and every ；-clause a demand's sentence lists, verb or not", async () => {
    const { plan } = await run([
      "溪山县召开2031年教育工作会议",
      "1月20日，溪山县召开2031年教育工作会议。",
      "县教育局局长王某强调，新学期伊始，要早谋划早部署，扎实做好开学各项工作。要守牢安全底线，保障师生平安；严守廉洁纪律，树立良好形象；关爱困难学生，送去温暖关怀。",
    ]);
    expect(plan.tasks.map((t) => t.title.replace(/^要/, "").split(/[，,]/)[0])).toEqual(["早谋划早部署", "守牢安全底线", "严守廉洁纪律", "关爱困难学生"]);
  });

  it("reads the same in traditional script, after 當前，", async () => {
    const { plan } = await run([
      "青禾縣召開教育工作會議",
      "局長李某指出，當前，要全面盤點學期工作，查缺補漏。要強化校園安全，落實巡查制度；嚴守師德規範，樹立教師形象。",
    ]);
    expect(plan.tasks).toHaveLength(3);
  });
});

describe("fewTasks: a news report of the one activity its title names", () => {
  it("takes the activity the title names as the one task, simplified or traditional", async () => {
    const { plan } = await run([
      "青禾县实验小学开展春季学期消防安全大排查活动",
      "为保障师生安全，3月2日上午，我校组织开展春季学期消防安全大排查，由校长带队，后勤处牵头，对教学楼、食堂、宿舍等逐一检查，对发现的隐患当场登记并限期整改。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["春季学期消防安全大排查"]);
    const { plan: tw } = await run([
      "朔南縣第三小學校開展春季校園環境清潔日活動",
      "為營造整潔的學習環境，本校於上週五下午組織全校師生開展校園環境清潔，各班負責所屬區域，總務處檢查清潔成果並予以表揚，全校師生踴躍參與。",
    ]);
    expect(tw.tasks.map((t) => t.title)).toEqual(["春季校園環境清潔日"]);
  });

  it("takes no task from a title that names a plan or a notice, nor from a title over no report", async () => {
    const { plan } = await run(["关于开展校园安全大排查活动的通知", "各学校：现将有关事项通知如下，请遵照执行。"]);
    expect(plan.tasks).toHaveLength(0);
    const { plan: bare } = await run(["青禾县实验小学开展读书节活动", "图文：张某"]);
    expect(bare.tasks).toHaveLength(0);
  });
});

describe("fewTasks: items whose numbers a PDF's text lost, each opening with a bare 、", () => {
  it("takes each item after a bare 、 as a task, named by its first sentence", async () => {
    const { plan } = await run([
      "青禾小学春季开学工作方案",
      "为做好春季开学工作，特制定本方案。 一、加强组织领导 、明确工作责任。成立开学工作领导小组，统筹开学准备 1 工作。 、开展安全排查。对校舍、食堂、宿舍开展全面排查，建立 2 隐患台账。 、做好家校沟通。通过家长群及时发布开学安排，回应家长 3 关切。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["明确工作责任", "开展安全排查", "做好家校沟通"]);
  });

  it("reads no items where the 、 only lists words", async () => {
    const { plan } = await run(["青禾小学开学工作安排", "开学前完成校舍、食堂、宿舍的检查，做好教材、作业本、校服的发放工作，确保按时开学。"]);
    expect(plan.tasks.length).toBeLessThanOrEqual(1);
  });
});

// Tasks of a notice with no numbered items (issue 9, xnotice10): its demands on its addressees, with no
// reporting verb before them — "请各校…", "各园要…", "并把…于9月20日前…" (invented notices; simplified and traditional).
describe("fewTasks: a notice's demands on its addressees, unnumbered", () => {
  it("takes 请各校… and 各校要… sentences, and each clause that hands something over by a date", async () => {
    const { plan, warnings } = await run([
      "关于开展校园消防安全自查的通知",
      "各小学、幼儿园：",
      "现将县教育局《关于开展校园消防安全自查的通知》转发给你们，请各校认真贯彻执行，并把自查报告于10月12日前报中心学校办公室，把隐患清单于10月15日前上传工作群。",
      "请各校严格对照检查要点，逐项排查消防设施，建立隐患台账，落实整改责任人。",
      "各园要将整改情况于10月30日前形成书面材料报中心学校安全办。",
      "以上通知，请遵照执行。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "把自查报告于10月12日前报中心学校办公室",
      "把隐患清单于10月15日前上传工作群",
      "请各校严格对照检查要点，逐项排查消防设施，建立隐患台账",
      "各园要将整改情况于10月30日前形成书面材料报中心学校安全办",
    ]);
    expect(plan.tasks.map((t) => t.lead)).toEqual([["各校"], ["各校"], ["各校"], ["各园"]]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings.filter(UNCLEAR)).toHaveLength(1);
  });

  it("reads a notice in traditional script the same way, 各單位務必… and 請各單位於…前…", async () => {
    const { plan } = await run([
      "關於做好寒假安全教育工作的通知",
      "各單位：",
      "請各單位於1月10日前完成學生安全教育課，並將課程記錄報教務處。",
      "各單位務必組織家長簽署安全承諾書，切實做好假期安全提醒。",
    ]);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0].title).toMatch(/^請各單位於1月10日前完成學生安全教育課/);
    expect(plan.tasks[1].title).toMatch(/^各單位務必組織家長簽署安全承諾書/);
  });

  it("leaves a notice alone whose only demand is to carry it out, and one whose items are numbered", async () => {
    const carry = await run(["关于转发某某文件的通知", "各学校：", "现将文件转发给你们，请认真贯彻执行。", "以上通知，请遵照执行。"]);
    expect(carry.plan.tasks).toHaveLength(0);
    const numbered = await run([
      "关于做好秋季开学工作的通知",
      "各学校：",
      "一、做好开学准备",
      "请各校于8月30日前完成校舍安全检查。",
      "二、有关要求",
      "各校要于9月5日前报送开学工作总结。",
    ]);
    expect(numbered.plan.tasks.length).toBeGreaterThan(0);
    expect(numbered.plan.tasks.map((t) => t.confidence).every((c) => c > 0.4)).toBe(true);
  });
});

// (xtasks26) a holiday notice's unnumbered demand paragraphs: a period before the addressee ("放假期间各单位应…"), several
// addressees before the one that asks ("…，各民办学校请务必于…前将…"), an addressee handing something over by a day
describe("fewTasks: a holiday notice's demand paragraphs, named from their work", () => {
  it("takes 各X应…, 各X请务必于…前将…, 各X将…，于…前报送… and names each by its work", async () => {
    const { plan } = await run([
      "区属各中小学、幼儿园，各民办学校：",
      "现将2031年端午节放假安排通知如下：",
      "5月30日至6月1日放假，共3天。",
      "放假期间各单位应严格做好节日值守和安全保卫工作，严格落实领导带班制度，遇有突发事件要及时报告。",
      "放假期间，各中小学、幼儿园，各民办学校要妥善安排好安全保卫等工作，一旦发生突发事件要立即报告。",
      "各中小学、幼儿园，各民办学校请务必于5月28日上午10:00前将值班表发电子邮件到教育局邮箱(abc@example.com)。",
      "各单位将假期安全排查表按指定格式(见附件)，于5月29日16:00前报送至教育局办公室。",
      "2031年5月26日",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "严格做好节日值守和安全保卫工作，严格落实领导带班制度",
      "妥善安排好安全保卫等工作",
      "将值班表发电子邮件到教育局邮箱",
      "将假期安全排查表按指定格式(见附件)，于5月29日16:00前报送至教育局办公室",
    ]);
    // (各单位 names no kind of body: no unit, as the convention has it; the office a thing goes to leads its hand-over, xnotice27)
    // (the list of addressees in the clause before the demand's own is asked too, "各中小学、幼儿园，各民办学校要…", xunits)
    expect(plan.tasks.map((t) => t.lead)).toEqual([[], ["各中小学", "幼儿园", "各民办学校"], ["各中小学", "幼儿园", "各民办学校"], ["教育局办公室"]]);
  });
});

describe("fewTasks: a notice's 请于…前… demands, its contact line none", () => {
  it("gives 请于…前… the addressee of a kind as its unit, and leaves 请与…联系 out", async () => {
    const { plan } = await run([
      "关于报送教师培训需求的通知",
      "各幼儿园：",
      "为做好明年教师培训规划，请于11月20日前填报培训需求调查表，并将汇总表于11月25日前发送至教研室邮箱。",
      "如有疑问，请与教研室李老师联系。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["请于11月20日前填报培训需求调查表", "将汇总表于11月25日前发送至教研室邮箱"]);
    // (the office the summary goes to leads its hand-over too, xnotice27)
    expect(plan.tasks.map((t) => t.lead)).toEqual([["各幼儿园"], ["各幼儿园", "教研室"]]);
  });

  it("gives no unit where the addressee names no kind of body (各单位)", async () => {
    const { plan } = await run(["关于报送安全台账的通知", "各单位：", "请于5月10日前报送安全台账，并将整改清单于5月15日前交安全办。"]);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks.every((t) => t.lead.length === 0)).toBe(true);
  });
});

describe("a page with no structure and one demand (xtasks14)", () => {
  const read = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan.tasks.map((t) => t.title);
  it("takes the one demand after 规定 as its task", async () => {
    const t = await read("本报讯 昨从某区教育局获悉，各中小学将于1月20日开始放寒假。区教育局规定，各学校要严格控制学生假期作业总量，不得组织补课。");
    expect(t).toHaveLength(1);
    expect(t[0]).toContain("各学校要严格控制学生假期作业总量");
  });
  it("takes the one demand after 要求 too", async () => {
    const t = await read("某县教育局召开校园安全工作会议。会议要求，各校要在开学前完成校舍安全隐患排查。会议由副局长主持。");
    expect(t).toHaveLength(1);
    expect(t[0]).toContain("各校要在开学前完成校舍安全隐患排查");
  });
  it("still gives nothing where the page demands nothing", async () => {
    const t = await read("本报讯 某市今年共有12所新建学校投入使用，新增学位8000个。目前，各校运行平稳，家长反映良好。");
    expect(t).toHaveLength(0);
  });
});
