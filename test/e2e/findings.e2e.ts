// Issue 13 in the browser, one context per person: the office registers a hazard, issues the
// 提示单 and assigns it to a school; the school's head reports with an evidence file; the office
// returns it once; the school reports again; the office closes it; the 隐患台账 shows it closed on time.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chooseOption, chromiumMissing, closeDialogWith, dayFromToday, launchBrowser, loginAs, openPage, screenshotIfWanted, startTestServer, type TestServer } from "./harness.js";
import { answerOf, FIRST, NEXT, pageApi, signInThroughApi } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("findings closed loop (督导问题)", () => {
  let server: TestServer;
  let browser: Browser;
  let office: Page;
  let school: Page;
  const pages: Page[] = [];

  async function userPage(username: string): Promise<Page> {
    const page = await openPage(browser, server.url);
    pages.push(page);
    await signInThroughApi(page, username, FIRST, NEXT);
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const admin = await openPage(browser, server.url);
    pages.push(admin);
    await loginAs(admin, "admin", ADMIN_PASSWORD);
    const api = await pageApi(admin);
    const schoolId = (await api.call("POST", "/api/units", { name: "城关第一小学", kind: "school", aliases: [] })).id;
    await api.call("POST", "/api/users", { username: "office1", name: "督导室", roles: ["office"], password: FIRST });
    await api.call("POST", "/api/users", { username: "school_head", name: "赵校长", roles: ["unit_head"], unitId: schoolId, password: FIRST });
    office = await userPage("office1");
    school = await userPage("school_head");
  }, 120_000);
  afterAll(async () => {
    for (const page of pages) await page.context().close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

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
    await school.locator('input[type="file"]').setInputFiles({ name: "清理后照片.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a", "hex") });
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
});
