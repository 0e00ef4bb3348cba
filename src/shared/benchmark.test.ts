import { describe, expect, it } from "vitest";
import { metricSimilarity, normaliseMetric, normaliseUnit, sameMetric, toBase, unitKey } from "./benchmark.js";

describe("normaliseMetric", () => {
  it("strips figures, years, bound words, scope words and punctuation", () => {
    expect(normaliseMetric("学前三年毛入园率达到92%")).toBe("学前三年毛入园率");
    expect(normaliseMetric("毛入园率不低于90%")).toBe("毛入园率");
    expect(normaliseMetric("到2026年底，全县学前三年毛入园率提高到 95％以上")).toBe("学前三年毛入园率");
    expect(normaliseMetric("教师培训5000人次")).toBe("教师培训");
    expect(normaliseMetric("教师培训 0.5万人次")).toBe("教师培训");
    expect(normaliseMetric("新建学校（3所）")).toBe("新建学校");
    expect(normaliseMetric("义务教育巩固率≥96.5%")).toBe("义务教育巩固率");
  });
  it("keeps what is measured", () => {
    expect(normaliseMetric("新建公办幼儿园")).toBe("新建公办幼儿园");
    expect(normaliseMetric("高中阶段毛入学率")).not.toBe(normaliseMetric("学前三年毛入园率"));
  });
});

describe("similarity", () => {
  it("groups a metric with the longer one that contains it, and close spellings", () => {
    expect(sameMetric("学前三年毛入园率", "毛入园率")).toBe(true);
    expect(sameMetric("教师培训", "开展教师培训")).toBe(true);
    expect(sameMetric("毛入园率", "新建学校")).toBe(false);
    expect(sameMetric("毛入园率", "高中阶段毛入学率")).toBe(false);
    expect(metricSimilarity("中小学教师培训", "教师全员培训")).toBeGreaterThan(0.2);
    expect(metricSimilarity("a", "a")).toBe(1);
  });
});

describe("units", () => {
  it("brings units of one kind to a base and keeps kinds apart", () => {
    expect(toBase(0.5, "万人次")).toBe(5000);
    expect(toBase(5000, "人次")).toBe(5000);
    expect(unitKey(normaliseUnit("人"))).toBe(unitKey(normaliseUnit("万人次")));
    expect(unitKey(normaliseUnit("所"))).toBe(unitKey(normaliseUnit("座")));
    expect(unitKey(normaliseUnit("%"))).not.toBe(unitKey(normaliseUnit("所")));
    expect(unitKey(normaliseUnit("‰"))).toBe(unitKey(normaliseUnit("%")));
    expect(toBase(5, "‰")).toBe(0.5);
    expect(unitKey(normaliseUnit("个百分点"))).not.toBe(unitKey(normaliseUnit("%")));
    expect(toBase(1.2, "亿元")).toBe(120_000_000);
    expect(toBase(3, "万元")).toBe(30_000);
    expect(normaliseUnit("次")).toMatchObject({ kind: "other", base: "次" });
    expect(normaliseUnit("％").kind).toBe("percent");
  });
});
