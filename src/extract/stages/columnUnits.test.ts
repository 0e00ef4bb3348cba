// A 承办单位 | 工作项目 table copied as text: the unit's merged cell stands among its items (invented tables).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
const rows = async (text: string) => (await plan(text)).tasks.map((t) => [t.title, t.lead, t.leaders]);

describe("units of a flattened 承办单位 column (xunits11)", () => {
  it("gives each run of items the cell printed inside it, a post as the person who answers", async () => {
    const text = [
      "某中学教务处工作分工",
      "承办单位 工 作 项 目",
      "1.制定教学工作计划。",
      "2.编排课程表。",
      "、 教 务 主 任",
      "3.其他有关教务之交办事项。",
      "1.办理学生注册。",
      "2.管理学生学籍档案。",
      "、 注 册 组",
      "3.办理转学手续。",
    ].join("\n");
    expect(await rows(text)).toEqual([
      ["制定教学工作计划", [], ["教务主任"]],
      ["编排课程表", [], ["教务主任"]],
      ["其他有关教务之交办事项", [], ["教务主任"]],
      ["办理学生注册", ["注册组"], []],
      ["管理学生学籍档案", ["注册组"], []],
      ["办理转学手续", ["注册组"], []],
    ]);
  });

  it("reads cells at the top of their runs, in traditional script too", async () => {
    const text = [
      "學校處室業務分配表",
      "負責單位 工作內容",
      "出納組",
      "1.辦理各項收支。",
      "2.保管現金及票據。",
      "營繕組",
      "1.校舍修繕。",
      "2.設備維護。",
    ].join("\n");
    expect(await rows(text)).toEqual([
      ["辦理各項收支", ["出納組"], []],
      ["保管現金及票據", ["出納組"], []],
      ["校舍修繕", ["營繕組"], []],
      ["設備維護", ["營繕組"], []],
    ]);
  });

  it("reads the header's two names a line each, and a cell whose stray mark stands on a line above it", async () => {
    const text = [
      "后勤工作分工",
      "责任部门",
      "工 作 职 责",
      "1.负责食堂管理。",
      "、",
      "后 勤 处",
      "2.负责宿舍管理。",
      "1.负责校园安保。",
      "、",
      "保 卫 科",
      "2.负责门卫值守。",
    ].join("\n");
    expect((await plan(text)).tasks.map((t) => t.lead)).toEqual([["后勤处"], ["后勤处"], ["保卫科"], ["保卫科"]]);
  });

  it("leaves items alone without the column's header", async () => {
    const text = ["学期工作安排", "1.制定教学工作计划。", "2.编排课程表。", "教务处", "1.办理学生注册。", "2.管理学籍档案。", "学生处", "3.办理转学手续。"].join("\n");
    const p = await plan(text);
    expect(p.tasks.every((t) => !t.lead.includes("教务处") || t.title !== "办理学生注册")).toBe(true);
    expect(p.tasks.flatMap((t) => t.leaders)).toEqual([]);
  });
});
