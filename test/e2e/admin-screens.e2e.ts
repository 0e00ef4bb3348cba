// 系统管理 screens against the real server: 机构 rename, 批量导入 (template → upload → counts and
// temporary passwords; the same file again → nothing new; a conflicting user → row errors, nothing imported), 用户 reset password
// and deactivate, 单位 deactivate, 审计日志 filters.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, ORG_NAME, chromiumMissing, launchBrowser, loginAs, openPage, screenshotIfWanted, startTestServer, type TestServer, closeDialogWith } from "./harness.js";

describe.skipIf(chromiumMissing)("系统管理 screens", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openPage(browser, server.url);
    await loginAs(page, "admin", ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renames the bureau in 机构", async () => {
    await page.goto("/admin/orgs");
    const row = page.getByRole("row").filter({ hasText: ORG_NAME });
    await row.getByRole("button", { name: "重命名" }).click();
    const dialog = page.getByRole("dialog", { name: "重命名机构" });
    await dialog.getByLabel("机构名称").fill("示例县教育体育局");
    await dialog.getByRole("button", { name: "保存" }).click();
    await page.getByRole("row").filter({ hasText: "示例县教育体育局" }).waitFor();
  });

  it("imports the downloaded template, re-imports it unchanged, and refuses a conflicting user with row errors", async () => {
    await page.goto("/admin/import");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "下载导入模板" }).click(),
    ]);
    const templatePath = await download.path();
    const template = readFileSync(templatePath);
    expect(template.subarray(0, 2).toString()).toBe("PK"); // an XLSX (zip) file

    const upload = async (buffer: Buffer = template) => {
      const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/import/directory");
      await page.locator('input[type="file"]').setInputFiles({
        name: "单位和用户.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
      return answered;
    };

    expect((await upload()).status()).toBe(200);
    await page.getByText("导入成功").waitFor();
    await page.getByText(/共导入 \d+ 个单位、\d+ 个用户/).waitFor();
    await expect.poll(() => page.getByTestId("temporary-password").count()).toBeGreaterThan(0);

    // The same roster again: nothing new, everything already there.
    expect((await upload()).status()).toBe(200);
    await page.getByText(/共导入 0 个单位、0 个用户。已存在、保持不变：2 个单位、2 个用户/).waitFor();

    // A user whose data differs from the existing account: row errors, nothing imported.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as any);
    wb.getWorksheet("用户")!.getRow(2).getCell(2).value = "张三丰";
    expect((await upload(Buffer.from(await wb.xlsx.writeBuffer()))).status()).toBe(400);
    await page.getByText("导入失败，未导入任何数据").waitFor();
    const errorRows = page.getByRole("row").filter({ hasText: "已" });
    await expect.poll(() => errorRows.count()).toBeGreaterThan(0);
  });

  it("resets a password (shown once) and deactivates a user in 用户", async () => {
    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ hasText: "zhangsan" });
    await row.getByRole("button", { name: "重置密码" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "重置" }).click();
    const credentialDialog = page.getByRole("dialog").filter({ hasText: "临时密码只显示这一次" });
    expect((await credentialDialog.getByTestId("temporary-password").innerText()).trim().length).toBeGreaterThanOrEqual(8);
    await closeDialogWith(credentialDialog, "我已记下");

    await row.getByRole("button", { name: "停用" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "停用" }).click();
    await row.getByText("已停用").waitFor();
    await row.getByRole("button", { name: "启用" }).waitFor();
    await screenshotIfWanted(page, "admin-users");
  });

  it("deactivates a unit in 单位", async () => {
    await page.goto("/admin/units");
    const row = page.getByRole("row").filter({ hasText: "基础教育股" });
    await row.getByRole("button", { name: "停用" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "停用" }).click();
    await row.getByText("已停用").waitFor();
  });

  it("lists and filters the audit trail in 审计日志", async () => {
    await page.goto("/admin/audit");
    const total = page.getByText(/^共 \d+ 条$/);
    await total.waitFor();
    const countOf = async () => Number((await total.innerText()).match(/\d+/)![0]);
    expect(await countOf()).toBeGreaterThan(3);

    await page.getByLabel("操作", { exact: true }).fill("no-such-action");
    const answered = page.waitForResponse((response) => response.url().includes("/api/audit?"));
    await page.getByRole("button", { name: "查询" }).click();
    await answered;
    await page.locator(".ant-table-placeholder .ant-empty-description").getByText("暂无数据").waitFor();

    await page.getByRole("button", { name: "重置" }).click();
    await page.getByText(/^共 [1-9]\d* 条$/).waitFor();
  });
});
