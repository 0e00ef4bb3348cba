// Unnumbered stage lines ("第一阶段：…") of a staged plan are its tasks unless numbered items sit under them (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("stageLines: stages numbered by ordinal words", () => {
  it("takes each stage as a task, named by its text after the span, numbered by its ordinal", async () => {
    const { plan } = await run([
      "青川县教育局校园消防安全专项整治方案",
      "一、工作目标",
      "全面排查校园消防隐患，做到隐患动态清零。",
      "二、实施步骤",
      "第一阶段：3月1日至3月31日。各学校要对照清单开展自查，建立问题台账。",
      "第二阶段：4月1日至4月30日。局安全股组织力量对各校进行抽查，督促整改到位。",
      "第三阶段：5月1日至5月15日。总结经验，形成长效机制。",
      "三、职责分工",
      "1、安全股牵头统筹整治工作；",
      "2、基教股牵头督促各校落实自查。",
    ]);
    const titles = plan.tasks.map((t) => `${t.no}|${t.title}`);
    expect(titles.slice(0, 3)).toEqual([
      "一|各学校要对照清单开展自查，建立问题台账",
      "二|局安全股组织力量对各校进行抽查，督促整改到位",
      "三|总结经验，形成长效机制",
    ]);
    expect(plan.tasks).toHaveLength(5);
  });

  it("keeps the numbered items of a stage that has them, and the stage without items as a task", async () => {
    const { plan } = await run([
      "白石镇中心小学读书月活动方案",
      "一、活动目标",
      "1、激发学生阅读兴趣。",
      "2、营造书香校园氛围。",
      "二、活动内容",
      "第一阶段：宣传发动，各班制定读书计划",
      "时间：4月上旬",
      "第二阶段：全面开展",
      "1、举办一次好书推荐会。",
      "2、开展亲子共读打卡活动。",
    ]);
    const titles = plan.tasks.map((t) => t.title);
    expect(titles).toContain("宣传发动，各班制定读书计划");
    expect(titles).toContain("举办一次好书推荐会");
    expect(titles).toContain("开展亲子共读打卡活动");
    expect(titles).not.toContain("全面开展");
    // the stage with items closes the stage above it: its line is no part of that task's text
    const first = plan.tasks.find((t) => t.title === "宣传发动，各班制定读书计划")!;
    expect(first.no).toBe("一");
  });

  it("leaves a single stage line to the text it sits in", async () => {
    const { plan } = await run([
      "某校安全检查工作安排",
      "一、检查安排",
      "1、各处室开展自查。",
      "第一阶段：自查自纠",
      "2、学校组织复查。",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("自查自纠");
  });
});
