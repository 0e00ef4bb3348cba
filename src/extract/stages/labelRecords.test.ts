// Records over their field labels (issue 9: 民生实事 and project lists): each item a short line, numbered or not,
// then "主管领导：…" "责任单位：…" "完成时限：…" lines (invented documents).
import { growth } from "../../../test/helpers/growth.js";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { labelRecordsCandidate } from "./labelRecords.js";
import type { WorkDoc } from "./types.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });
const record = (title: string, leader: string, unit: string, person: string, by: string) => [title, `主管领导：${leader}`, `责任单位：${unit}`, `主要责任人：${person}`, `完成时限：${by}`];

describe("labelRecords: items followed by their label lines", () => {
  it("reads unnumbered records as tasks, their fields from their labels", async () => {
    const { plan } = await run([
      "青禾县2031年为民办实事项目分解",
      ...record("改造农村学校运动场12个。", "赵立群", "县教育局", "钱文涛", "2031年10月底前"),
      ...record("为全县中小学配备心理辅导室30间。", "周平", "县卫健局", "孙晓", "2031年9月底前"),
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}|${t.leaders.join("、")}|${t.deadlines.map((d) => d.by).join("、")}`)).toEqual([
      "|改造农村学校运动场12个|县教育局|赵立群、钱文涛|2031-10",
      "|为全县中小学配备心理辅导室30间|县卫健局|周平、孙晓|2031-09",
    ]);
  });

  it("reads the traditional labels as well", async () => {
    const { plan } = await run([
      "溪山縣2031年十件實事",
      "改造農村學校運動場12個。", "主管領導：趙立群", "責任單位：縣教育局", "進度安排：6月底前開工；10月底前完工。",
      "新建城區幼兒園2所。", "主管領導：周平", "責任單位：縣教育局", "進度安排：5月底前開工；12月底前完工。",
    ]);
    expect(plan.tasks.map((t) => `${t.title}|${t.lead.join("、")}|${t.leaders.join("、")}`)).toEqual(["改造農村學校運動場12個|縣教育局|趙立群", "新建城區幼兒園2所|縣教育局|周平"]);
  });

  it("keeps the headings over the records as their sections", async () => {
    const { plan } = await run([
      "青禾县2031年为民办实事项目分解",
      "一、教育",
      ...record("改造农村学校运动场12个。", "赵立群", "县教育局", "钱文涛", "2031年10月底前"),
      ...record("新建城区幼儿园2所。", "赵立群", "县教育局", "孙晓", "2031年12月底前"),
      "二、卫生",
      ...record("建成社区卫生服务站5个。", "周平", "县卫健局", "孙晓", "2031年11月底前"),
      ...record("为全县中小学配备校医室30间。", "周平", "县卫健局", "钱文涛", "2031年9月底前"),
    ]);
    expect(plan.tasks.map((t) => `${t.section}|${t.title}`)).toEqual(["一|改造农村学校运动场12个", "一|新建城区幼儿园2所", "二|建成社区卫生服务站5个", "二|为全县中小学配备校医室30间"]);
    expect(plan.sections.map((s) => `${s.no}|${s.title}`)).toEqual(["一|教育", "二|卫生"]);
  });

  it("leaves a heading over one record as that record's item", async () => {
    const { plan } = await run([
      "青禾县2031年教育信息化工作方案",
      "（一）提升校园网络",
      "全区中小学千兆光纤接入率达到100%。",
      "- 牵头：电教馆",
      "- 时限：2031年10月",
      "（二）更新教学终端",
      "更新教室多媒体设备600套。",
      "- 牵头：装备站",
      "- 时限：2031年12月",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}`)).toEqual(["一|提升校园网络|电教馆", "二|更新教学终端|装备站"]);
  });

  it("leaves numbered records to the rules", async () => {
    const { plan } = await run([
      "青禾县2031年为民办实事项目分解",
      ...record("1.改造农村学校运动场12个。", "赵立群", "县教育局", "钱文涛", "2031年10月底前"),
      ...record("2.新建城区幼儿园2所。", "赵立群", "县教育局", "孙晓", "2031年12月底前"),
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}|${t.lead.join("、")}`)).toEqual(["1|改造农村学校运动场12个|县教育局", "2|新建城区幼儿园2所|县教育局"]);
    expect(plan.tasks.every((t) => t.confidence > 0.4)).toBe(true);
  });
});

describe("labelRecords: scaling", () => {
  // (every block of a long list once started a run of its own to the list's end: 40,000 records took 49 s)
  function doc(n: number): WorkDoc {
    const lines = ["某县2031年重点项目清单"];
    for (let i = 1; i <= n; i++) lines.push(`项目${i}`, "责任单位：县住建局", "完成时限：2031年12月底");
    const text = lines.join("\n");
    let start = 0;
    const items = lines.map((l) => {
      const it = { kind: "line", line: { text: l, start } };
      start += l.length + 1;
      return it;
    });
    return { text, items } as unknown as WorkDoc;
  }
  const run = (d: WorkDoc) => () => {
    expect(labelRecordsCandidate(d)?.tasks.length).toBeGreaterThan(0);
  };

  it("4× the records take no more than 12× the time (16× were it quadratic)", () => {
    const small = doc(10_000);
    const big = doc(40_000);
    const g = growth(run(small), run(big));
    console.log(`labelRecords 10,000 records: ${g.small.toFixed(0)} ms, 40,000: ${g.big.toFixed(0)} ms, ratio ${g.ratio.toFixed(1)}`);
    expect(g.ratio).toBeLessThan(12);
  }, 120_000);
});
