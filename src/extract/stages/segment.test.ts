// The signature and date a text flow ran onto the end of a line, split off; lines of two languages kept apart (segment.ts).
import { describe, expect, it } from "vitest";
import { createCtx } from "../pipeline.js";
import { layout } from "./normalize.js";
import { RUN_IN_BLOCK_LABEL } from "./blockLabels.js";
import { segment, splitBlockLabels, splitSignature } from "./segment.js";

describe("a signature and date run onto the end of a line", () => {
  const texts = (text: string) => splitSignature({ text, start: 0 }).map((l) => l.text);
  it("are lines of their own, the date ending in 日 or in its bracket", () => {
    expect(texts("请各单位认真落实。 某县教育局 2024年3月5日")).toEqual(["请各单位认真落实。", "某县教育局", "2024年3月5日"]);
    expect(texts("某市教育体育局 （二〇二五年十月九日）")).toEqual(["某市教育体育局", "（二〇二五年十月九日）"]);
    expect(texts("特此通知。 某区教育委员会 (2023年12月1日)")).toEqual(["特此通知。", "某区教育委员会", "(2023年12月1日)"]);
  });
  it("leave a line that ends otherwise as it is", () => {
    expect(texts("某县教育局 2024年3月5日前完成")).toEqual(["某县教育局 2024年3月5日前完成"]);
    expect(texts("联系人 张三 电话12345678")).toEqual(["联系人 张三 电话12345678"]);
    expect(texts("")).toEqual([""]);
  });
});

describe("a bilingual page's lines, each language on lines of its own", () => {
  const paras = (lines: string[]) => {
    const doc = layout({ format: "txt", warnings: [], blocks: lines.map((text) => ({ kind: "paragraph" as const, text })) }, "x.txt");
    return segment(doc, createCtx()).paras.map((p) => p.st.text);
  };
  it("break where a line of English words meets a Chinese line, and where a Chinese line meets a line of English", () => {
    const lines = [
      "社团活动经费申请表Club Activity Funding Application Form",
      "每社团每学期1份,由指导老师签核后送课外活动组,逾期不予受理",
      "One copy per club each semester, signed by the advisor and sent to the extracurricular office before the due date.",
      "校外参访安全切结书",
      "Off-campus Visit Safety Agreement",
    ];
    expect(paras(lines)).toEqual(lines);
  });
  it("leave a Chinese sentence wrapped after an English word or two in one paragraph", () => {
    const out = paras([
      "各校应于本学期内组织教师参加信息技术应用能力提升培训，熟练掌握Office",
      "办公软件及常用教学平台的使用，并将培训情况报送教育局。",
    ]);
    expect(out).toHaveLength(1);
  });
});

describe("block labels run into a line (xperf: matched from the label's first space)", () => {
  // the pattern as it was written before, its sentence's close looked behind from the offset the match opens at
  const FORMER = new RegExp(RUN_IN_BLOCK_LABEL.source.replace("[ \\u3000](?<=[。；;！？!?）)】][ \\u3000])[ \\u3000]*", "(?<=[。；;！？!?）)】])[ \\u3000]+"), "g");
  const lines = [
    "某镇2031年民生实事：校舍改造（3项） 任务安排 改造教学楼2栋。 落实情况 第二季度：已完成设计。",
    "某镇2031年民生实事：校舍改造（3项）\u3000\u3000工作任务\u3000改造教学楼2栋；  进展情况  已招标。",
    "某镇民生实事 任务安排 改造教学楼2栋", // (no sentence closed before the label: not one)
    "改造教学楼2栋。 落实情况", // (nothing after the label: not one)
  ];

  it("finds the labels the former pattern found, at the same places", () => {
    expect(FORMER.source).not.toBe(RUN_IN_BLOCK_LABEL.source);
    for (const text of lines) {
      const now = [...text.matchAll(RUN_IN_BLOCK_LABEL)].map((m) => [m.index, m[0], m[1]]);
      expect(now).toEqual([...text.matchAll(FORMER)].map((m) => [m.index, m[0], m[1]]));
    }
    expect(splitBlockLabels({ text: lines[0], start: 0 }).map((l) => l.text)).toEqual(["某镇2031年民生实事：校舍改造（3项）", "任务安排", "改造教学楼2栋。", "落实情况", "第二季度：已完成设计。"]);
    expect(splitBlockLabels({ text: lines[2], start: 0 })).toHaveLength(1);
    expect(splitBlockLabels({ text: lines[3], start: 0 })).toHaveLength(1);
  });
});

describe("a line broken inside a quotation (xevents)", () => {
  const paras = (lines: string[]) => {
    const doc = layout({ format: "txt", warnings: [], blocks: lines.map((text) => ({ kind: "paragraph" as const, text })) }, "x.txt");
    return segment(doc, createCtx()).paras.map((p) => p.st.text.replace(/\s+/g, ""));
  };
  it("goes on in the next line that closes the quotation", () => {
    expect(paras(["一、宣传发动", "1、周二晨会布置“爱", "护环境,从我做起”主题活动。(某某)", "2、出一期黑板报。"])).toEqual([
      "一、宣传发动",
      "1、周二晨会布置“爱护环境,从我做起”主题活动。(某某)",
      "2、出一期黑板报。",
    ]);
  });
  it("not where the next line opens a quotation of its own, or closes none", () => {
    const long = "为营造书香校园，学校决定在全校开展读书系列活动，具体安排如下：";
    expect(paras([long, "1、开展“读书", "“好书”推荐活动。"])).toHaveLength(3);
    expect(paras([long, "1、开展“读书", "交流会。"])).toHaveLength(3);
  });
});
