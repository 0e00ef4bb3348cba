// Issue 13 in the browser, one context per person: the office registers a hazard, issues the
// 提示单 and assigns it to a school; the school's head reports with an evidence file; the office
// returns it once; the school reports again; the office closes it; the 隐患台账 shows it closed on time.
// Then the office imports a ledger (a bad file first: the row errors, nothing saved), reads the
// statistics, and raises a finding from a school's report in one click, which shows on the task page.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, chromiumMissing, closeDialogWith, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { answerOf, pageApi } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("findings closed loop (督导问题)", () => {
  let bureau: E2eBureau;
  let office: Page;
  let school: Page;
  let schoolId: number;
  const userPage = (username: string) => bureau.userPage(username);

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: [{ name: "城关第一小学", kind: "school" }],
      accounts: [
        ["office1", "督导室", ["office"]],
        ["school_head", "赵校长", ["unit_head"], "城关第一小学"],
      ],
    });
    schoolId = bureau.units["城关第一小学"];
    office = await userPage("office1");
    school = await userPage("school_head");
  }, 120_000);
  afterAll(async () => bureau?.close());

  async function report(text: string) {
    await school.getByLabel("整改情况").fill(text);
    await answerOf(school, "POST", /\/api\/findings\/\d+\/report$/, () => school.getByRole("button", { name: "报送整改结果" }).click());
    await school.getByText("已报整改结果").first().waitFor();
  }

  it("runs 登记 → 提示单 → 交办 → 报送 → 退回 → 再报送 → 销号, and the ledger shows it closed on time", async () => {
    const year = dayFromToday(0).slice(0, 4);
    // The office registers the hazard.
    await office.goto("/findings");
    await office.getByRole("button", { name: "登记问题" }).click();
    const create = office.getByRole("dialog");
    await create.getByLabel("问题标题").fill("教学楼消防通道堆放杂物");
    await create.getByLabel("问题描述").fill("三楼东侧消防通道堆放课桌椅。");
    await chooseOption(office, "问题类别", "安全隐患");
    await chooseOption(office, "责任单位（学校或股室）", "城关第一小学");
    await answerOf(office, "POST", "/api/findings", () => create.getByRole("button", { name: "登记" }).click());
    await office.waitForURL(/\/findings\/\d+$/);
    const path = new URL(office.url()).pathname;

    await answerOf(office, "POST", /\/notice$/, () => office.getByRole("button", { name: "发出提示单" }).click());
    await office.getByRole("link", { name: `督导问题提示单〔${year}〕第1号` }).waitFor();

    await office.getByRole("button", { name: "交办", exact: true }).click();
    const assign = office.getByRole("dialog");
    await assign.getByLabel("整改期限").fill(dayFromToday(10));
    await assign.getByLabel("整改期限").press("Enter");
    await assign.getByLabel("整改要求").fill("立即清理，建立巡查制度。");
    await answerOf(office, "POST", /\/assign$/, () => closeDialogWith(assign, "确定"));
    await office.getByRole("link", { name: `督导问题交办单〔${year}〕第1号` }).waitFor();
    await screenshotIfWanted(office, "finding-assigned");

    // The school reports, with a photo of the cleared corridor.
    await school.goto(path);
    await school.locator(".ant-card").filter({ hasText: "照片与佐证材料" }).locator('input[type="file"]').setInputFiles({ name: "清理后照片.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a", "hex") });
    await school.getByText("清理后照片.png").waitFor();
    await report("杂物已清理。");
    await school.getByRole("link", { name: `督导问题整改结果报告单〔${year}〕第1号` }).waitFor();

    // The office returns it once.
    await office.reload();
    await office.getByRole("button", { name: "退回整改" }).click();
    const back = office.getByRole("dialog");
    await back.getByLabel("退回原因").fill("请补充巡查制度。");
    await answerOf(office, "POST", /\/return$/, () => closeDialogWith(back, "确定"));
    await office.getByText("整改中").first().waitFor();

    // The school sees why and reports again.
    await school.reload();
    await school.getByText("退回原因：请补充巡查制度。").waitFor();
    await school.getByLabel("整改措施（长效机制）").fill("每周五巡查消防通道。");
    await report("杂物已清理，巡查制度已建立。");

    // The office closes it.
    await office.reload();
    await office.getByRole("button", { name: "销号", exact: true }).click();
    const close = office.getByRole("dialog");
    await close.getByLabel("核实意见").fill("经现场核实，已整改到位。");
    await answerOf(office, "POST", /\/close$/, () => closeDialogWith(close, "确定"));
    await office.getByText("按期销号").waitFor();
    const timeline = await office.locator(".ant-timeline").innerText();
    expect(timeline).toContain("退回整改");
    expect(timeline.match(/报送整改结果/g)?.length).toBe(2);

    // The hazard ledger shows it closed on time.
    await office.goto("/findings");
    await office.getByRole("tab", { name: "隐患台账" }).click();
    const row = office.getByRole("row").filter({ hasText: "教学楼消防通道堆放杂物" });
    await row.getByText("已销号").waitFor();
    await row.getByText("按期销号").waitFor();
    await screenshotIfWanted(office, "findings-ledger");
  }, 180_000);

  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  async function ledgerFile(rows: (string | number)[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("问题台账");
    ws.addRow(["序号", "问题", "问题描述", "来源", "类别", "严重程度", "发现地点", "承办单位", "发现日期"]);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("imports a ledger (row errors first), shows the statistics, raises a finding from a report onto its task", async () => {
    // Import: a bad file is refused whole with its rows' reasons; the corrected one registers both rows.
    await office.goto("/findings");
    await office.getByRole("button", { name: "导入台账" }).click();
    const dialog = office.getByRole("dialog");
    const template = office.waitForEvent("download");
    await dialog.getByRole("link", { name: "下载空白模板" }).click();
    expect((await template).suggestedFilename()).toContain("问题台账导入模板");
    const input = dialog.locator('input[type="file"]');
    const day = dayFromToday(-2);
    const bad = await ledgerFile([
      [1, "课后服务收费未公示", "", "群众反映", "经费管理", "一般", "", "城关第一小学", day],
      [2, "作业量超标", "", "路过发现", "教育教学", "", "", "不存在的学校", day],
    ]);
    await answerOf(office, "POST", "/api/findings/import", () => input.setInputFiles({ name: "问题台账.xlsx", mimeType: XLSX, buffer: bad }));
    await dialog.getByText("未导入任何问题").waitFor();
    await dialog.getByRole("cell", { name: "第 3 行" }).first().waitFor();
    const errors = await dialog.locator(".ant-table").innerText();
    expect(errors).toContain("来源“路过发现”无效");
    expect(errors).toContain("承办单位“不存在的学校”不存在");
    const good = await ledgerFile([
      [1, "课后服务收费未公示", "", "群众反映", "经费管理", "一般", "", "城关第一小学", day],
      [2, "作业量超标", "", "督导检查", "教育教学", "", "", "城关第一小学", day],
    ]);
    await answerOf(office, "POST", "/api/findings/import", () => input.setInputFiles({ name: "问题台账.xlsx", mimeType: XLSX, buffer: good }));
    await dialog.getByText("导入成功：已登记 2 个问题").waitFor();
    await closeDialogWith(dialog, "关闭");
    await office.getByRole("row").filter({ hasText: "作业量超标" }).getByText("登记").waitFor();

    // Statistics: the school found 3 (the hazard closed on time and the two imported).
    await office.getByRole("tab", { name: "统计" }).click();
    const schoolRow = office.getByRole("row").filter({ hasText: "城关第一小学" }).first();
    await schoolRow.waitFor();
    expect((await schoolRow.innerText()).replace(/\s+/g, " ")).toMatch(/城关第一小学 3 1 1 100%/);
    await office.getByRole("row").filter({ hasText: "经费管理" }).waitFor();
    await screenshotIfWanted(office, "findings-stats");

    // A school's report in a round states a problem; the office raises it as a finding in one click.
    const officeApi = await pageApi(office);
    const plan = (await officeApi.call("POST", "/api/plans", { title: "2026年教育工作要点", year: Number(dayFromToday(0).slice(0, 4)) })).plan;
    const task = await officeApi.call("POST", `/api/plans/${plan.id}/tasks`, { title: "校园安全专项整治", lead: [{ name: "城关第一小学", unitId: schoolId }] });
    const fresh = await officeApi.call("GET", `/api/plans/${plan.id}`);
    await officeApi.call("POST", `/api/plans/${plan.id}/publish`, { version: fresh.version });
    const round = (await officeApi.call("POST", `/api/plans/${plan.id}/rounds`, { period: dayFromToday(0).slice(0, 7), opensOn: dayFromToday(0), dueOn: dayFromToday(5) })).round;
    const row = (await officeApi.call("GET", `/api/rounds/${round.id}/reports`)).items[0];
    const schoolApi = await pageApi(school);
    const saved = await schoolApi.call("PUT", `/api/reports/${row.id}`, { text: "开展安全排查2次。", problems: "宿舍楼应急照明损坏3处，尚未修复。", status: "on_track", version: row.version });
    await schoolApi.call("POST", `/api/reports/${row.id}/submit`, { version: saved.version });

    await office.goto(`/reports/${row.id}`);
    await answerOf(office, "POST", `/api/reports/${row.id}/finding`, () => office.getByRole("button", { name: "登记为督导问题" }).click());
    await office.waitForURL(/\/findings\/\d+$/);
    await office.getByText("宿舍楼应急照明损坏3处").first().waitFor();
    await office.getByText("调度发现").waitFor();
    await office.getByText("校园安全专项整治").first().waitFor();
    const findingPath = new URL(office.url()).pathname;
    // Back on the report the button has become a link to it: a second click cannot raise another.
    await office.goto(`/reports/${row.id}`);
    expect(await office.getByRole("link", { name: "已登记为督导问题" }).getAttribute("href")).toBe(findingPath);
    expect(await office.getByRole("button", { name: "登记为督导问题" }).count()).toBe(0);

    // The task page lists it.
    await office.goto(`/tasks/${task.id}`);
    const onTask = office.getByTestId("task-findings");
    await onTask.getByRole("link", { name: "宿舍楼应急照明损坏3处" }).waitFor();
    await onTask.getByText("登记").waitFor();
  }, 180_000);
});
