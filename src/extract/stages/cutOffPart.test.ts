// A plan cut off after its measures part's first heading, which repeats a goal listed before (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { namesAlike } from "./cutOffPart.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

const GOALS = [
  "青山路小学2031年春季学期工作计划",
  "一、指导思想",
  "以立德树人为根本任务，全面提高办学质量，办好人民满意的学校。",
  "二、工作目标",
  "1.加强队伍建设，打造优秀团队",
  "2.深化课堂改革，提升教学质量",
  "3.丰富德育活动，涵养良好品行",
  "4.筑牢安全防线，守护平安校园",
];

describe("cutOffPart: a part cut off after its first heading", () => {
  it("drops the lone （一） that repeats a listed goal when the document ends under it", async () => {
    const { plan } = await run([
      ...GOALS,
      "三、主要措施",
      "（一）加强队伍建设，打造优秀团队",
      "1.开展师德专题学习。每月组织一次集中学习，引导教师争做四有好老师，树立良好形象。",
      "2.搭建成长平台。组织青年教师参加校级赛课和读书沙龙，提升专业能力和课堂水平。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps a lone （一） that names work of its own", async () => {
    const { plan } = await run([
      ...GOALS,
      "三、主要措施",
      "（一）改造学校食堂后厨",
      "1.更换排烟设备。暑假期间完成后厨排烟管道的更换，确保油烟达标排放。",
      "2.规范食材存放。添置货架和冷柜，做到生熟分开、离地离墙存放。",
    ]);
    expect(plan.tasks.some((t) => t.title.startsWith("改造学校食堂后厨"))).toBe(true);
  });

  it("reads names that say the same", () => {
    expect(namesAlike("教育教学", "教育教学工作")).toBe(true);
    expect(namesAlike("加强队伍建设，打造优秀团队", "加强队伍建设,打造优秀团队")).toBe(true);
    expect(namesAlike("改造学校食堂后厨", "加强队伍建设，打造优秀团队")).toBe(false);
  });
});
