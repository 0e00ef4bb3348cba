// Issue 14 in the browser: 考核 — the office raises a rule's points, enters a 加分 item, sees the
// ranking change and the item in the unit's breakdown, and exports the ranking as XLSX; a unit
// head sees only their own unit. Published results are frozen until reopened. Grade quotas (优秀 / 良好
// ≤ N %) lower the second unit's grade, marked 名额所限 and explained in its breakdown.
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, chromiumMissing, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { answerOf, pageApi, ROUND_PLAN_TEXT } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("assessment (考核)", () => {
  let bureau: E2eBureau;
  let office: Page, unitHead: Page;
  let year: number;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["office1", "督查室", ["office"]],
        ["aq_head", "安全负责人", ["unit_head"], "安全管理股"],
      ],
    });
    const { api } = bureau;
    const imported = await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "2026年工作要点.txt" });
    const plan = await api.call("GET", `/api/plans/${imported.plan.id}`);
    year = plan.year;
    await api.call("POST", `/api/plans/${plan.id}/publish`, { version: plan.version });
    office = await bureau.userPage("office1");
    unitHead = await bureau.userPage("aq_head");
    await (await pageApi(office)).call("POST", `/api/plans/${plan.id}/rounds`, { period: `${year}-03`, opensOn: dayFromToday(-7), dueOn: dayFromToday(-1) });
  }, 120_000);
  afterAll(async () => bureau?.close());

  const rowOf = (page: Page, unit: string) => page.locator("tr.ant-table-row").filter({ hasText: unit }).first();

  it("sets a weight, adds a 加分 item, sees the ranking change, exports XLSX", async () => {
    const api = await pageApi(office);
    const before = await api.call("GET", `/api/assessment?year=${year}`);
    const total = (view: any, name: string) => view.units.find((u: any) => u.name === name).total as number;
    await office.goto("/assessment");
    await office.getByText(`${year}年度目标管理考核`).waitFor();
    await rowOf(office, "基础教育股").waitFor();
    await rowOf(office, "安全管理股").waitFor();

    // 一次通过率 from 20 to 30 points: no report was decided, so every unit gets the 10 points more.
    await office.getByRole("button", { name: "考核规则" }).click();
    const rules = office.getByRole("dialog");
    await rules.getByLabel("一次通过率分值").fill("30");
    await answerOf(office, "PUT", "/api/assessment/rules", () => rules.getByRole("button", { name: "保存规则" }).click());
    await rules.waitFor({ state: "hidden" });
    const jj = total(before, "基础教育股") + 10;
    await expect.poll(() => rowOf(office, "基础教育股").innerText()).toContain(String(jj));
    await office.getByText("一次通过率 30分").waitFor();

    // A 加分 item for 安全管理股 puts it first.
    await office.getByRole("button", { name: "加减分 / 否决" }).click();
    const dialog = office.getByRole("dialog");
    await chooseOption(office, "单位", "安全管理股");
    await dialog.getByLabel("分值").fill("5");
    await dialog.getByLabel("事由").fill("获市级安全工作表彰");
    await dialog.getByLabel("依据材料").fill("市教育局通报");
    await answerOf(office, "POST", "/api/assessment/items", () => dialog.getByRole("button", { name: "录入" }).click());
    await dialog.waitFor({ state: "hidden" });
    const aq = total(before, "安全管理股") + 10 + 5;
    // (wait for the new total, not for the first row: with every unit on the same points 安全管理股 may be
    // first before the item is counted, and its row then still shows the old total)
    await expect.poll(() => rowOf(office, "安全管理股").innerText()).toContain(String(aq));
    expect(await rowOf(office, "安全管理股").innerText()).toContain("+5");
    expect(await office.locator("tr.ant-table-row").first().innerText()).toContain("安全管理股");

    // The breakdown: each rule's points and the item with its reason.
    await rowOf(office, "安全管理股").click();
    const unitId = bureau.units["安全管理股"];
    const breakdown = office.getByTestId(`breakdown-${unitId}`);
    await breakdown.getByText("获市级安全工作表彰").waitFor();
    await breakdown.getByText("一次通过率").waitFor();
    await screenshotIfWanted(office, "assessment-ranking");

    // Export XLSX: the same ranking in the file.
    const download = office.waitForEvent("download");
    await office.getByRole("link", { name: /导出 Excel/ }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(4, 2).value)).toBe("安全管理股");
    expect(Number(ws.getCell(4, 1).value)).toBe(1);
    const head = (ws.getRow(3).values as unknown[]).map(String);
    expect(Number(ws.getCell(4, head.indexOf("总分")).value)).toBe(aq);
    expect(String(ws.getCell(4, head.indexOf("加减分及否决说明")).value)).toContain("获市级安全工作表彰");

    // Published, the results are frozen: no more rule or item edits until reopened.
    await office.getByRole("button", { name: "公布结果" }).click();
    await answerOf(office, "POST", "/api/assessment/publish", () => office.getByRole("dialog").getByRole("button", { name: "公布" }).click());
    await office.getByText(/已公布 .*（结果已冻结）/).waitFor();
    expect(await office.getByRole("button", { name: "考核规则" }).count()).toBe(0);
    await answerOf(office, "POST", "/api/assessment/reopen", async () => {
      await office.getByRole("button", { name: "撤回公布" }).click();
      await office.getByRole("dialog").getByRole("button", { name: "撤回公布" }).click();
    });
    await office.getByRole("button", { name: "考核规则" }).waitFor();

    // Quotas instead of score lines: every line 0, 优秀 ≤ 50 % and 良好 ≤ 50 % of the two units (one place
    // each): the first unit is 优秀, the second 良好 "名额所限", its breakdown says why.
    await office.getByRole("button", { name: "考核规则" }).click();
    const quotas = office.getByRole("dialog");
    for (const label of ["优秀分数线", "良好分数线", "合格分数线"]) await quotas.getByLabel(label).fill("0");
    await quotas.getByLabel("优秀名额比例").fill("50");
    await quotas.getByLabel("良好名额比例").fill("50");
    await answerOf(office, "PUT", "/api/assessment/rules", () => quotas.getByRole("button", { name: "保存规则" }).click());
    await quotas.waitFor({ state: "hidden" });
    await office.getByText("优秀名额 ≤ 50%", { exact: false }).waitFor();
    await expect.poll(() => rowOf(office, "安全管理股").innerText()).toContain("优秀");
    await expect.poll(() => rowOf(office, "基础教育股").innerText()).toContain("名额所限");
    expect(await rowOf(office, "基础教育股").innerText()).toContain("良好");
    await rowOf(office, "基础教育股").click();
    await office.getByTestId(`breakdown-${bureau.units["基础教育股"]}`).getByText(/优秀名额 1 个（2 个单位 × 50%，向下取整）已满，评为良好/).waitFor();
  }, 180_000);

  it("a unit head sees only their own unit's score", async () => {
    await unitHead.goto("/assessment");
    await rowOf(unitHead, "安全管理股").waitFor();
    expect(await unitHead.locator("tr.ant-table-row").count()).toBe(1);
    expect(await unitHead.getByText("基础教育股").count()).toBe(0);
    expect(await unitHead.getByRole("button", { name: "考核规则" }).count()).toBe(0);
  }, 60_000);
});
