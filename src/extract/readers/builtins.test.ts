import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "./index.js";

describe("reading a PDF", () => {
  it("keeps the process's built-ins that pdfjs's polyfills would replace, and what pdfjs adds", async () => {
    const push = Array.prototype.push;
    const { stringify, parse } = JSON;
    const pdf = readFileSync(resolve(import.meta.dirname, "../../../test/fixtures/blind3/docs/daxiang-banshishi-2025.pdf"));
    const doc = await readDocument(pdf, "plan.pdf");
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe("function");
  });
});
