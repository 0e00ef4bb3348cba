// Chinese characters for regular expressions: the set of \p{Script=Han}, written out as ranges.
// The property escape is exact, but V8 compiles a bounded repetition of it ("\p{Script=Han}{2,6}")
// into an automaton that takes milliseconds to build — and builds it again whenever a garbage
// collection has flushed the compiled code, so a plan paid for it on every run. The same set as
// explicit ranges compiles in a fraction of that. Generated from Node's \p{Script=Han}; use with
// the "u" flag.

/** The ranges, for use inside a character class: `[${HAN_RANGES}A-Za-z]`. */
export const HAN_RANGES = String.raw`\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\u{16fe2}-\u{16fe3}\u{16ff0}-\u{16ff6}\u{20000}-\u{2a6df}\u{2a700}-\u{2b81d}\u{2b820}-\u{2cead}\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{33479}`;
/** One Chinese character: `${HAN}{2,6}`. */
export const HAN = String.raw`(?:[\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9]|[\u{16fe2}-\u{16fe3}\u{16ff0}-\u{16ff6}\u{20000}-\u{2a6df}\u{2a700}-\u{2b81d}\u{2b820}-\u{2cead}\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{33479}])`;

const HAN_CODE_RANGES: [number, number][] = [
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x3005, 0x3005], [0x3007, 0x3007], [0x3021, 0x3029], [0x3038, 0x303b],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfa6d], [0xfa70, 0xfad9], [0x16fe2, 0x16fe3], [0x16ff0, 0x16ff6], [0x20000, 0x2a6df],
  [0x2a700, 0x2b81d], [0x2b820, 0x2cead], [0x2ceb0, 0x2ebe0], [0x2ebf0, 0x2ee5d], [0x2f800, 0x2fa1d], [0x30000, 0x3134a], [0x31350, 0x33479],
];

// the ranges flat and in ascending order: [a0, b0, a1, b1, …]
const HAN_BOUNDS = Int32Array.from(HAN_CODE_RANGES.flat());

/** Whether a code point is a Chinese character (the same set as HAN), without a regular expression. */
export function isHanCodePoint(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  // (an indexed loop that stops at the first range above cp: Chinese punctuation, the most
  // frequent caller, is decided in a few steps instead of a destructuring pass over every range)
  for (let k = 0; k < HAN_BOUNDS.length; k += 2) {
    if (cp < HAN_BOUNDS[k]) return false;
    if (cp <= HAN_BOUNDS[k + 1]) return true;
  }
  return false;
}
