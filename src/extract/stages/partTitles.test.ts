import { describe, expect, it } from "vitest";
import { numbering } from "./numbering.js";
import { framing } from "./partTitles.js";
import { Stitched } from "./stitched.js";
import type { Num } from "./itemNumbers.js";

const ask = (text: string) => framing({ st: Stitched.of(text, 0, text.length) }, numbering(text)! as Num);

// framing reads a long paragraph's opening only (the rest is never rewritten): the answers are those of
// the whole heading, including where spaces or quotes make a long paragraph a short title
describe("framing on long paragraphs", () => {
  const long = "围绕全年目标统筹推进各项工作，".repeat(8);
  it("a framing part run into its text, or its run-in lead, at any length", () => {
    expect(ask(`一、指导思想以全面落实立德树人根本任务为主线，${long}`)).toBe(true);
    expect(ask(`二、工作目标通过开展系列活动，${long}`)).toBe(true);
    expect(ask(`（一）指导思想。坚持育人为本，${long}`)).toBe(true);
    expect(ask(`1.基本原则：${long}`)).toBe(true);
    expect(ask(`一、總體要求${long}`)).toBe(true);
  });
  it("spaces and quotes count for nothing in a title's length", () => {
    expect(ask(`三、       工   作    目   标    ${long}`)).toBe(true);
    expect(ask(`四、“${" ".repeat(70)}指导思想”`)).toBe(true);
    expect(ask(`五、${" ".repeat(60)}组织领导：`)).toBe(true);
    expect(ask(`三、${"《".repeat(50)}保障措施${"》".repeat(20)}`)).toBe(true);
    expect(ask(`（二）工作原则：${" ".repeat(66)}坚持统筹`)).toBe(true);
  });
  it("a work item stays work", () => {
    expect(ask(`二、加强队伍建设，${long}。`)).toBe(false);
  });
});
