// Issue 12: answers travel compressed (brotli or gzip, as the browser asks), and the web bundle's
// hashed files are cached for good while index.html is revalidated on every load.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestServer } from "../helpers/harness.js";

describe("compression and static caching", () => {
  let s: TestServer;
  const webDir = mkdtempSync(join(tmpdir(), "duban-web-"));
  const bundle = `console.log(${JSON.stringify("督办".repeat(2000))});\n`;

  beforeAll(async () => {
    mkdirSync(join(webDir, "assets"));
    writeFileSync(join(webDir, "index.html"), `<!doctype html><html><head><script src="/assets/index-3f9a1c.js"></script></head><body>${"<div></div>".repeat(200)}</body></html>`);
    writeFileSync(join(webDir, "assets", "index-3f9a1c.js"), bundle);
    s = await makeTestServer(dialects()[0], {}, { webDir });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it("compresses a JSON answer with brotli or gzip, and not for a client that does not ask", async () => {
    const admin = await s.admin();
    const plan = await admin.post("/api/plans/import", {
      text: `示例县教育局2026年工作要点\n一、提升质量\n${Array.from({ length: 30 }, (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。（责任股室：基础教育股）`).join("\n")}\n`,
      filename: "要点.txt",
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const url = `/api/plans/${plan.json().plan.id}/tasks`;
    const plain = await s.app.inject({ method: "GET", url, headers: { cookie: admin.cookie } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const json = plain.json();
    expect(json.items).toHaveLength(30);

    const br = await s.app.inject({ method: "GET", url, headers: { cookie: admin.cookie, "accept-encoding": "br, gzip" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString("utf8"))).toEqual(json);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gz = await s.app.inject({ method: "GET", url, headers: { cookie: admin.cookie, "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString("utf8"))).toEqual(json);
  });

  it("caches hashed assets for a year, revalidates index.html, and compresses both", async () => {
    const asset = await s.app.inject({ method: "GET", url: "/assets/index-3f9a1c.js", headers: { "accept-encoding": "gzip" } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(asset.rawPayload).toString("utf8")).toBe(bundle);

    for (const url of ["/", "/tasks?plan=1"]) {
      const page = await s.app.inject({ method: "GET", url, headers: { "accept-encoding": "br" } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers["cache-control"], url).toBe("no-cache");
      expect(page.headers["content-encoding"], url).toBe("br");
      expect(brotliDecompressSync(page.rawPayload).toString("utf8")).toContain("/assets/index-3f9a1c.js");
    }
  });
});
