// A table's header and its row run into one line, cells apart by spaces (invented report).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const LINE =
  "2031年度某县文旅局重点工作进展公示(截至6月底) 类别 分项 指标 项目名称 工作内容及要求 责任科室 上半年完成情况 " +
  "重点工作 民生指标 提升乡村阅读服务 新建农家书屋示范点12个,更新图书3万册,组织乡村读书活动不少于40场,提升群众阅读满意度。 公共服务科 已完成选址8处,更新图书1.2万册,其余工作正在推进中";

describe("a header and its row on one line, apart by spaces", () => {
  it("reads the row's name, its content and its bodies under the columns counted from the right", async () => {
    const { plan } = await extractPlan(Buffer.from(["某县文旅局", LINE].join("\n")), { filename: "report.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["提升乡村阅读服务"]);
    expect(JSON.stringify(plan.tasks[0].lead)).toContain("公共服务科");
  });
  it("reads no table from a line of prose with spaces", async () => {
    const prose = "一、 加强 组织 领导 成立 工作 专班 统筹 推进 各项 工作 落实 责任 分工 明确 时间 节点 确保各项工作按期完成并取得实效,形成长效机制和工作合力。 办公室 负责";
    const { plan } = await extractPlan(Buffer.from(["某县文旅局工作安排", prose].join("\n")), { filename: "p.txt" });
    expect(plan.tasks.every((t) => !/办公室/.test(t.title))).toBe(true);
  });
});
