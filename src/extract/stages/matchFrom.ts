// The first match of a global pattern from offset 0: the loop `for (let m = firstMatch(RE, t); m; m = RE.exec(t))`
// reads the matches matchAll would give (for a pattern that never matches the empty string and is not used
// again inside the loop), without the copy of the pattern that matchAll makes on every call.
export function firstMatch(re: RegExp, t: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(t);
}
