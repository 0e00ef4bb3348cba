import fc from "fast-check";
// Documents in traditional script, or annotated with pinyin, read as their simplified forms do;
// what the plan says is in the document's own characters.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import type { ExtractedPlan } from "../model.js";
import { fromPrinted, matchText, restorePlan } from "./script.js";

const read = async (text: string) => extractPlan(Buffer.from(text), { filename: "x.txt" });

describe("traditional script", () => {
  it("reads a division table's labels and gives its cells back as printed", async () => {
    const text = [
      "某縣2024年教育重點工作任務分解表",
      "| 序號 | 重點工作任務 | 牽頭單位 | 完成時限 |",
      "|---|---|---|---|",
      "| 1 | 新建幼兒園3所 | 縣教育局 | 2024年12月底前 |",
      "| 2 | 實施校舍維修改造工程 | 縣財政局 | 2024年9月 |",
    ].join("\n");
    const { plan } = await read(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建幼兒園3所", "實施校舍維修改造工程"]);
    expect(plan.tasks.map((t) => t.lead)).toEqual([["縣教育局"], ["縣財政局"]]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2024-12"]);
    const [a, b] = plan.tasks[0].fields.title.span;
    expect(plan.sourceText.slice(a, b)).toBe("新建幼兒園3所");
  });

  it("reads numbered prose with its unit labels", async () => {
    const text = "某校工作計劃\n一、加強隊伍建設\n1.開展教師培訓，全年培訓200人次。（責任單位：教務處）\n2.完善考核製度。（責任單位：辦公室）\n";
    const { plan } = await read(text);
    expect(plan.tasks.map((t) => t.lead)).toEqual([["教務處"], ["辦公室"]]);
  });
});

describe("pinyin annotations of a web copy", () => {
  it("are read past in the header and kept in the tasks", async () => {
    const text = [
      "時(shí) 間 | 工作安排 | 負(fù)責(zé)單位 |",
      "6月上旬 | 完成小學(xué)畢業(yè)生普查工作 | 市教育局 |",
      "6月中旬 | 組織開(kāi)展跨區(qū)升學(xué)登記工作 | 市教育局 |",
      "7月下旬 | 上報(bào)招生工作方案 | 市教育局 |",
    ].join("\n");
    const { plan } = await read(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["完成小學(xué)畢業(yè)生普查工作", "組織開(kāi)展跨區(qū)升學(xué)登記工作", "上報(bào)招生工作方案"]);
    expect(plan.tasks[0].lead).toEqual(["市教育局"]);
    const [a, b] = plan.tasks[1].fields.title.span;
    expect(plan.sourceText.slice(a, b)).toBe("組織開(kāi)展跨區(qū)升學(xué)登記工作");
  });

  it("give a target's unit back in the document's script without its reading", async () => {
    const { plan } = await read(["1.新建學(xué)校宿舍3個(gè)。", "2.改造運(yùn)動(dòng)場2個(gè)。"].join("\n"));
    expect(plan.tasks.map((t) => t.targets.map((x) => `${x.value}${x.unit}`))).toEqual([["3個"], ["2個"]]);
  });

  it("maps offsets both ways", () => {
    const { text, toPrinted } = matchText("學(xué)期");
    expect(text).toBe("学期");
    expect([...toPrinted!]).toEqual([0, 6, 7]);
    expect([...fromPrinted(toPrinted!, 7)]).toEqual([0, 1, 1, 1, 1, 1, 1, 2]);
    // a bracket that is no reading stays
    expect(matchText("縣(市)教育局").text).toBe("县(市)教育局");
    expect(matchText("應急廣播系統(二期)(2019)").text).toBe("应急广播系统(二期)(2019)");
    // a reading cut off at the end of an excerpt (or of a line) goes too
    expect(matchText("根治拖欠農(nón").text).toBe("根治拖欠农");
    expect(matchText("發(fā\n二、").text).toBe("发\n二、");
    expect(matchText("單位(abc").text).toBe("单位(abc");
  });
});

describe("a web table with each cell closed by its pipe and each row opened by a lone pipe", () => {
  it("is read as a table", async () => {
    const cells = (r: string[]) => ["|", ...r.map((c) => `${c} |`)];
    const text = [
      "某縣2024年民生實事項目清單",
      ...cells(["序號", "項目名稱", "責任單位"]),
      ...cells(["1", "城北小學門前道路建設項目", "住建局"]),
      ...cells(["2", "中小學運動場改造項目", "教體局"]),
    ].join("\n");
    const { plan } = await read(text);
    expect(plan.tasks.map((t) => [t.title, t.lead])).toEqual([
      ["城北小學門前道路建設項目", ["住建局"]],
      ["中小學運動場改造項目", ["教體局"]],
    ]);
  });
});

describe("a time-limit cell that is a bare year", () => {
  it("is the task's deadline", async () => {
    const text = ["某县2024年民生实事项目清单", "| 序号 | 项目名称 | 建设时间 | 建设内容 | 责任单位 |", "|---|---|---|---|---|", "| 1 | 城北小学门前道路建设项目 | 2024 | 建成北路延伸段道路 | 住建局 |", "| 2 | 运动场改造项目 | 2024 | 改造学校运动场地 | 教体局 |"].join("\n");
    const { plan } = await read(text);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2024"], ["2024"]]);
  });
});

describe("a notice whose numbered items are someone's duties", () => {
  it("lists the duties as tasks", async () => {
    const text = [
      "区教育局关于建立领导干部联系学校工作制度的通知",
      "各中小学：",
      "现将有关事项通知如下。",
      "一、联系干部工作职责",
      "1、积极发挥桥梁和纽带作用，及时传达上级文件精神，了解和反馈基层学校工作开展情况。",
      "2、主动为联系单位发展出谋划策，帮助联系单位不断完善管理制度，落实教学常规管理。",
      "3、督促联系单位按计划实施好各项工作，对存在的困难要作书面记录，共同探讨解决。",
    ].join("\n");
    const { plan } = await read(text);
    expect(plan.tasks).toHaveLength(3);
  });
});

describe("a sentence that refers the reader to another notice", () => {
  it("is not the document's cover notice", async () => {
    const text = [
      "各中小学：",
      "一、时间安排",
      "各中小学本期期末考试时间安排，参见区教师进修学院《关于2019—2020学年度下期期末考试工作安排的通知》。",
      "本学期义务教育阶段学校于2020年7月11日放暑假，8月31日报到注册。",
    ].join("\n");
    const { plan } = await read(text);
    expect(plan.title).toBeNull();
  });
});

describe("characters printed with their readings, in prose", () => {
  it("name the unit a 由 clause gives the work to, read in the document's own characters", async () => {
    const { plan } = await read(["某校運動會工作安排", "一、工作分工", "1.場(chǎng)地布置由總(zǒng)務(wù)處負(fù)責(zé)。", "2.獎(jiǎng)品采購(gòu)由工(gōng)會(huì)負(fù)責(zé)安排。"].join("\n"));
    expect(plan.tasks.map((t) => t.lead)).toEqual([["總(zǒng)務(wù)處"], ["工(gōng)會(huì)"]]);
    const [a, b] = plan.tasks[0].fields.lead[0].span;
    expect(plan.sourceText.slice(a, b)).toBe("總(zǒng)務(wù)處");
  });
  it("leave a bracketed word that is no reading alone", () => {
    expect(matchText("开展活动(试行)").text).toBe("开展活动(试行)");
    // (a reading follows a Chinese character: not a Latin letter, a digit or a bracket)
    expect(matchText("a(ā) 1（yī） 学(xué)（(xué)期（qī）").text).toBe("a(ā) 1（yī） 学（(xué)期");
  });
});

describe("giving the plan's strings back in the document's characters", () => {
  // the rule restorePlan follows, searching the whole text for every string (its shortcut must agree)
  function byRule(s: string, text: string, printed: string, toPrinted?: Int32Array): string {
    const at = (i: number) => (toPrinted ? toPrinted[Math.min(i, toPrinted.length - 1)] : i);
    const seen = new Map<string, string | null>();
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 0x3400) continue;
      const p = printed.slice(at(i), at(i + 1));
      const had = seen.get(text[i]);
      if (had === undefined) seen.set(text[i], p);
      else if (had !== null && had !== p) seen.set(text[i], null);
    }
    const i = s.length >= 2 ? text.indexOf(s) : -1;
    if (i >= 0) return printed.slice(at(i), at(i + s.length));
    let r = "";
    for (const c of s) r += (seen.get(c) !== c && seen.get(c)) || c;
    return r;
  }

  it("agrees with searching the whole text, for found, assembled and partly folded strings", () => {
    const printeds = [
      "一、學校建设\n1.学校新建教學楼，學生宿舍改造。（责任单位：基教股）\n2.学生资助全覆盖，学校食堂提质。\n3.開展教師培訓。",
      "學(xué)校安全\n1.学校安全检查，學(xué)生安全教育。\n2.学校食堂管理。",
      "1.縣教育局牽頭，各學校配合。\n2.縣财政局保障經費。",
    ];
    for (const printed of printeds) {
      const { text, toPrinted } = matchText(printed);
      const strings = new Set<string>(["学", "学校", "学生", "学校食堂", "学校安全", "教学楼学生", "县教育局各学校", "开展教师培训并考核", "学校建设学生", "x学"]);
      for (let a = 0; a < text.length; a += 3) for (let len = 1; len <= 12; len += 4) strings.add(text.slice(a, a + len));
      const plan = { sections: [], tasks: [...strings].map((title) => ({ title })) } as unknown as ExtractedPlan;
      const given = restorePlan(plan, text, printed, toPrinted).tasks.map((t) => t.title);
      expect(given).toEqual([...strings].map((s) => byRule(s, text, printed, toPrinted)));
    }
  });

  it("agrees with searching the whole text, for any mix of folded and unfolded characters", () => {
    const printedChar = fc.constantFrom("学", "學", "校", "生", "开", "開", "县", "縣", "教", "a", "1", "，", "\n");
    fc.assert(
      fc.property(fc.array(printedChar, { minLength: 1, maxLength: 80 }), fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 9 })), { maxLength: 30 }), (chars, cuts) => {
        const printed = chars.join("");
        const { text, toPrinted } = matchText(printed);
        const strings = [...new Set([...cuts.map(([a, len]) => text.slice(a, a + len)).filter(Boolean), "学校", "开学", "县学生", "学"])];
        const plan = { sections: [], tasks: strings.map((title) => ({ title })) } as unknown as ExtractedPlan;
        const given = restorePlan(plan, text, printed, toPrinted).tasks.map((t) => t.title);
        expect(given).toEqual(strings.map((s) => byRule(s, text, printed, toPrinted)));
      }),
      { numRuns: 300 },
    );
  });
});
