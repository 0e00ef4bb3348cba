// A page that prints each character's reading after it (written cases).
import { describe, expect, it } from "vitest";
import { withoutReadings } from "./readings.js";
import { Stitched } from "./stitched.js";
import { findNames } from "./units.js";

const st = (s: string) => Stitched.of(s, 0, s.length);

describe("characters printed with their readings", () => {
  it("reads the text without the readings, spans kept in the source", () => {
    const text = "3、場(chǎng)地布置由總(zǒng)務(wù)處負(fù)責(zé)。";
    const plain = withoutReadings(st(text));
    expect(plain.text).toBe("3、場地布置由總務處負責。");
    const at = plain.text.indexOf("總務處");
    expect(text.slice(...plain.span(at, at + 3))).toBe("總(zǒng)務(wù)處");
  });
  it("leaves a bracketed word that is no reading alone", () => {
    expect(withoutReadings(st("开展活动(试行)")).text).toBe("开展活动(试行)");
  });
  it("finds the unit a clause names with 由 once the readings are gone", () => {
    const found = findNames(withoutReadings(st("5、獎(jiǎng)品采購(gòu)由工(gōng)會(huì)負(fù)責(zé)安排")), []);
    expect(found.map((f) => `${f.role}:${f.name}`)).toEqual(["lead:工會"]);
  });
});
