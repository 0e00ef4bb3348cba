import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { DOC_KIND_END } from "./docKinds.js";

const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;

describe("a page titled by its kind of document (制度, 策划, 纪要…)", () => {
  it("names the kinds, not a notice or a report", () => {
    expect(DOC_KIND_END.test("青禾小学食堂留样管理制度")).toBe(true);
    expect(DOC_KIND_END.test("校园风筝节活动策划书")).toBe(true);
    expect(DOC_KIND_END.test("幼兒園家長會會議記錄")).toBe(true);
    expect(DOC_KIND_END.test("风筝节活动通知")).toBe(false);
    expect(DOC_KIND_END.test("食堂整改报告")).toBe(false);
  });

  it("takes a rules page's first line as its title", async () => {
    const p = await plan("栏目导航\n青禾小学食堂留样管理制度\n1、每餐每样菜品留样不少于125克，由专人负责。\n2、留样保存48小时，做好登记。\n");
    expect(p.title).toBe("青禾小学食堂留样管理制度");
  });

  it("takes an event's planning over a web stamp", async () => {
    const p = await plan("校园风筝节活动策划书\n2031-03-02 08:15:20某某网\n为丰富校园生活，特举办风筝节。\n一、活动时间\n4月10日下午。\n二、活动要求\n各班按时到场。\n");
    expect(p.title).toBe("校园风筝节活动策划书");
  });

  it("leaves a measure's heading under the opening paragraph alone", async () => {
    const p = await plan("针对食堂管理中的问题，现提出以下措施，具体如下：\n建立采购登记机制\n每批食材入库前登记来源。\n实施双人验收制度\n验收由两人共同完成。\n");
    expect(p.title).toBeNull();
  });
});
