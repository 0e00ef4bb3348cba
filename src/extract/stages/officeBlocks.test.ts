import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { runsAfterLabels } from "./officeBlocks.js";
import { Stitched } from "./stitched.js";
import type { RawTask } from "./types.js";

const plan = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan;

describe("a record that reports office by office (officeBlocks)", () => {
  it("gives each item the office whose label stands above its run, a label run into a paragraph's end too", async () => {
    const text = [
      "石桥小学第三次期初工作会议纪要",
      "",
      "本次会议由各处室报告开学前的准备情况，并讨论各项分工。 ● 教导处：",
      "",
      "1. 新学期课表于报到日前发到各班级群组。",
      "",
      "2. 期初教学研讨会改在多功能厅举行。",
      "",
      "● 总务處：",
      "",
      "1. 开学前完成各教室饮水机滤芯更换。",
      "",
      "2. 校门口护栏的油漆工程于寒假内完工。",
      "",
      "3. 添购操场照明设备，报价单送会计室。",
    ].join("\n");
    const tasks = (await plan(text)).tasks;
    expect(tasks.map((t) => `${t.no}|${t.lead.join("、")}`)).toEqual(["1|教导处", "2|教导处", "1|总务處", "2|总务處", "3|总务處"]);
  });
  it("reads labels run in without spaces, as a PDF's text has them", async () => {
    const text = ["会议记录", "各处室报告准备情况。l教导处:", "1.新学期课表发到各班级群组。", "l总务处:", "1.开学前更换饮水机滤芯。"].join("\n");
    expect((await plan(text)).tasks.map((t) => t.lead.join("、"))).toEqual(["教导处", "总务处"]);
  });
  it("reads an office group's label (资讯组：) and no label alone", async () => {
    const two = ["会议记录", "资讯组：", "1. 更新全校电脑的防毒软件。", "2. 检查各班投影设备。", "课程组：", "1. 调整下周的代课安排。"].join("\n");
    expect((await plan(two)).tasks.map((t) => t.lead.join("、"))).toEqual(["资讯组", "资讯组", "课程组"]);
    const one = ["会议记录", "资讯组：", "1. 更新全校电脑的防毒软件。", "2. 检查各班投影设备。"].join("\n");
    expect((await plan(one)).tasks.map((t) => t.lead.join("、"))).toEqual(["", ""]);
  });
  it("leaves items that do not start right after the label, or a label naming no office", async () => {
    const text = ["会议记录", "讨论事项：", "1. 更新全校电脑的防毒软件。", "工作要求：", "1. 调整下周的代课安排。", "2. 各班做好记录。"].join("\n");
    expect((await plan(text)).tasks.every((t) => !t.lead.length)).toBe(true);
  });
});

describe("runsAfterLabels", () => {
  it("gives each label the run numbered from 1 right after it, and nothing to a label with text before its items", () => {
    const text = "教务处：\n1.排好期末考试\n2.安排监考\n总务处：\n1.检修门窗\n信息组：说明如下\n1.更新网站";
    const item = (no: string, line: string) => {
      const a = text.indexOf(line);
      return { no, body: Stitched.of(text, a, a + line.length) } as unknown as RawTask;
    };
    const raw = [item("1", "1.排好期末考试"), item("2", "2.安排监考"), item("1", "1.检修门窗"), item("1", "1.更新网站")];
    const label = (name: string) => ({ name: { name, st: Stitched.literal(name) }, at: text.indexOf(name) + name.length + 1 });
    const runs = runsAfterLabels(text, raw, [label("教务处"), label("总务处"), label("信息组")]);
    expect([...runs].map(([k, v]) => [k, v.name])).toEqual([
      [0, "教务处"],
      [1, "教务处"],
      [2, "总务处"],
    ]);
  });
});

describe("a record of reports under each officer's line (reporterBlocks, xunits25)", () => {
  it("gives the officer by name as the leader of the items reported under the line, up to the next report", async () => {
    const text = [
      "某某國小期末校務會議記錄",
      "一、各處室報告:",
      "教務主任林某文報告:",
      "1.下學期課表於開學前一週公告。",
      "2.補救教學名單於2月底前送交。",
      "總務主任陳立德報告:",
      "1.寒假期間完成廁所整修。",
      "六年級導師王某某報告:",
      "1.畢業旅行於5月底前完成報名。",
    ].join("\n");
    const tasks = (await plan(text)).tasks;
    expect(tasks.map((t) => `${t.no}|${t.leaders.join("、")}`)).toEqual(["1|林某文", "2|林某文", "1|陳立德", "1|"]);
  });
});
