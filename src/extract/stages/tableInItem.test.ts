// A table set inside one numbered item (invented plan): its rows are tasks among the items, which stay tasks.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { columnRole } from "./columnRoles.js";
import { headerRoles } from "./tables.js";

const PLAN = [
  "关于开展春季校舍巡查的通知",
  "各处室、各年级组:",
  "为消除校舍隐患,经研究,决定开展春季校舍巡查,现将有关事项通知如下:",
  "1、加强组织领导,成立校舍巡查工作小组,统筹巡查工作。",
  "2、巡查分两步进行,具体安排如下:",
  "①各部门自查:(3月2日——6日)",
  "②学校统一巡查:(3月9日——13日)由学校领导带队,分片进行。",
  "巡查地点 |",
  "参加巡查部门(人) |",
  "北区教学楼、连廊及屋面排水设施 |",
  "莫一凡、后勤处、安全办 |",
  "南区实验楼、危化品仓库 |",
  "柏小川、教务处、安全办 |",
  "运动场及看台 |",
  "贺远、体育组、后勤处 |",
  "食堂及学生宿舍 |",
  "葛青、后勤处、学生处 |",
  "3、总结通报",
  "巡查结束后,学校将汇总巡查情况,督促有关部门整改到位。",
  "某某县第一中学",
  "2031年2月20日",
].join("\n");

describe("a table inside a numbered item", () => {
  it("gives its rows as tasks after the item that holds it, the items staying tasks", async () => {
    const { plan } = await extractPlan(Buffer.from(PLAN), { filename: "plan.txt" });
    const titles = plan.tasks.map((t) => t.title);
    expect(titles).toEqual([
      expect.stringContaining("加强组织领导"),
      expect.stringContaining("巡查分两步进行"),
      "北区教学楼、连廊及屋面排水设施",
      "南区实验楼、危化品仓库",
      "运动场及看台",
      "食堂及学生宿舍",
      "总结通报",
    ]);
    const row = plan.tasks[2];
    expect(row.lead).toEqual(["后勤处", "安全办"]);
  });
  it("reads a person among a table's bodies as the row's leader", async () => {
    const { plan } = await extractPlan(Buffer.from(PLAN), { filename: "plan.txt" });
    const row = plan.tasks.find((t) => t.title === "南区实验楼、危化品仓库")!;
    expect(JSON.stringify(row.leaders)).toContain("柏小川");
    expect(JSON.stringify(row.lead)).not.toContain("柏小川");
  });
  it("names the other column of a two-column table of bodies as the rows' work", () => {
    expect(headerRoles(["巡查地点", "责任部门"])).toEqual(["title", "responsible"]);
    // (a note in brackets after a column name is no part of it)
    expect(columnRole("参加巡查部门(人)")).toBe("responsible");
    expect(columnRole("完成时限（年月）")).toBe("deadline");
    // (a column of figures beside the bodies is no work)
    expect(headerRoles(["责任部门", "参训人数"])).toBeNull();
    // (three columns: nothing is guessed)
    expect(headerRoles(["巡查地点", "备用", "责任部门"])).toBeNull();
  });
});
