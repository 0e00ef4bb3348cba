import { describe, expect, it } from "vitest";
import { bareName } from "./people.js";
import { findPeopleOnDuty } from "./doers.js";
import { findNames } from "./units.js";
import { Stitched } from "./stitched.js";

describe("a person's name recognised by its structure", () => {
  it("takes a surname and one or two characters, spaced, in traditional script, or with a post around it", () => {
    expect(bareName("周敏")).toBe("周敏");
    expect(bareName("钱 小雨")).toBe("钱小雨");
    expect(bareName("陳 嘉")).toBe("陳嘉");
    expect(bareName("赵立新老师")).toBe("赵立新");
    expect(bareName("副校长孙浩")).toBe("孙浩");
    expect(bareName("欧阳明辉")).toBe("欧阳明辉");
  });
  it("is never a body, a group, a post alone or a common word that opens with a surname's character", () => {
    for (const s of ["安全办", "文明办", "党政办", "高一年级", "各班主任", "全体教师", "李校长", "王老师", "全面", "万元", "xxxx", "班主任", "宣传组", "曹家小学", "陈设布置工作"]) expect(bareName(s)).toBeNull();
  });
});

describe("people given an item's work in its clauses", () => {
  const people = (s: string) => findPeopleOnDuty(Stitched.of(s, 0, s.length)).map((p) => p.name);
  it("reads every clause whose doer before 负责 is people only, with their posts dropped", () => {
    expect(people("3、4月下旬对小主持人培训，由韩冬梅老师负责。")).toEqual(["韩冬梅"]);
    expect(people("许晴、孔令书负责串词的撰写，许晴负责节目的串联，邱丽华负责灯光。")).toEqual(["许晴", "孔令书", "邱丽华"]);
    expect(people("2、后勤保障组（蔡 英、汤明负責）")).toEqual(["蔡英", "汤明"]);
    expect(people("背景音乐由苗青具体负责剪辑。")).toEqual(["苗青"]);
  });
  it("takes the teachers of each class named by their post as the leaders of a 负责 clause", () => {
    expect(people("1、组织报名，由各班班主任负责。")).toEqual(["各班班主任"]);
    expect(people("4、服装到位，各年级教师负责。")).toEqual(["各年级教师"]);
    expect(people("由各班家长负责接送。")).toEqual([]);
  });
  it("names nobody where the doer is a post, a body or a word before 负责", () => {
    expect(people("校长全面负责学校的安全工作。")).toEqual([]);
    expect(people("由各处室负责组织学生。")).toEqual([]);
    expect(people("场地布置由总务处负责，李校长负责检查。")).toEqual([]);
  });
});

describe("people in an item's closing bracket of 负责", () => {
  const names = (s: string) => findNames(Stitched.of(s, 0, s.length), []).map((n) => [n.role, n.name]);
  it("gives them as leaders, not as units", () => {
    expect(names("做好展板设计（田雨、鲁思远负责）")).toEqual([["leaders", "田雨"], ["leaders", "鲁思远"]]);
    expect(names("做好展板设计（政教处负责）")).toEqual([["lead", "政教处"]]);
  });
  it("keeps the teachers of each class after a 责任人 label in a sentence as leaders", () => {
    expect(names("做好安全教育。（责任人：各班主任）")).toEqual([["leaders", "各班主任"]]);
  });
});

describe("a person's name before a bracketed note", () => {
  const names = (s: string) => findNames(Stitched.of(s, 0, s.length), []).map((n) => [n.role, n.name]);
  it("drops a long note, quotes and all, after the last name of a 负责人 list", () => {
    expect(names("2、“风筝高飞”比赛，项目负责人：吕文涛、范思琪（具体见“风筝高飞”比赛细则）")).toEqual([["leaders", "吕文涛"], ["leaders", "范思琪"]]);
  });
});

describe("a day of the week", () => {
  it("is no one's name", () => {
    expect(bareName("周三")).toBeNull();
    expect(bareName("周日")).toBeNull();
    expect(bareName("周三明")).toBe("周三明");
  });
});

describe("a 负责人 line of posts and masked names (xunits26)", () => {
  const names = (s: string) => findNames(Stitched.of(s, 0, s.length), []).map((n) => [n.role, n.name]);
  it("keeps a name masked to one letter, drops the post spaced before it, keeps a grade's class teachers", () => {
    expect(names("3月9日三年级小队开展环保活动\n负责人:校医 q 三年级班主任")).toEqual([["leaders", "q"], ["leaders", "三年级班主任"]]);
    expect(names("学习先进事迹。\n负责人:辅导员 各班主任")).toEqual([["leaders", "辅导员"], ["leaders", "各班主任"]]);
    // (the spaces lost, as a PDF's text has it; a capital glued to Han is no masked name: "A组")
    expect(names("3月9日三年级小队开展环保活动\n负责人:校医q三年级班主任")).toEqual([["leaders", "q"], ["leaders", "三年级班主任"]]);
  });
});

describe("working groups reporting under a record's item (xunits26)", () => {
  const names = (s: string) => findNames(Stitched.of(s, 0, s.length), []).map((n) => [n.role, n.name]);
  it("gives the groups opening the lines under the item as its units, not a roster's people", () => {
    expect(names("1、各组汇报上周工作。\n采访组：安排学生走访老教师，做好录音。\n展板组：整理已有资料，下周完成初稿。")).toEqual([["lead", "采访组"], ["lead", "展板组"]]);
    expect(names("1、成立工作组。\n第一组：王明 李华\n第二组：赵强 孙丽")).not.toContainEqual(["lead", "第一组"]);
  });
});

describe("bareName's test for Han characters by char code (perf27)", () => {
  it("takes a name of Han characters, compatibility forms included, and refuses one with a letter, a digit or a character outside the BMP", () => {
    expect(bareName("林海")).toBe("林海");
    expect(bareName("林海a")).toBeNull();
    expect(bareName("林2海")).toBeNull();
    expect(bareName("林\u{20000}")).toBeNull();
  });
});
