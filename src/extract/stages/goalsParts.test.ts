// Items numbered under a part of goals ("二、工作目标" over "1. …") are tasks where the plan has task
// parts of its own (pooled golds); a plan of goals and framing parts only keeps the fallback's reading.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const titles = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan.tasks.map((t) => t.title);

describe("items under a part of goals", () => {
  it("are tasks beside the items of the work part", async () => {
    const text = ["某小学2031年春季学期德育工作计划", "一、指导思想", "以立德树人为根本任务，全面推进素质教育。", "二、工作目标", "1、强化学生行为习惯养成教育，提高自我管理能力。", "2、加强班级文化建设，营造积极向上的氛围。", "三、工作重点", "1、各年级要落实德育主题活动。", "2、加强班主任队伍建设。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(4);
    expect(t[0]).toContain("强化学生行为习惯养成教育");
    expect(t[3]).toContain("加强班主任队伍建设");
  });
  it("are tasks under 主要目标 too, the heading itself none", async () => {
    const text = ["某幼儿园后勤工作计划", "一、主要目标", "1. 完善食堂管理制度，保证膳食安全。", "2. 做好园舍维修，消除安全隐患。", "二、具体工作", "1. 每月开展一次卫生大检查。", "2. 加强保育员业务培训。", "3. 规范物品采购与登记。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(5);
    expect(t.some((x) => /主要目标/.test(x))).toBe(false);
  });
  it("leave the framing parts skipped (指导思想, 保障措施)", async () => {
    const text = ["某中学教研工作要点", "一、总体目标", "1. 提升课堂教学质量。", "2. 建设校本课程体系。", "二、重点工作", "1. 开展集体备课。", "2. 组织青年教师赛课。", "三、保障措施", "1. 加强组织领导。", "2. 强化经费保障。"].join("\n");
    const t = await titles(text);
    expect(t).toHaveLength(4);
    expect(t.some((x) => /组织领导|经费保障/.test(x))).toBe(false);
  });
});
