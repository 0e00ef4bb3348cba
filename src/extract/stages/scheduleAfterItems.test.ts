import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const titles = async (lines: string[]) => (await extractPlan(Buffer.from(lines.join("\n\n")), { filename: "plan.txt" })).plan.tasks.map((t) => t.title);

describe("a plan's numbered items, then an activity schedule copied one cell a line (主题 | 时间 | 形式)", () => {
  it("takes the items and every row of the schedule, a site line between the cells aside", async () => {
    const got = await titles([
      "某中学2031年秋季德育工作计划",
      "一、加强行为规范教育",
      "1、开展入学教育。各年级组于9月份组织新生学习校规校纪。",
      "2、加强家校联系。每学期召开一次家长会，班主任家访率达30%以上。",
      "附：主题班会安排",
      "班会主题", "时间", "形式", "完成情况",
      "新学期新起点", "第1周", "班会",
      "(某某教育网欢迎您投稿)",
      "学会感恩", "第3周", "演讲",
      "安全伴我行", "第5周", "班会",
    ]);
    expect(got).toEqual(["开展入学教育", "加强家校联系", "新学期新起点", "学会感恩", "安全伴我行"]);
  });
  it("takes only the rows of a schedule in traditional script with no items before it", async () => {
    const got = await titles(["某國中 班級活動安排", "主題", "時間", "活動形式", "整理教室環境", "第1週", "勞動", "選舉班級幹部", "第2週", "班會", "閱讀心得分享", "第4週", "班會"]);
    expect(got).toEqual(["整理教室環境", "選舉班級幹部", "閱讀心得分享"]);
  });
});

describe("a web table copied one cell a line, each cell closed by its pipe, an empty cell a lone pipe", () => {
  it("reads the lone pipe as that empty cell, not as a row that swallows the cells after it", async () => {
    for (const empty of [["|"], [" | "]]) {
      const lines = ["某县2031年教育民生实事项目", "序号 |", "项目名称 |", "牵头单位 |", "配合单位 |", "完成时限 |", "1 |", "新建城东幼儿园 |", "县教育局 |", "城关镇 |", "12月底 |", "2 |", "改造农村学校厕所 |", "县教育局 |", ...empty, "10月底 |", "3 |", "建设智慧校园 |", "县电教中心 |", "各学校 |", "11月底 |"];
      const { plan } = await extractPlan(Buffer.from(lines.join("\n")), { filename: "plan.txt" });
      expect(plan.tasks.map((t) => [t.no, t.title, t.lead, t.co])).toEqual([
        ["1", "新建城东幼儿园", ["县教育局"], ["城关镇"]],
        ["2", "改造农村学校厕所", ["县教育局"], []],
        ["3", "建设智慧校园", ["县电教中心"], ["各学校"]],
      ]);
    }
  });
});
