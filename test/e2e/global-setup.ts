// Builds the web app (vite build → dist/web) once, unless dist/web is newer than every source file.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../..");
const builtIndex = join(repoRoot, "dist/web/index.html");
const sources = [join(repoRoot, "src/web"), join(repoRoot, "vite.config.ts"), join(repoRoot, "package-lock.json")];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

export default function buildWebAppIfStale(): void {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = Math.max(...sources.map(newestModification));
  if (builtAt > changedAt && process.env.E2E_FORCE_BUILD !== "1") {
    console.log("[e2e] dist/web is up to date; skipping vite build");
    return;
  }
  console.log("[e2e] building the web app (vite build)…");
  execFileSync(process.execPath, [join(repoRoot, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
    // The e2e run sets NODE_ENV=test; the bundle must still be a production build.
    env: { ...process.env, NODE_ENV: "production" },
  });
}
