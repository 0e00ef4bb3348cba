// Bullet lists ("• …", "- …") as a document's tasks where no numbering gives any (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("bulletListCandidate: a bullet list's items, each one task", () => {
  it("takes a minutes' bulleted directives, not the headings that group them", async () => {
    const { plan } = await run([
      "第58次處務會議",
      "主席:林處長",
      "  • 上次會議決議事項執行情形",
      "  • 各組業務報告",
      "    • 河濱步道照明改善工程請養護組於雨季前完成檢修。",
      "    • 市民陳情案件請承辦同仁依限回覆,逾期者列入追蹤。",
      "    • 年度預算執行率偏低,請各組檢討並提出加速方案。",
      "    • 舊倉庫騰空後請總務組重新規劃用途;本處閒置車位亦請一併清點,並研議開放民眾承租之可行性。",
      "  • 臨時動議",
      "    • 有",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "河濱步道照明改善工程請養護組於雨季前完成檢修",
      "市民陳情案件請承辦同仁依限回覆,逾期者列入追蹤",
      "年度預算執行率偏低,請各組檢討並提出加速方案",
      "舊倉庫騰空後請總務組重新規劃用途",
    ]);
  });

  it("leaves out a list's lead-in and its note, and a date that only says when", async () => {
    const { plan } = await run([
      "- 圖書館研討室線上預約,開放時間如下:",
      "- 115/2/16(一)上午10點起,開放教師預約本學期研討室",
      "- 115/2/23(一)上午10點起,開放學生預約本學期研討室",
      "- 請注意,遇館內活動時,系統得取消已預約之時段。",
      "- 為使空間有效利用,請於使用前1日完成報到,未報到達兩次者停權一個月。",
    ]);
    // (the day it opens from is no deadline)
    expect(plan.tasks.flatMap((t) => t.deadlines)).toEqual([]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["開放教師預約本學期研討室", "開放學生預約本學期研討室", "為使空間有效利用,請於使用前1日完成報到,未報到達兩次者停權一個月"]);
  });

  it("takes no link list of titles and dates, nor a menu", async () => {
    const { plan } = await run([
      "通知公告",
      "- 關於舉辦校園開放日活動的通知2031-05-12",
      "- 關於開展暑期安全教育的通知2031-05-10",
      "- 關於加強實驗室管理的通知2031-05-08",
      "某校關於近期校園安全的提醒",
      "• 首頁",
      "• 學校概況",
      "• 聯絡我們",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("關於開展暑期安全教育的通知2031-05-10");
    expect(plan.tasks.map((t) => t.title)).not.toContain("學校概況");
  });

  it("takes no field of an encyclopedia's box of facts about the document", async () => {
    const { plan } = await run([
      "某市人民政府關於加快發展城鄉公交的意見",
      "基本介紹",
      "  • 中文名:某市人民政府關於加快發展城鄉公交的意見",
      "  • 頒布時間:2031年",
      "  • 發布單位:某市人民政府",
      "某市人民政府關於加快發展城鄉公交的意見",
      "各縣區人民政府:",
      "  一、總體要求",
      "  (一)基本原則。堅持公交優先。",
      "  二、完善公交線網",
      "  (二)優化線路佈局。各縣區人民政府統一規劃城鄉公交線路,新闢鎮村公交線路,推廣新能源公交車,淘汰老舊車輛。",
    ]);
    const titles = plan.tasks.map((t) => t.title);
    expect(titles.some((t) => /中文名|頒布時間|發布單位/.test(t))).toBe(false);
    expect(titles).toContain("優化線路佈局");
  });
});
