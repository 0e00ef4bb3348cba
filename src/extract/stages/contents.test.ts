// A table of contents copied with a document's text: its entries are the outline, not tasks.
import { growth } from "../../../test/helpers/growth.js";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { dropContents } from "./contents.js";
import type { Item } from "./types.js";

const planOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;
const titles = async (text: string) => (await planOf(text)).tasks.map((t) => [t.no, t.title]);

const OUTLINE = [
  "一、总体要求",
  "1.1指导思想",
  "1.2工作目标",
  "二、重点任务",
  "2.1提升课堂质量",
  "2.2加强师资培训",
  "2.3改善办学条件",
  "三、保障措施",
  "3.1组织保障",
  "3.2经费保障",
];
const BODY = [
  "二、重点任务",
  "2.1提升课堂质量。推行集体备课，每学期开展公开课评比。",
  "2.2加强师资培训。全年组织骨干教师培训2期。",
  "2.3改善办学条件。新建塑胶跑道1处。",
];

describe("table of contents", () => {
  it("drops the outline when the body starts over with its first heading", async () => {
    const text = ["青禾小学2031年工作方案", "一、总体要求", ...OUTLINE.slice(1), "一、总体要求", "1.1指导思想。坚持立德树人。", ...BODY].join("\n");
    expect(await titles(text)).toEqual([
      ["2.1", "提升课堂质量"],
      ["2.2", "加强师资培训"],
      ["2.3", "改善办学条件"],
    ]);
  });

  it("drops an outline a document site ran into the title and into the body's first words", async () => {
    const text = ["青禾小学2031年工作方案" + OUTLINE[0], ...OUTLINE.slice(1, -1), OUTLINE.at(-1) + "一、总体要求1.1指导思想 坚持立德树人，落实五育并举。", ...BODY].join("\n");
    const plan = await planOf(text);
    expect(plan.title).toBe("青禾小学2031年工作方案");
    expect(plan.tasks.map((t) => t.no)).toEqual(["2.1", "2.2", "2.3"]);
  });

  it("drops entries closed by page numbers that go up under 目录", async () => {
    const entries = ["1.学校工作计划 3", "2.德育工作计划 8", "3.教学工作计划 12", "4.后勤工作计划 17", "5.安全工作计划 21", "6.工会工作计划 26"];
    const text = ["青禾小学2031年工作计划汇编", "目录", ...entries, "学校工作计划", "一、加强教师队伍建设。全年培训教师120人次。", "二、深化课堂改革。每周开展一次集体备课。"].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加强教师队伍建设", "深化课堂改革"]);
  });

  it("reads a page number only at the end of an entry: leaders and digits, or a last entry with none", async () => {
    const entries = ["1.学校工作计划……3", "2.德育工作计划……8", "3.教学工作计划 12", "4.后勤工作计划……17", "5.安全工作计划 21", "6.工会工作计划"];
    const text = ["青禾小学2031年工作计划汇编", "目录", ...entries, "学校工作计划", "一、加强教师队伍建设。全年培训教师120人次。", "二、深化课堂改革。每周开展一次集体备课。"].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加强教师队伍建设", "深化课堂改革"]);
  });

  it("drops a speech's outline of （一） headings when the speech starts over with it after its preface", async () => {
    const outline = ["一、回顾成绩、坚定信心", "（一）办学条件持续改善", "（二）教育质量稳步提升", "二、明确目标、狠抓落实", "（一）实施校园安全工程", "（二）实施教师培训工程"];
    const text = [...outline, "在2031年全县教育工作会议上的讲话", "同志们：", "今天召开全县教育工作会议。下面，我讲两点意见。", "一、回顾成绩、坚定信心，全县教育事业稳步发展", "（一）办学条件持续改善。新建校舍3万平方米。"].join("\n");
    const plan = await planOf(text);
    expect(plan.title).toBe("在2031年全县教育工作会议上的讲话");
    expect(plan.tasks.filter((t) => t.title.startsWith("实施")).length).toBe(0);
  });

  it("keeps short numbered items the body does not repeat", async () => {
    const items = ["1.新建幼儿园3所", "2.新增学位1200个", "3.培训教师500人次", "4.改造操场8处", "5.配备图书2万册", "6.新建食堂2处"];
    const text = ["青禾县教育局2031年重点工作", ...items, "二、保障措施", "加强组织领导。"].join("\n");
    expect((await planOf(text)).tasks.length).toBeGreaterThanOrEqual(6);
  });
});

describe("contents: scaling", () => {
  // (every run of entries once read the rest of the document again for the body's restart)
  function lines(blocks: number): Item[] {
    const items: Item[] = [];
    let start = 0,
      n = 0;
    const push = (text: string) => {
      items.push({ kind: "line", line: { text, start } } as Item);
      start += text.length + 1;
    };
    for (let b = 0; b < blocks; b++) {
      for (const h of ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作安排", "五、组织领导", "六、有关要求"]) push(`${h}${++n}项`);
      push("各单位要高度重视，认真组织实施，确保各项工作落到实处。");
    }
    return items;
  }
  const run = (items: Item[]) => () => {
    expect(dropContents(items).dropped).toBe(0);
  };

  it("4× the lines take no more than 12× the time (16× were it quadratic)", () => {
    const small = lines(2_000);
    const big = lines(8_000);
    const g = growth(run(small), run(big));
    console.log(`contents 14,000 lines: ${g.small.toFixed(0)} ms, 56,000: ${g.big.toFixed(0)} ms, ratio ${g.ratio.toFixed(1)}`);
    expect(g.ratio).toBeLessThan(12);
  }, 120_000);
});
