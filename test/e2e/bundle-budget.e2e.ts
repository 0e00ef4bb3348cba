// The first-load JavaScript budget (docs: ≤ 600 kB gzipped). "First load" = the entry chunk and
// its static imports, plus the lazily loaded chunks of the first screen (login, or 工作台).
// Runs on the vite build from the global setup; needs no browser.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { launchBrowser, openPage, startTestServer } from "./harness.js";

const BUDGET_BYTES = 600 * 1024;
const distDir = resolve(import.meta.dirname, "../../dist/web");

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function loadManifest(): Manifest {
  return JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** Files loaded for a chunk: itself and its static imports, recursively. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function gzippedSize(manifest: Manifest, keys: Iterable<string>): number {
  let total = 0;
  for (const key of keys) total += gzipSync(readFileSync(join(distDir, manifest[key]!.file)), { level: 9 }).length;
  return total;
}

function chunkKeyOf(manifest: Manifest, sourceEnding: string): string {
  const key = Object.keys(manifest).find((candidate) => candidate.endsWith(sourceEnding));
  if (!key) throw new Error(`no chunk for ${sourceEnding} in the manifest`);
  return key;
}

describe("first-load JavaScript budget", () => {
  it.skipIf(!existsSync(join(distDir, ".vite/manifest.json")))("entry + first screen stay within 600 kB gzipped", () => {
    const manifest = loadManifest();
    const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
    expect(entryKey).toBeDefined();
    const entry = staticClosure(manifest, entryKey!);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    const report: Record<string, string> = { entry: kb(gzippedSize(manifest, entry)) };
    for (const [screen, source] of [
      ["login", "scenes/login/LoginPage.tsx"],
      ["dashboard", "scenes/dashboard/DashboardPage.tsx"],
      ["admin/users", "scenes/admin/users/UsersPage.tsx"],
    ] as const) {
      const files = new Set([...entry, ...staticClosure(manifest, chunkKeyOf(manifest, source))]);
      if (screen === "admin/users") for (const key of staticClosure(manifest, chunkKeyOf(manifest, "scenes/admin/AdminLayout.tsx"))) files.add(key);
      const size = gzippedSize(manifest, files);
      report[`entry + ${screen}`] = kb(size);
      expect(size, `first load with ${screen}`).toBeLessThanOrEqual(BUDGET_BYTES);
    }
    console.log("[bundle] gzipped first-load JS:", report);
  });

  // Issue 12: what a browser really transfers for the login page (HTML, scripts, styles, fonts,
  // images, the first API calls), compressed as the server sends it, counted by Chromium itself.
  it.skipIf(!existsSync(join(distDir, "index.html")))("the login page transfers at most 600 kB in Chromium", async () => {
    const server = await startTestServer();
    const browser = await launchBrowser();
    try {
      const page = await openPage(browser, server.url);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      let transferred = 0;
      const files: string[] = [];
      const urls = new Map<string, string>();
      cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
      cdp.on("Network.loadingFinished", (e) => {
        transferred += e.encodedDataLength;
        files.push(`${new URL(urls.get(e.requestId) ?? "about:blank").pathname} ${(e.encodedDataLength / 1024).toFixed(1)} kB`);
      });
      await page.goto("/");
      await page.getByLabel("用户名").waitFor();
      await page.waitForLoadState("networkidle");
      console.log(`[bundle] login page in Chromium: ${(transferred / 1024).toFixed(1)} kB transferred in ${files.length} responses`, files);
      expect(transferred).toBeLessThanOrEqual(BUDGET_BYTES);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
