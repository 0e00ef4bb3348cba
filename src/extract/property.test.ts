// Robustness: arbitrary input never crashes (only ExtractError is allowed) and never hangs;
// time grows about linearly with input size.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractError, extractPlan } from "./index.js";

async function safeExtract(input: Buffer | string, filename = "x.txt") {
  try {
    return await extractPlan(input, { filename });
  } catch (e) {
    if (e instanceof ExtractError) return null;
    throw e;
  }
}

const pieces = [
  "一、", "（一）", "1.", "1、", "（1）", "①", "②", "牵头单位：", "配合单位：", "责任领导：", "（责任股室：", "）", "。", "，", "、", "\n", "\n\n",
  "**", "# ", "| 序号 | 目标任务 | 牵头部门 |\n|---|---|---|\n", "| 1 | 任务 | 县教育局 |\n", "达到", "94%", "不少于", "2次", "2024年", "9月底", "暑假前",
  "关于印发《某县2024年工作要点》的通知", "某县教育局文件", "岳云教体〔2024〕4号", "2024年2月22日", "工作事项 责任股室 工作目标 具体任务和措施",
  "牵头：", "协办：", "教研室", "基教办", "陈 玲玲  林海", "1:1000", "百分之九十五", "一半以上", "新建 4 所", "“", "”", "《", "》",
];

describe("robustness", () => {
  it("never throws on random unicode", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (s) => {
        const r = await safeExtract(s);
        if (r) expect(Array.isArray(r.plan.tasks)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (b) => {
        await safeExtract(Buffer.from(b));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on shuffled plan vocabulary, and spans stay inside the source", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), async (parts) => {
        const r = await safeExtract(parts.join(""));
        if (!r) return;
        const n = r.plan.sourceText.length;
        for (const t of r.plan.tasks) {
          expect(t.span[0]).toBeGreaterThanOrEqual(0);
          expect(t.span[1]).toBeLessThanOrEqual(n);
          for (const x of t.targets) expect(x.span![1]).toBeLessThanOrEqual(n);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("handles deep nesting of numbering levels", async () => {
    const levels = ["一、", "（一）", "1.", "（1）", "①"];
    let text = "某县2024年工作要点\n";
    for (let i = 0; i < 2000; i++) text += `${levels[i % 5].replace("一", "二").replace("1", String((i % 9) + 1))}事项${i}。内容达到${i % 100}%。\n`;
    const r = await safeExtract(text);
    expect(r).not.toBeNull();
  });
});

describe("scaling", () => {
  const fixture = readFileSync(join(import.meta.dirname, "../../test/fixtures/extract/labelled-units.txt"), "utf8");
  const body = fixture.slice(fixture.indexOf("一、开展"));
  function plan(bytes: number): string {
    const parts: string[] = ["某市教育局2024年工作要点\n"];
    let size = 0,
      n = 0;
    while (size < bytes) {
      const chunk = body.replace(/^(\d+)\./gm, () => `${++n}.`);
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
    }
    return parts.join("\n");
  }
  async function time(text: string): Promise<number> {
    const t0 = performance.now();
    await extractPlan(text, { filename: "big.txt" });
    return performance.now() - t0;
  }

  it("10 MB takes no more than 30× the time of 1 MB", async () => {
    const small = plan(1_000_000);
    const big = plan(10_000_000);
    await time(small); // warm up
    const t1 = Math.min(await time(small), await time(small));
    const t10 = await time(big);
    console.log(`extract 1 MB: ${t1.toFixed(0)} ms, 10 MB: ${t10.toFixed(0)} ms, ratio ${(t10 / t1).toFixed(1)}`);
    expect(t10 / t1).toBeLessThan(30);
  }, 240_000);

  it("10 MB of text without any structure finishes", async () => {
    const t0 = performance.now();
    const r = await extractPlan("教育".repeat(2_500_000) + "1".repeat(100_000), { filename: "flat.txt" });
    expect(r.plan.tasks).toEqual([]);
    console.log(`unstructured 10 MB: ${(performance.now() - t0).toFixed(0)} ms`);
  }, 240_000);
});
