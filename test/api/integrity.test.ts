// Input that once broke the data: U+0000 (PostgreSQL refuses it), a name or alias shared by two
// units, the same unit twice in one list, re-importing the full roster, damaged files, and the
// administrator's own password on the console.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { findSoffice } from "../../src/extract/readers/legacy.js";
import { ENV_PASSWORD, formatDemoAccounts, loadDemoData } from "../../src/server/commands/demo.js";
import { isGarbled } from "../../src/server/commands/plans/import-plan.js";

const PLAN = `示例县教育局2026年工作要点

一、提升教育质量
1. 推进集团化办学。年底前组建教育集团3个。（责任领导：张明，责任股室：基础教育股）
2. 丰富课后服务。（责任股室：县少年宫、县少年宫、基础教育股）
`;

const soffice = findSoffice();
if (!soffice) console.log("LibreOffice conversion test skipped: soffice is not installed");

describe.each(dialects())("data integrity on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    s = await makeTestServer(dialect);
    admin = await s.admin();
  });
  afterAll(async () => s?.close());

  it("drops U+0000 from JSON bodies, queries and uploaded text instead of failing", async () => {
    const unit = await admin.post("/api/units", { name: "测\u0000试股", kind: "department", aliases: ["测\u0000试"] });
    expect(unit.statusCode, unit.body).toBe(201);
    expect(unit.json()).toMatchObject({ name: "测试股", aliases: ["测试"] });

    const blank = await admin.post("/api/plans", { title: "空白方案\u0000" });
    expect(blank.statusCode, blank.body).toBe(201);
    expect(blank.json().plan.title).toBe("空白方案");

    const pasted = await admin.post("/api/plans/import", { text: `示例\u0000${PLAN}`, filename: "要\u0000点.txt" });
    expect(pasted.statusCode, pasted.body).toBe(201);
    const source = (await admin.get(`/api/plans/${pasted.json().plan.id}/source`)).json();
    expect(source.text).not.toContain("\u0000");

    expect((await admin.get("/api/users?q=%00")).statusCode).toBe(200);
    expect((await s.client().login("ad\u0000min", "wrong")).statusCode).toBe(401);

    // A UTF-16 text file may carry U+0000 inside: the stored source text keeps its length (spans) without it.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.replace("推进", "推\u0000进"), "utf16le")]);
    const mp = multipartBody("file", "要\u0000点.txt", utf16, "text/plain");
    const uploaded = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const text = (await admin.get(`/api/plans/${uploaded.json().plan.id}/source`)).json().text as string;
    expect(text).not.toContain("\u0000");
    expect((await admin.get(`/api/plans/${uploaded.json().plan.id}/source`)).json().fileName).toBe("要点.txt");
    expect(JSON.stringify((await admin.get(`/api/plans/${uploaded.json().plan.id}/tasks`)).json())).not.toContain("\\u0000");
  });

  it("keeps every name and alias to one unit of the bureau", async () => {
    const yz = await admin.post("/api/units", { name: "示例一中", kind: "school", aliases: ["一中"] });
    expect(yz.statusCode, yz.body).toBe(201);
    const dup = await admin.post("/api/units", { name: "示例二中", kind: "school", aliases: ["一中"] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: "UNIT_ALIAS_TAKEN" });
    expect(dup.json().error.message).toContain("“一中”已是单位“示例一中”的别名");
    const aliasIsName = await admin.post("/api/units", { name: "示例二中", kind: "school", aliases: ["示例一中"] });
    expect(aliasIsName.statusCode).toBe(409);
    expect(aliasIsName.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    const nameIsAlias = await admin.post("/api/units", { name: "一中", kind: "school" });
    expect(nameIsAlias.statusCode).toBe(409);

    const ez = (await admin.post("/api/units", { name: "示例二中", kind: "school", aliases: ["二中"] })).json();
    const patched = await admin.patch(`/api/units/${ez.id}`, { aliases: ["二中", " 一 中"] });
    expect(patched.statusCode).toBe(409);
    expect((await admin.patch(`/api/units/${ez.id}`, { name: "示例一中" })).statusCode).toBe(409);
    expect((await admin.patch(`/api/units/${ez.id}`, { aliases: ["二中", "县二中"] })).statusCode).toBe(200);
    // Its own name and aliases are no conflict.
    expect((await admin.patch(`/api/units/${yz.json().id}`, { name: "示例一中", aliases: ["一中", "县一中"] })).statusCode).toBe(200);

    // Mapping a plan's name to a unit records it as an alias: not when another unit already has it.
    const { plan } = (await admin.post("/api/plans/import", { text: PLAN.replace("基础教育股）\n", "县一中）\n") })).json();
    const refused = await admin.post(`/api/plans/${plan.id}/unit-mappings`, { name: "县一中", unitId: ez.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("示例一中");
    const again = await admin.post(`/api/plans/${plan.id}/unit-mappings`, { name: "县一中", unitId: yz.json().id });
    expect(again.statusCode, again.body).toBe(200);
  });

  it("keeps one entry when a task lists the same unit twice", async () => {
    const res = await admin.post("/api/plans/import", { text: PLAN });
    expect(res.statusCode).toBe(201);
    const tasks = (await admin.get(`/api/plans/${res.json().plan.id}/tasks`)).json().items;
    const t2 = tasks.find((t: any) => t.no === "2");
    const names = [...t2.lead, ...t2.co].map((u: any) => u.name);
    expect(names.filter((n: string) => n === "县少年宫")).toHaveLength(1);

    const jj = (await admin.get("/api/units")).json().items.find((u: any) => u.name === "测试股");
    const edited = await admin.patch(`/api/tasks/${t2.id}`, {
      co: [{ name: "县少年宫" }, { name: "县少年宫 " }, { name: "测试股", unitId: jj.id }, { name: "测试", unitId: jj.id }],
      leaders: [{ name: "张明" }, { name: "张明" }],
      version: t2.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().co.map((u: any) => u.name)).toEqual(["县少年宫", "测试股"]);
    expect(edited.json().leaders).toHaveLength(1);
  });

  it("re-imports the full roster: existing units and identical users stay, only new rows are added", async () => {
    const roster = async (users: unknown[][], units: unknown[][] = [["基础教育股", "股室", "基教股"], ["县教研室", "股室", "教研室"]]) => {
      const wb = new ExcelJS.Workbook();
      const u = wb.addWorksheet("单位");
      u.addRow(["单位名称", "类型", "别名"]);
      for (const r of units) u.addRow(r);
      const p = wb.addWorksheet("用户");
      p.addRow(["用户名", "姓名", "手机号", "所属单位", "角色", "初始密码"]);
      for (const r of users) p.addRow(r);
      const mp = multipartBody("file", "名单.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
      return admin.request("POST", "/api/import/directory", mp.body, mp.headers);
    };
    const first = await roster([["ry_zhang", "张三", "13800000000", "基教股", "单位经办人", ""]]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ units: 2, users: 1, existingUnits: 0, existingUsers: 0 });

    // The same file plus one new user and a new alias: only the new ones are written.
    const second = await roster(
      [["ry_zhang", "张三", "13800000000", "基础教育股", "单位经办人", ""], ["ry_li", "李四", "", "县教研室", "单位负责人", ""]],
      [["基础教育股", "股室", "基教股、县基教股"], ["县教研室", "股室", "教研室"]],
    );
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ units: 0, users: 1, existingUnits: 2, existingUsers: 1 });
    expect(second.json().passwords.map((p: any) => p.username)).toEqual(["ry_li"]);
    const jj = (await admin.get("/api/units")).json().items.find((u: any) => u.name === "基础教育股");
    expect(jj.aliases).toEqual(["基教股", "县基教股"]);

    // A conflicting user, a unit of another kind, an alias of another unit: row errors, nothing written.
    const bad = await roster(
      [["ry_zhang", "张三丰", "13800000000", "基础教育股", "单位经办人", ""], ["ry_wang", "王五", "", "县教研室", "单位经办人", ""]],
      [["基础教育股", "学校", ""], ["县电教站", "股室", "教研室"]],
    );
    expect(bad.statusCode).toBe(400);
    const details = bad.json().error.details as { sheet: string; row: number; message: string }[];
    expect(details).toContainEqual(expect.objectContaining({ sheet: "单位", row: 2, message: expect.stringContaining("类型为股室") }));
    expect(details).toContainEqual(expect.objectContaining({ sheet: "单位", row: 3, message: "“教研室”已是单位“县教研室”的别名" }));
    expect(details).toContainEqual(expect.objectContaining({ sheet: "用户", row: 2, message: expect.stringContaining("姓名与表中不一致") }));
    const names = (await admin.get("/api/units")).json().items.map((u: any) => u.name);
    expect(names).not.toContain("县电教站");
    expect((await admin.get("/api/users?q=ry_wang")).json().items).toHaveLength(0);
  });

  it("answers a file that is not what its name says with 422, and other formats with 415", async () => {
    for (const name of ["坏.docx", "坏.pdf", "坏.xlsx"]) {
      const mp = multipartBody("file", name, Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(4096)]));
      const res = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
      expect(res.statusCode, `${name} ${res.body}`).toBe(422);
      expect(res.json().error.message).toMatch(/^文件已损坏或无法读取/);
    }
    const png = multipartBody("file", "图.pdf", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]));
    expect((await admin.request("POST", "/api/plans/import", png.body, png.headers)).statusCode).toBe(415);
  });

  it("answers a multipart body without a boundary or cut off inside the file with 400", async () => {
    const cut = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n1. 推进集团化办学。";
    for (const url of ["/api/plans/import", "/api/import/directory"]) {
      const noBoundary = await admin.request("POST", url, "abc", { "content-type": "multipart/form-data" });
      expect(noBoundary.statusCode, noBoundary.body).toBe(400);
      expect(noBoundary.json().error.message).toMatch(/^上传的内容不完整或格式错误/);
    }
    const truncated = await admin.request("POST", "/api/plans/import", cut, { "content-type": "multipart/form-data; boundary=b" });
    expect(truncated.statusCode, truncated.body).toBe(400);
  });

  it.skipIf(!soffice)("refuses what LibreOffice makes of a damaged .doc (garbage) with 422", { timeout: 120_000 }, async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(20_000)]);
    const mp = multipartBody("file", "坏.doc", ole);
    const res = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(res.statusCode, res.body).toBe(422);
    // (random bytes: LibreOffice either writes a garbage file, which the reader refuses, or none at all)
    expect(res.json().error.message).toMatch(/^(?:文件已损坏或无法读取|\.doc 文件无法转换，可能已损坏)/);
  });
});

