// Bounded work (issue 10): limits before parsing for every upload and import, extraction in a
// bounded worker pool, and the permission check before any body is read. Hostile files are built
// here; sizes, times and memory are printed, never asserted.
import http from "node:http";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { divisionTableText, rowBombXlsx, wideXlsx, zipBombXlsx } from "../helpers/hostile-files.js";
import { configureExtractionPool, extractionPoolOptions } from "../../src/server/workers/extraction.js";

const CHINESE = /[\u4e00-\u9fa5]/;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file the readers take for a Word 97 document, so the import goes to LibreOffice. */
const FAKE_DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("WordDocument", "utf16le"), Buffer.alloc(512)]);

describe.each(dialects())("bounded imports on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  let planId: number;
  beforeAll(async () => {
    s = await makeTestServer(dialect);
    admin = await s.admin();
    planId = (await admin.post("/api/plans", { title: "台账导入测试方案", year: 2026 })).json().plan.id;
  });
  afterAll(async () => s?.close());

  it("refuses a row-bomb XLSX (8 million rows) at the ledger, directory and plan imports before parsing it", async () => {
    const bomb = rowBombXlsx(8_000_000);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    for (const url of [`/api/plans/${planId}/ledger-import`, "/api/import/directory", "/api/plans/import"]) {
      const mp = multipartBody("file", "台账.xlsx", bomb);
      const started = performance.now();
      const res = await admin.request("POST", url, mp.body, mp.headers);
      console.log(`row bomb (${mb(bomb.length)}, 8,000,000 rows) → ${url}: ${res.statusCode} in ${Math.round(performance.now() - started)} ms`);
      // 48 MB of XML at a ratio of ~1000:1: refused by the ZIP checks (declared size, ratio) before any inflating.
      expect([413, 422], res.body).toContain(res.statusCode);
      expect(res.json().error.message).toMatch(/行数过多|解压后过大|压缩炸弹/);
    }
    // Numbered as Excel writes them: 1,000,000 rows ≈ 17 MB of XML, within the upload, size and ratio
    // limits — exceljs would build every row (it took the process down); the row count refuses it.
    const rows = rowBombXlsx(1_000_000, { numbered: true });
    console.log(`numbered row bomb: ${mb(rows.length)} zipped, 1,000,000 rows`);
    for (const url of [`/api/plans/${planId}/ledger-import`, "/api/import/directory"]) {
      const mp = multipartBody("file", "台账.xlsx", rows);
      const started = performance.now();
      const res = await admin.request("POST", url, mp.body, mp.headers);
      console.log(`  → ${url}: ${res.statusCode} in ${Math.round(performance.now() - started)} ms`);
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error.message).toMatch(/表格行数过多：每个工作表最多 5000 行/);
    }
    console.log(`RSS of the test process: ${mb(rssBefore)} before, ${mb(process.memoryUsage().rss)} after the three refusals`);
    expect((await admin.get("/api/health")).statusCode).toBe(200);
  });

  it("refuses a sheet that addresses column XFD, and a zip bomb, with Chinese messages", async () => {
    let mp = multipartBody("file", "宽表.xlsx", wideXlsx());
    let res = await admin.request("POST", `/api/plans/${planId}/ledger-import`, mp.body, mp.headers);
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().error.message).toMatch(/列数过多/);

    const bomb = zipBombXlsx(80);
    console.log(`zip bomb: ${mb(bomb.length)} → 80 MB`);
    for (const url of [`/api/plans/${planId}/ledger-import`, "/api/import/directory", "/api/plans/import"]) {
      mp = multipartBody("file", "炸弹.xlsx", bomb);
      res = await admin.request("POST", url, mp.body, mp.headers);
      expect([413, 422], `${url}: ${res.body}`).toContain(res.statusCode);
      expect(res.json().error.message).toMatch(CHINESE);
    }
  });

  it("refuses a plan of more than 2,000 tasks and pasted text over 2 MB", async () => {
    const many = await admin.post("/api/plans/import", { text: divisionTableText(2001), filename: "分工.md" });
    expect(many.statusCode, many.body).toBe(422);
    expect(many.json().error).toMatchObject({ code: "TOO_MANY_TASKS" });
    expect(many.json().error.message).toMatch(/最多 2000 项任务/);

    const fits = await admin.post("/api/plans/import", { text: divisionTableText(2000), filename: "分工.md" });
    expect(fits.statusCode, fits.body).toBe(201);
    const full = fits.json().plan.id;
    const extra = await admin.post(`/api/plans/${full}/tasks`, { title: "第2001项" });
    expect(extra.statusCode, extra.body).toBe(422);
    expect(extra.json().error.code).toBe("TOO_MANY_TASKS");

    const huge = "一、".padEnd(2 * 1024 * 1024, "文"); // 6 MB of UTF-8
    const paste = await admin.post("/api/plans/import", { text: huge });
    expect(paste.statusCode).toBe(413);
    expect(paste.json().error.message).toMatch(CHINESE);
    const justOver = await admin.post("/api/plans/import", { text: "a".repeat(2 * 1024 * 1024 + 1) });
    expect(justOver.statusCode).toBe(413);
    expect(justOver.json().error.message).toMatch(/2 MB/);
  });

  it("answers malformed multipart bodies with 4xx in Chinese, never 500", async () => {
    const boundary = { "content-type": "multipart/form-data; boundary=abc" };
    const bodies: [Record<string, string>, string][] = [
      [{ "content-type": "multipart/form-data" }, "no boundary"],
      [boundary, '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK'],
      [boundary, Array.from({ length: 50 }, (_, i) => `--abc\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n1\r\n`).join("") + "--abc--\r\n"],
      [boundary, "garbage"],
    ];
    for (const url of ["/api/plans/import", "/api/import/directory", `/api/plans/${planId}/ledger-import`]) {
      for (const [headers, body] of bodies) {
        const res = await admin.request("POST", url, body, headers);
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.json().error.message).toMatch(CHINESE);
      }
    }
  });

  it("answers health and a normal read while a big extraction is in flight", async () => {
    const text = divisionTableText(1900) + "\n" + "推进教育优质均衡发展，".repeat(45_000); // ≈ 1.6 MB
    let extractionDone = false;
    const started = performance.now();
    const extraction = admin.post("/api/plans/import", { text, filename: "大方案.md" }).then((r) => {
      extractionDone = true;
      return r;
    });
    const t0 = performance.now();
    const health = await admin.get("/api/health");
    const healthMs = performance.now() - t0;
    const list = await admin.get("/api/plans");
    expect(health.statusCode).toBe(200);
    expect(list.statusCode).toBe(200);
    expect(extractionDone).toBe(false);
    const res = await extraction;
    console.log(`health answered in ${healthMs.toFixed(1)} ms while a ${mb(Buffer.byteLength(text))} extraction took ${Math.round(performance.now() - started)} ms`);
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe("the extraction pool", () => {
  let s: TestServer;
  let admin: TestClient;
  let dir: string;
  beforeAll(async () => {
    s = await makeTestServer({ name: "sqlite" });
    admin = await s.admin();
  });
  afterEach(() => {
    delete process.env.DUBAN_SOFFICE;
    configureExtractionPool(extractionPoolOptions());
    if (dir) {
      writeFileSync(join(dir, "release"), "");
      rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => s?.close());

  /** A stand-in for LibreOffice that records how many run at once and, if asked, waits for a release file. */
  function fakeSoffice(opts: { wait: boolean }) {
    dir = mkdtempSync(join(tmpdir(), "duban-fake-soffice-"));
    const script = join(dir, "soffice");
    writeFileSync(
      script,
      `#!/bin/sh
d="${dir}"
touch "$d/running.$$"
ls "$d" | grep -c '^running\\.' >> "$d/counts"
${opts.wait ? `while [ ! -f "$d/release" ]; do sleep 0.05; done` : "sleep 0.3"}
rm -f "$d/running.$$"
`,
    );
    chmodSync(script, 0o755);
    process.env.DUBAN_SOFFICE = script;
    return { counts: () => (existsSync(join(dir, "counts")) ? readFileSync(join(dir, "counts"), "utf8").trim().split("\n").map(Number) : []) };
  }

  const uploadDoc = (name: string) => {
    const mp = multipartBody("file", name, FAKE_DOC);
    return admin.request("POST", "/api/plans/import", mp.body, mp.headers);
  };

  it("runs eight parallel LibreOffice conversions at most two at a time", async () => {
    configureExtractionPool({ concurrency: 2, queueLimit: 16 });
    const soffice = fakeSoffice({ wait: false });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => uploadDoc(`旧格式${i}.doc`)));
    for (const a of answers) expect(a.statusCode, a.body).toBe(422); // the stand-in writes no output
    const counts = soffice.counts();
    console.log(`conversions at once: ${counts.join(", ")}`);
    expect(counts).toHaveLength(8);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
  });

  it("answers 503 in Chinese when the queue is full, and serves the queued job afterwards", async () => {
    configureExtractionPool({ concurrency: 1, queueLimit: 1 });
    fakeSoffice({ wait: true });
    const first = uploadDoc("一.doc");
    const second = uploadDoc("二.doc");
    const third = await uploadDoc("三.doc");
    expect(third.statusCode, third.body).toBe(503);
    expect(third.json().error).toMatchObject({ code: "EXTRACT_BUSY" });
    expect(third.json().error.message).toMatch(/繁忙/);
    writeFileSync(join(dir, "release"), "");
    expect((await first).statusCode).toBe(422);
    expect((await second).statusCode).toBe(422);
  });

  it("stops a job at its timeout, and one that exceeds its memory cap, without harming the server", async () => {
    configureExtractionPool({ concurrency: 1, queueLimit: 1, timeoutMs: 500 });
    fakeSoffice({ wait: true });
    const slow = await uploadDoc("慢.doc");
    expect(slow.statusCode, slow.body).toBe(422);
    expect(slow.json().error.code).toBe("EXTRACT_TIMEOUT");
    writeFileSync(join(dir, "release"), "");

    configureExtractionPool({ concurrency: 1, queueLimit: 1, memoryMb: 64 });
    const text = Buffer.from(divisionTableText(20_000).repeat(4));
    const mp = multipartBody("file", "巨大.md", text);
    const big = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    console.log(`${mb(text.length)} text with a 64 MB worker heap → ${big.statusCode} ${big.json().error?.code}`);
    expect([413, 422]).toContain(big.statusCode);
    expect(big.json().error.message).toMatch(CHINESE);
    expect((await admin.get("/api/health")).statusCode).toBe(200);
  });
});

describe("permission before the body", () => {
  let s: TestServer;
  let base: string;
  beforeAll(async () => {
    s = await makeTestServer({ name: "sqlite" });
    await s.app.listen({ port: 0, host: "127.0.0.1" });
    const addr = s.app.server.address() as { port: number };
    base = `http://127.0.0.1:${addr.port}`;
  });
  afterAll(async () => s?.close());

  /** Sends the headers and one 64 KB chunk of a body announced as `length` bytes, and waits for the answer. */
  function partialUpload(path: string, headers: Record<string, string>, length: number) {
    return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method: "POST", headers: { ...headers, "content-length": String(length) } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => {
          resolve({ status: res.statusCode!, body, connection: res.headers.connection });
          req.destroy();
        });
      });
      req.on("error", reject);
      req.write(Buffer.alloc(64 * 1024, 0x41)); // the rest is never sent: an answer proves it was not needed
    });
  }

  it("answers 401 to an anonymous upload and 403 to a viewer's, without reading the file", async () => {
    const multipart = { "content-type": "multipart/form-data; boundary=----x" };
    const json = { "content-type": "application/json" };
    for (const [path, headers] of [
      ["/api/plans/import", multipart], ["/api/plans/import", json], ["/api/import/directory", multipart], ["/api/plans/1/ledger-import", multipart],
    ] as const) {
      const res = await partialUpload(path, headers, 40 * 1024 * 1024);
      expect(res.status, `${path}: ${res.body}`).toBe(401);
      expect(JSON.parse(res.body).error.message).toBe("请先登录");
      expect(res.connection).toBe("close");
    }
    const viewer = await s.user({ username: "viewer1", name: "查看者", roles: ["viewer"] });
    const res = await partialUpload("/api/plans/import", { ...multipart, cookie: viewer.cookie, "x-csrf-token": viewer.csrf }, 40 * 1024 * 1024);
    expect(res.status, res.body).toBe(403);
  });
});
