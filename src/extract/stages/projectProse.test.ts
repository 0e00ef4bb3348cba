// Projects named in the sentences of a report or 公示 without numbered items (invented texts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });
const brief = (t: { title: string; targets: { value: number; unit: string }[] }) => [t.title, t.targets.map((x) => `${x.value}${x.unit}`).join(",")];

describe("projects named in prose", () => {
  it("takes each “…项目方面” sentence of a news report as a task with its figures", async () => {
    const { plan, warnings } = await run([
      "青禾省教育厅部署三项2031年教育民生实事",
      "记者从省教育厅获悉，今年将实施三项教育民生实事。",
      "乡村教师周转宿舍建设项目方面，新建教师周转宿舍500套，投入资金8000万元。城区学校增学位项目方面，增补中小学学位1.5万个，投入资金2亿元。学校食堂改造项目方面，改扩建食堂120个，投入资金6000万元。",
      "省教育厅将加强督导，确保项目按期完成。",
    ]);
    expect(plan.tasks.map(brief)).toEqual([
      ["乡村教师周转宿舍建设项目", "500套,8000万元"],
      ["城区学校增学位项目", "15000个,2亿元"],
      ["学校食堂改造项目", "120个,6000万元"],
    ]);
    expect(warnings).toContain("文档没有编号的任务，已将文中提到的3个项目列为任务，请逐项核对");
  });

  it("takes quoted project names and gives each the figures said after its shorter name", async () => {
    const { plan } = await run([
      "青禾县将对20所学校进行改造",
      "“青禾县2031年义务教育项目”及“青禾县2031年学前教育项目”已经县发改委批复。",
      "项目主要建设内容：义务教育项目总建筑面积12000平方米，项目总投资3000万元；学前教育项目新建幼儿园3所，项目总投资900万元。",
    ]);
    expect(plan.tasks.map(brief)).toEqual([
      ["青禾县2031年义务教育项目", "12000平方米,3000万元"],
      ["青禾县2031年学前教育项目", "3所,900万元"],
    ]);
  });

  it("does not take a programme named to qualify the work (“××工程”的重要任务) for a project", async () => {
    const { plan } = await run(["青禾县学校运动场改造", "本次运动场改造是“强基工程”的重要任务，各地要抓紧推进，确保9月1日前完工。"]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("强基工程");
  });

  it("still says nothing was found in a text that names no project", async () => {
    const { plan, warnings } = await run(["青禾县教育局", "今年全县教育工作取得新成效，群众满意度持续提升。"]);
    expect(plan.tasks).toEqual([]);
    expect(warnings).toContain("未识别到任何任务，请手工录入");
  });
});
