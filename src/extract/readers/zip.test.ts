// read and scan inflate an entry by one chunked inflater: the same bytes, the same stop at a forged size.
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { ExtractError } from "../model.js";
import { SafeZip } from "./zip.js";

const content = strToU8("<row/>".repeat(50_000));

/** The zip of one entry, its declared size set to `declared` in both headers. */
function zipOf(declared?: number): Uint8Array {
  const zip = zipSync({ "xl/sheet1.xml": content }, { level: 9 });
  if (declared === undefined) return zip;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let pos = 0; pos + 4 <= zip.length; pos++) {
    const signature = view.getUint32(pos, true);
    if (signature === 0x04034b50) view.setUint32(pos + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(pos + 24, declared, true);
  }
  return zip;
}

describe("SafeZip read and scan", () => {
  it("give the same bytes, read whole or streamed in chunks", () => {
    const zip = new SafeZip(zipOf());
    const chunks: Uint8Array[] = [];
    expect(zip.scan("xl/sheet1.xml", (c) => chunks.push(c.slice()))).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(zip.read("xl/sheet1.xml")!))).toBe(true);
    expect(Buffer.concat(chunks).length).toBe(content.length);
  });
  it("stop both where the entry inflates past the size it declares", () => {
    const zip = new SafeZip(zipOf(1000));
    expect(() => zip.read("xl/sheet1.xml")).toThrow(ExtractError);
    expect(() => zip.scan("xl/sheet1.xml", () => {})).toThrow(ExtractError);
  });
});
