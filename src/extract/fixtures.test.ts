// Documents in shapes the seeds do not show, each with the reading a person would write.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../../test/fixtures/extract/summary.js";
import { extractPlan } from "./index.js";
import { foldWidth } from "./stages/normalize.js";

const dir = join(import.meta.dirname, "../../test/fixtures/extract");
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));

describe("fixture corpus", () => {
  it("has fixtures", () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const f of files) {
    it(f, async () => {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.(txt|md)$/, ".expected.json")), "utf8"));
      const { plan } = await extractPlan(readFileSync(join(dir, f)), { filename: f });
      expect(summarize(plan)).toEqual(expected);
    });
  }

  it("keeps provenance: every span points at the text it claims", async () => {
    for (const f of files) {
      const { plan } = await extractPlan(readFileSync(join(dir, f)), { filename: f });
      const src = plan.sourceText;
      // extracted texts are read from the width-folded text; spans point into the text as printed
      const squash = (s: string) => foldWidth(s).replace(/\s+/g, "");
      for (const t of plan.tasks) {
        expect(squash(src.slice(...t.fields.title.span))).toBe(squash(t.fields.title.text));
        for (const u of [...t.fields.lead, ...t.fields.co, ...t.fields.leaders]) expect(squash(src.slice(...u.span))).toBe(foldWidth(u.text));
        for (const x of [...t.targets, ...t.deadlines]) expect(squash(src.slice(...x.span!))).toBe(squash(x.text));
        expect(t.span[1]).toBeGreaterThan(t.span[0]);
      }
    }
  });
});

describe("warnings", () => {
  it("says once that a plan names no units", async () => {
    const { warnings } = await extractPlan(readFileSync(join(dir, "city-plan.txt")), { filename: "city-plan.txt" });
    expect(warnings.filter((w) => w.includes("单位"))).toHaveLength(1);
  });
  it("asks for manual entry when there are no tasks", async () => {
    const { plan, warnings } = await extractPlan("这是一段没有任何编号的说明文字。", { filename: "x.txt" });
    expect(plan.tasks).toEqual([]);
    expect(warnings).toContain("未识别到任何任务，请手工录入");
  });
  it("names the task that lacks a lead unit", async () => {
    const text = "某县教育局2024年工作要点\n\n一、甲任务。内容。牵头单位：办公室。\n\n二、乙任务。内容。牵头单位：人事股。\n\n三、丙任务。内容。";
    const { warnings } = await extractPlan(text, { filename: "x.txt" });
    expect(warnings).toContain("第三项未找到牵头单位");
  });
});
