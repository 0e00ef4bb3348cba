// A meeting record's officers' reports (invented): reports of what was done and thanks are no tasks, plans are
// (doneReports.ts); a part of reflections and suggestions holds none (partFacts.ts); a label over its own "--"
// bullets names its item (itemTitles.ts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const RECORD = [
  "某某國小103學年度第2學期期初校務會議記錄",
  "時間:104年2月10日 上午9時",
  "一、各處室報告:",
  "教務主任王大同報告:",
  "二、閱讀推廣計畫",
  "(一)感謝各班導師協助,讓晨讀活動順利進行。",
  "(二)省思與建議",
  "1.建議晨讀書單能結合各科教學。",
  "2.未來可規畫親子共讀活動。",
  "總務主任李小明報告:",
  "一、採購、修繕類:",
  "1. 103年12月完成午餐食材招標作業,已達成預定進度,",
  "104年度第一季於近日2月底前進行食材驗收抽查。",
  "2. 103年11月已完成本校飲水機濾心更換。",
  "學務組長陳美華報告:",
  "1.交通安全: --期初對家長宣導接送規定 --校門口導護志工排班",
  "下學期重點工作:校園交通動線圖製作",
  "2.感謝志工團的協助,本學期已完成16場導護培訓。",
];

describe("a meeting record's reports", () => {
  it("keeps the plans, named by the plan where the item first reports, and drops the reports, the thanks and the suggestions", async () => {
    const { plan } = await extractPlan(RECORD.join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["104年度第一季於近日2月底前進行食材驗收抽查", "交通安全"]);
  });

  it("reads the label over its bullets alike where Word typed the bullets as a dash (–, —)", async () => {
    for (const dash of ["–", "—"]) {
      const lines = RECORD.map((l) => l.replace(/--/g, dash));
      const { plan } = await extractPlan(lines.join("\n"), { filename: "x.txt" });
      expect(plan.tasks.map((t) => t.title)).toEqual(["104年度第一季於近日2月底前進行食材驗收抽查", "交通安全"]);
    }
  });

  it("keeps an item due to be done (開學前完成…), which reports nothing done", async () => {
    const lines = RECORD.slice(0, 11).concat(["1. 開學前完成各教室電扇清潔保養。", "2. 103年11月已完成本校飲水機濾心更換。", "3. 添購操場照明設備,報價單送會計室。"]);
    const { plan } = await extractPlan(lines.join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["開學前完成各教室電扇清潔保養", "添購操場照明設備,報價單送會計室"]);
  });

  it("leaves a plan's reports alone where the document is no meeting record", async () => {
    const { plan } = await extractPlan(
      ["某某國小104年度總務工作計畫", "一、採購類", "1. 103年12月完成午餐食材招標作業。", "2. 103年11月已完成本校飲水機濾心更換。", "二、修繕類", "1. 更換教室照明設備。", "2. 整修操場跑道。"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.length).toBe(4);
  });
});
