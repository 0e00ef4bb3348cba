// A piece of text assembled from ranges of the source text (a dewrapped paragraph, a table cell
// whose lines were reflowed), that can map any offset back into the source for provenance.
import type { Span } from "../model.js";
import { countBefore } from "./sortedSearch.js";

interface Range {
  at: number; // offset in the stitched text
  src: number; // offset in the source text
  len: number;
}

export class Stitched {
  private constructor(
    readonly text: string,
    private readonly ranges: Range[],
  ) {}

  static empty(): Stitched {
    return new Stitched("", []);
  }

  /** Text that is not in the source (a separator); maps to the nearest source offset. */
  static literal(text: string): Stitched {
    return new Stitched(text, []);
  }

  static of(source: string, start: number, end: number): Stitched {
    return new Stitched(source.slice(start, end), end > start ? [{ at: 0, src: start, len: end - start }] : []);
  }

  static join(parts: Stitched[], sep = ""): Stitched {
    let text = "";
    const ranges: Range[] = [];
    // (indexed loops: this runs for every paragraph and cell, mostly before it is optimised)
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i > 0 && sep) text += sep; // separator chars map to nothing
      const at = text.length;
      const rs = p.ranges;
      for (let k = 0; k < rs.length; k++) ranges.push({ at: rs[k].at + at, src: rs[k].src, len: rs[k].len });
      text += p.text;
    }
    return new Stitched(text, ranges);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): Stitched {
    start = Math.max(0, start);
    end = Math.min(this.text.length, end);
    if (end <= start) return Stitched.empty();
    const ranges: Range[] = [];
    const rs = this.ranges;
    for (let k = countBefore(rs.length, (j) => rs[j].at + rs[j].len <= start); k < rs.length && rs[k].at < end; k++) {
      const r = rs[k];
      const a = Math.max(r.at, start);
      const b = Math.min(r.at + r.len, end);
      if (b > a) ranges.push({ at: a - start, src: r.src + (a - r.at), len: b - a });
    }
    return new Stitched(this.text.slice(start, end), ranges);
  }

  /** Trims whitespace on both ends. */
  trim(): Stitched {
    const t = this.text;
    let lead = 0;
    while (lead < t.length && isSpace(t.charCodeAt(lead))) lead++;
    let end = t.length;
    while (end > lead && isSpace(t.charCodeAt(end - 1))) end--;
    // (immutable: nothing to trim is the same text, not a copy)
    return lead === 0 && end === t.length ? this : this.slice(lead, end);
  }

  /** Source offset of character i (clamped into the nearest mapped range). */
  src(i: number): number {
    const rs = this.ranges;
    if (!rs.length) return 0;
    let lo = 0,
      hi = rs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rs[mid].at <= i) lo = mid;
      else hi = mid - 1;
    }
    const r = rs[lo];
    return r.src + Math.min(Math.max(i - r.at, 0), r.len);
  }

  /** Source span of [start, end) of this text. */
  span(start = 0, end = this.text.length): Span {
    if (!this.ranges.length) return [0, 0];
    if (end <= start) {
      const s = this.src(start);
      return [s, s];
    }
    return [this.src(start), this.src(end - 1) + 1];
  }
}

/** What `\s` matches in a regular expression, by char code (no one-character strings). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