describe("garbage detection and the example data's console output", () => {
  it("tells converted garbage from Chinese, minority-language and mixed text", () => {
    expect(isGarbled(PLAN)).toBe(false);
    expect(isGarbled("Work plan 2026: 推进集团化办学，组建教育集团3个（≥95%）。")).toBe(false);
    expect(isGarbled("ཀུན་ཁྱབ་སློབ་གསོ། ئوقۇتۇش پىلانى ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ")).toBe(false);
    expect(isGarbled("\uFFFD\uFFFD\u0001\u0002\uFFFD 文 \uFFFD\u0003\uFFFD\uFFFD\u0007\uFFFD")).toBe(true);
    // Bytes read as UTF-16: code points from every block of the BMP.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const bmp = Array.from({ length: 2000 }, () => {
      const c = next() % 0x10000;
      return c >= 0xd800 && c < 0xe000 ? "\uFFFD" : String.fromCharCode(c);
    }).join("");
    expect(isGarbled(bmp)).toBe(true);
  });

  it("never prints the administrator's own password from the environment", async () => {
    const s = await makeTestServer({ name: "sqlite" }, {}, { setup: false });
    try {
      const secret = "Env#Admin2026pw";
      const accounts = await loadDemoData(s.database, { mustChangePassword: false, adminPassword: secret });
      const printed = formatDemoAccounts(accounts, false);
      expect(printed).not.toContain(secret);
      expect(printed).toMatch(new RegExp(`admin\\s+${ENV_PASSWORD}`));
      const other = accounts.find((a) => a.username === "office")!;
      expect(printed).toContain(other.password);
    } finally {
      await s.close();
    }
  }, 60_000);
});
