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
