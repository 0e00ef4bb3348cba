// A report's demands after "下一步，" (demandCandidates.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { DOER } from "./demandCandidates.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a report's next steps: the demands after 下一步，", () => {
  it("reads each demand after 下一步 as a task, a 委 or an 办 as its doer too", async () => {
    const { plan } = await run([
      "关于3月份重点项目推进情况的通报",
      "各乡镇、县直各单位：",
      "今年以来，各单位扎实推进重点项目，取得积极成效。截至3月底，已完成12项。",
      "下一步，各责任单位要压实主体责任，对滞后项目逐一分析原因，加快推进。县住建委要会同县督查办开展专项督导，对滞后事项予以通报。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["各责任单位要压实主体责任", "县住建委要会同县督查办开展专项督导"]);
  });
});

describe("a demand whose first clause is only a few characters is named with the clause after it", () => {
  it("takes the second clause where the first is short (its 要 counted), and the first alone where it is long enough", async () => {
    const { plan } = await run([
      "某区召开春季学期教育工作推进会",
      "3月2日，某区春季学期教育工作推进会召开。",
      "王局长强调，开学在即，要谋划在先，统筹做好开学各项准备工作，为新学期开好局。要守牢底线，保障师生平安返校；合理安排课程，促进学生全面发展；要切实加强校园周边治理，确保学生上下学安全，营造良好环境。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "要谋划在先，统筹做好开学各项准备工作",
      "要守牢底线，保障师生平安返校",
      "合理安排课程，促进学生全面发展",
      "要切实加强校园周边治理",
    ]);
  });

  it("takes the whole clause where a short first clause has no second", async () => {
    const { plan } = await run([
      "某校召开暑期维修工程推进会",
      "7月10日，某校召开暑期维修工程推进会。",
      "校长要求，要抢抓工期，确保开学前完工。要压实安全责任，杜绝事故发生。各施工单位要抓紧，按期交付使用。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["要抢抓工期，确保开学前完工", "要压实安全责任", "各施工单位要抓紧，按期交付使用"]);
  });
});

describe("a doer before 要 is not glued to the word before 要求", () => {
  it("reads 各科室 of '各科室按要求…', not 各科室按, and 各科室 before its 要", () => {
    const doer = (s: string) => new RegExp(`^(${DOER})`).exec(s)?.[1];
    expect(doer("各科室按要求认真核对本科室设备数据")).toBe("各科室");
    expect(doer("各年级要认真核对")).toBe("各年级");
  });
});

describe("a demand after the ground it stands on", () => {
  it("reads the first 要 after a 围绕…/按照… phrase as a demand, as the ones after it", async () => {
    const { plan } = await run([
      "4月2日下午，县教育局召开均衡发展工作调度会。",
      "局长强调，围绕县指挥部确定的时间表、路线图和任务书，要客观分析当前的工作形势，找准切入点；要坚持问题导向，精准发力；要狠抓工作落实，形成工作合力。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["要客观分析当前的工作形势", "要坚持问题导向", "要狠抓工作落实"]);
  });
});

describe("a bare 要求 run into what it asks (no comma after it)", () => {
  it("reads a speaker's 要求 at a sentence's start, and a meeting's 要求 after its clause, as demands", async () => {
    const { plan } = await run([
      "某区召开迎检工作调度会",
      "5月8日，某区召开迎检工作调度会，各工作组负责人参加会议。",
      "会议传达了《某区迎检工作任务清单》，要求2031年完善迎检资料台账，做到分类归档。",
      "王主任要求后勤保障组做好场地布置工作，确保设施完好。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["2031年完善迎检资料台账", "后勤保障组做好场地布置工作"]);
  });

  it("leaves a 要求 in the middle of a report of what a body did, and the noun 按要求, alone", async () => {
    const { plan } = await run([
      "某局优化学校管理",
      "今年以来，某局持续优化学校管理制度，尤其重视教师资格的审查，要求学校建立校本教师守则。",
      "各校按要求组织了自查，成效明显。",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("学校建立校本教师守则");
  });
});

describe("a bare 要求 that first asks an attitude: the demand is named from its first clause of work", () => {
  it("skips the addressee's attitude and the short phrases after it, its body from the addressee on", async () => {
    const { plan } = await run([
      "9月3日至5日，市督导组对三个区的校园食品安全整改情况进行了回访，逐校查看了食堂台账。",
      "督导组要求各区高度重视，立行立改，在全区范围内对照检查清单逐项复核，补齐短板，于11月底前全部整改到位。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["在全区范围内对照检查清单逐项复核"]);
  });
});
