import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { letterheadIssuer, minguoFieldDate, wordNumber } from "./letterHead.js";

describe("a letter's head", () => {
  it("reads the letterhead's body, a Minguo record date and an office's 字号", () => {
    expect(letterheadIssuer("丙市政府体育局  函")).toBe("丙市政府体育局");
    expect(letterheadIssuer("请各校转知函")).toBeNull();
    expect(minguoFieldDate("中华民国120年02月09日")).toBe("2031-02-09");
    expect(minguoFieldDate("民国 120 年 2 月 3 日")).toBe("2031-02-03");
    expect(minguoFieldDate("2031年2月9日")).toBeNull();
    expect(wordNumber("丙体学(二)字第1200000456号")).toBe("丙体学(二)字第1200000456号");
    expect(wordNumber("丙体〔2031〕4号")).toBeNull();
  });

  it("gives a letter its issuer, signing date, 字号 and, with no title of its own, its letterhead as the title", async () => {
    const text = [
      "丙市政府体育局 函",
      "受文者：丁市立实验中学",
      "发文日期：中华民国120年02月09日",
      "发文字号：丙体学(二)字第1200000456号",
      "主旨：检送「校园足球联赛」竞赛规程1份，请转知所属教练及早组队报名，请查照。",
      "说明：",
      "一、请各校于120年3月15日前将报名表送至本局群体科。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect([plan.issuer, plan.issuedOn, plan.docNumber, plan.title, plan.year]).toEqual(["丙市政府体育局", "2031-02-09", "丙体学(二)字第1200000456号", "丙市政府体育局函", 2031]);
  });

  it("takes no 字号 from a law's record, which dates its publication instead", async () => {
    const text = ["法规名称：某某事项处理要点", "公发布日：民国 120 年 03 月 05 日", "发文字号：丙综(一)字第1250000001号", "一、各单位应于每月5日前报送上月工作情形。", "二、各单位应指定专人负责联络。"].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect([plan.issuedOn, plan.docNumber]).toEqual(["2031-03-05", null]);
  });
});
