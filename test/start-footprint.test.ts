// What the server loads at start (perf13): each module is resident memory for the life of the process
// (a package's ESM files cost more under tsx, which runs the server), so the libraries only some requests
// use are imported on first use — the DOCX and XLSX writers, the mail sender, the search dictionary, the
// extraction engine (it runs in worker threads). Loads src/server/start.ts in a child process and lists
// every module it resolved.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { serverFlagsOf } from "./helpers/server-flags.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const hook = `export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  process.stderr.write("LOADED " + r.url + "\\n");
  return r;
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;

function loadedAtStart(): string[] {
  const run = spawnSync(process.execPath, [
    "--import", "tsx", "--import", `data:text/javascript,${encodeURIComponent(register)}`,
    "--input-type=module", "-e", `await import(${JSON.stringify(new URL("../src/server/start.ts", import.meta.url).href)});`,
  ], { cwd: root, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  expect(run.status, run.stderr).toBe(0);
  return [...new Set(run.stderr.split("\n").filter((l) => l.startsWith("LOADED ")).map((l) => l.slice(7)))];
}

const LATER_PACKAGES = ["docx", "exceljs", "nodemailer", "@node-rs/jieba", "pdfjs-dist", "mammoth", "htmlparser2", "saxes", "iconv-lite"];
const LATER_SOURCES = ["src/extract/pipeline.ts", "src/extract/readers/index.ts", "src/extract/readers/legacy.ts", "src/export/bulletin-docx.ts", "src/export/finding-docx.ts"];

describe("the server at start", () => {
  it("loads none of the libraries and engine parts only some requests need", () => {
    const loaded = loadedAtStart();
    expect(loaded.some((u) => u.endsWith("/src/server/app.ts"))).toBe(true);
    const packages = new Set(loaded.filter((u) => u.includes("/node_modules/")).map((u) => {
      const [a, b] = u.split("/node_modules/").at(-1)!.split("/");
      return a.startsWith("@") ? `${a}/${b}` : a;
    }));
    expect(LATER_PACKAGES.filter((p) => packages.has(p))).toEqual([]);
    expect(LATER_SOURCES.filter((s) => loaded.some((u) => u.endsWith(`/${s}`)))).toEqual([]);
  }, 60_000);
});

// The young generation (xrss15): V8's default lets each of its two semi-spaces grow to 16 MB (48 MB of
// new space in all) under load; 4 MB semi-spaces keep it near 12 MB. Node flags cannot be set from
// inside the process, so each way of starting the server names them: `npm start`, `npm run dev`, the
// README's systemd unit (bench:api and the figures read them from `npm start`: helpers/server-flags.ts).
describe("the server's Node flags", () => {
  it("are the same wherever the server is started", () => {
    const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    const unit = /^ExecStart=(.*)$/m.exec(readFileSync(join(root, "README.md"), "utf8"))?.[1] ?? "";
    expect(serverFlagsOf(scripts.start)).toBe("--max-semi-space-size=4");
    expect(serverFlagsOf(scripts.dev)).toBe(serverFlagsOf(scripts.start));
    expect(serverFlagsOf(unit)).toBe(serverFlagsOf(scripts.start));
  });
});
