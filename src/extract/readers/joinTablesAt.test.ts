import { describe, expect, it } from "vitest";
import { joinTablesAt } from "./joinTablesAt.js";

// a made-up finder: a line "表" starts a table of the two lines after it, joined into one pipe row
const pairAt = (lines: string[], i: number) => (lines[i] === "表" && i + 2 < lines.length ? { lines: [`| ${lines[i + 1]} | ${lines[i + 2]} |`], next: i + 3 } : null);

describe("joinTablesAt", () => {
  it("replaces each table found by its rows and keeps the other lines", () => {
    expect(joinTablesAt(["前言", "表", "甲", "乙", "中段", "表", "丙", "丁", "结尾"], pairAt)).toEqual(["前言", "| 甲 | 乙 |", "中段", "| 丙 | 丁 |", "结尾"]);
  });
  it("hands back the same array where it finds no table", () => {
    const lines = ["一行", "二行"];
    expect(joinTablesAt(lines, pairAt)).toBe(lines);
  });
});
