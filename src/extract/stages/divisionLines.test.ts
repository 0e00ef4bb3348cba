import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { divisionEntry } from "./divisionLines.js";
import { Stitched } from "./stitched.js";

const entry = (s: string) => {
  const e = divisionEntry(Stitched.of(s, 0, s.length));
  return e ? `${e.unit.text}|${e.title.text}` : null;
};
const plan = async (text: string) => (await extractPlan(Buffer.from(text, "utf8"), { filename: "plan.txt" })).plan;
const row = (t: { title: string; lead: string[] }) => `${t.title}|${t.lead.join(",")}`;

describe("a line of a division of work", () => {
  it("reads a body labelled with its duty, cut at the first clause", () => {
    expect(entry("宣传部：负责展板制作；")).toBe("宣传部|负责展板制作");
    expect(entry("后勤处:场地和桌椅的准备,负责联系供电")).toBe("后勤处|场地和桌椅的准备");
    expect(entry("团 委：起草活动方案")).toBe("团 委|起草活动方案");
    expect(entry("美术组（书法、绘画）：负责作品展的布置")).toBe("美术组（书法、绘画）|负责作品展的布置");
  });
  it("reads a numbered line whose bodies take charge, the line its title up to a semicolon", () => {
    expect(entry("1、教科室负责撰写简报,收集照片；负责评比")).toBe("教科室|教科室负责撰写简报,收集照片");
    expect(entry("（2）少先队、教务处负责节目编排")).toBe("少先队、教务处|少先队、教务处负责节目编排");
  });
  it("reads a piece of work given to a body after a dash", () => {
    expect(entry("安全保障——保卫科")).toBe("保卫科|安全保障");
    expect(entry("会场布置——美术组、各班主任")).toBe("美术组、各班主任|会场布置");
  });
  it("reads no post, person, time or demand as a body", () => {
    expect(entry("组长：王晓明")).toBeNull();
    expect(entry("时间：五月十日上午")).toBeNull();
    expect(entry("各班要做好学生的组织")).toBeNull();
    expect(entry("李华负责摄影")).toBeNull();
  });
});

describe("a part that announces a division of work", () => {
  it("gives a task per line, led by the body it names", async () => {
    const p = await plan(
      ["某小学读书节活动方案", "一、活动时间", "四月全月。", "二、具体分工", "教导处：制定活动方案；", "总务处：准备奖品和场地，", "负责拍照；", "大队部：负责主持", "三、活动要求", "各班要认真组织，注意安全。"].join("\n"),
    );
    const rows = p.tasks.map(row);
    expect(rows).toContain("制定活动方案|教导处");
    expect(rows).toContain("准备奖品和场地|总务处");
    expect(rows).toContain("负责主持|大队部");
    expect(rows.some((r) => r.startsWith("具体分工"))).toBe(false);
  });
  it("keeps a heading over names only as one task", async () => {
    const p = await plan(["某镇督导方案", "一、督导时间", "五月。", "二、分组安排", "第一组：张明 李华 东片", "第二组：王强 赵丽 西片", "三、督导方式", "听汇报，查资料。"].join("\n"));
    expect(p.tasks.some((t) => t.title.startsWith("分组安排"))).toBe(true);
  });
});
