// The 壹、貳、參 level: capital numerals number the parts above 一、 (Taiwanese plans, formal mainland texts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { numbering, numberValue, type Numbered } from "./numbering.js";

const tasksOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan.tasks;

describe("capital numerals (壹、貳、參) above 一、", () => {
  it("reads 壹、…拾壹、 in traditional and simplified script as one level above 一、", () => {
    for (const [line, no, value] of [
      ["壹、計畫緣起", "壹", 1],
      ["貳、實施目的：", "貳", 2],
      ["叁．工作任务", "叁", 3],
      ["參、辦理單位", "參", 3],
      ["陆、时间安排", "陆", 6],
      ["拾、經費", "拾", 10],
      ["拾壹、工作分配", "拾壹", 11],
      ["贰拾、附则", "贰拾", 20],
    ] as const) {
      const n = numbering(line)!;
      expect(n, line).not.toBeNull();
      expect([n.level, n.no, numberValue(n as Numbered)]).toEqual([7, no, value]);
    }
    // not a part number: a word that opens with one of the numerals, a PDF that spaces its characters
    for (const line of ["参加人员：全体教师", "参 加 人 员", "伍老师负责摄影", "肆意浪费"]) expect(numbering(line), line).toBeNull();
  });

  it("skips the items of the parts that say why and on what ground (源起, 目的, 依據) and keeps the work under 壹-level parts", async () => {
    const tasks = await tasksOf(
      [
        "某某國民小學114學年度閱讀推廣活動實施計畫",
        "壹、計畫緣起：",
        "一、依據本縣114年度閱讀教育推動計畫辦理。",
        "二、本校閱讀推廣中程計畫。",
        "貳、實施目的：",
        "一、培養學生閱讀興趣，提升閱讀理解能力。",
        "二、營造書香校園，鼓勵親子共讀。",
        "參、主辦單位：教務處。",
        "肆、活動日期：114年10月1日至11月30日。",
        "伍、實施內容：",
        "一、辦理班級共讀，由各班導師負責。",
        "二、舉辦閱讀心得比賽，由教學組負責。",
        "三、設置走廊書櫃，由設備組負責。",
        "陸、本計畫經校長核可後實施，修正時亦同。",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.no, t.section, t.title])).toEqual([
      ["一", "伍", "辦理班級共讀"],
      ["二", "伍", "舉辦閱讀心得比賽"],
      ["三", "伍", "設置走廊書櫃"],
    ]);
  });

  it("takes the simplified 贰/叁 form of a formal plan the same way, its 依据 part no task", async () => {
    const tasks = await tasksOf(
      [
        "关于开展校园安全隐患排查整治的工作方案",
        "壹、编制依据",
        "一、《中小学幼儿园安全管理办法》。",
        "二、市教育局年度安全工作要点。",
        "贰、工作任务",
        "一、全面排查校舍安全隐患，总务处负责，9月30日前完成。",
        "二、开展消防应急疏散演练，保卫科负责，10月15日前完成。",
        "叁、工作要求",
        "一、各部门要高度重视。",
        "二、及时上报排查情况。",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.no, t.section])).toEqual([
      ["一", "贰"],
      ["二", "贰"],
    ]);
  });

  it("skips a mainland 一、活动目的 part over 1. 2. items as it skips 工作目标", async () => {
    const tasks = await tasksOf(
      ["某校读书活动实施方案", "一、活动目的", "1.培养学生阅读习惯，提高语文素养。", "2.营造书香校园氛围。", "二、活动内容", "1.开展读书分享会，由教务处负责。", "2.评选书香班级，由德育处负责。", "3.举办征文比赛，由语文组负责。"].join("\n"),
    );
    expect(tasks.map((t) => [t.no, t.section])).toEqual([
      ["1", "二"],
      ["2", "二"],
      ["3", "二"],
    ]);
  });

  it("keeps the numbered work beside a day's program whose rows open with the time of day and name no one", async () => {
    for (const [sep, range, head] of [
      ["、", "〜", "時間 | 活動內容 | 時間 | 活動內容 |"],
      ["．", "-", "时间 | 活动项目 | 时间 | 活动项目 |"],
    ]) {
      const tasks = await tasksOf(
        [
          "某某國中校外教學活動計畫",
          `壹${sep}實施目的：`,
          `一${sep}增進學生對鄉土的認識。`,
          `二${sep}培養團隊合作精神。`,
          `貳${sep}實施進度：`,
          `一${sep}9月5日前完成場地勘查。`,
          `二${sep}9月12日召開行前說明會。`,
          `三${sep}9月20日活動執行。`,
          `參${sep}活動流程`,
          head,
          `08:00${range}08:20 | 集合點名 | 10:00${range}10:30 | 參觀導覽 |`,
          `08:20${range}09:30 | 搭車前往 | 10:30${range}11:30 | 分組活動 |`,
          `09:30${range}10:00 | 小組討論 | 11:30${range}12:00 | 整隊返校 |`,
        ].join("\n"),
      );
      expect(tasks.map((t) => [t.no, t.section])).toEqual([
        ["一", "貳"],
        ["二", "貳"],
        ["三", "貳"],
      ]);
    }
  });
});
