// Pages that print each character's reading after it ("學(xué)生處(chù)負(fù)責(zé)"): the text without
// the readings, with provenance kept, so that unit names and role words read as they are written.
import { Stitched } from "./stitched.js";

// a reading in brackets right after a Chinese character: latin letters with tone marks
const READING = /(?<=[\u3400-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[）)]/gu;

/** The text without readings; itself when it has fewer than two (a bracketed word is no reading). */
export function withoutReadings(st: Stitched): Stitched {
  const hits = [...st.text.matchAll(READING)];
  if (hits.length < 2) return st;
  const parts: Stitched[] = [];
  let at = 0;
  for (const m of hits) {
    parts.push(st.slice(at, m.index));
    at = m.index! + m[0].length;
  }
  parts.push(st.slice(at));
  return Stitched.join(parts);
}
