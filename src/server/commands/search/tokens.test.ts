// Search words and marks (issue 15; xperf19: markTerms by indexOf, queryTerms cut once per text).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { markTerms, queryTerms, snippet, type Part } from "./tokens.js";

/** The marking as it was first written: every term tried at every character, the longest first. */
function markByCharacter(text: string, terms: string[]): Part[] {
  const ts = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!ts.length || !text) return text ? [{ text, hit: false }] : [];
  const lower = text.toLowerCase();
  const out: Part[] = [];
  let plain = "";
  for (let i = 0; i < text.length; ) {
    const t = ts.find((x) => lower.startsWith(x, i));
    if (t) {
      if (plain) out.push({ text: plain, hit: false });
      plain = "";
      out.push({ text: text.slice(i, i + t.length), hit: true });
      i += t.length;
    } else plain += text[i++];
  }
  if (plain) out.push({ text: plain, hit: false });
  return out;
}

describe("markTerms", () => {
  it("marks every occurrence, the longest term where two start together, overlapping ones left to right", () => {
    const show = (parts: Part[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");
    expect(show(markTerms("开展课后服务，课后服务质量评估。", ["课后", "课后服务"]))).toBe("开展[课后服务]，[课后服务]质量评估。");
    expect(show(markTerms("校园安全园安", ["校园", "园安"]))).toBe("[校园]安全[园安]");
    expect(show(markTerms("Excel表格excel", ["excel"]))).toBe("[Excel]表格[excel]");
    expect(markTerms("", ["课后"])).toEqual([]);
    expect(markTerms("无匹配文字", ["课后"])).toEqual([{ text: "无匹配文字", hit: false }]);
    expect(markTerms("无词", [])).toEqual([{ text: "无词", hit: false }]);
  });

  it("marks as the character-by-character walk did, on any text and terms", () => {
    const alphabet = fc.constantFrom("课", "后", "服", "务", "安", "全", "a", "A", "b", " ", "，");
    const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(""));
    const term = fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((a) => a.join("").toLowerCase());
    fc.assert(fc.property(text, fc.array(term, { maxLength: 4 }), (t, terms) => {
      expect(markTerms(t, terms)).toEqual(markByCharacter(t, terms));
    }), { numRuns: 2000 });
  });

  it("a snippet is a marked window around the first occurrence", () => {
    const body = `${"前文".repeat(40)}推进课后服务${"后文".repeat(60)}`;
    const parts = snippet(body, ["课后"]);
    expect(parts[0]).toEqual({ text: "…", hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["课后"]);
    expect(parts.at(-1)).toEqual({ text: "…", hit: false });
  });
});

describe("queryTerms", () => {
  it("cuts a query once; each answer is the caller's own to change", () => {
    const first = queryTerms("课后服务 堂");
    expect(first.words.length).toBeGreaterThan(0);
    expect(first.chars).toEqual(["堂"]);
    first.words.push("改动");
    first.chars.length = 0;
    const again = queryTerms("课后服务 堂");
    expect(again.words).not.toContain("改动");
    expect(again.chars).toEqual(["堂"]);
  });
});
