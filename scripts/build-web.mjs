// Builds the web app (vite build → dist/web) unless dist/web is newer than every source it is made
// from: `npm start` calls it (a restart does not rebuild an up-to-date bundle), and so does the e2e
// global setup. `node scripts/build-web.mjs --force` (or `npm run build:web`) always builds.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const repoRoot = resolve(import.meta.dirname, "..");
const builtIndex = join(repoRoot, "dist/web/index.html");
const sources = ["src/web", "src/shared", "vite.config.ts", "package-lock.json", "tsconfig.json"].map((p) => join(repoRoot, p));

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** True when dist/web is older than a source (or missing). */
export function webAppStale() {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  return builtAt <= Math.max(...sources.map(newestModification));
}

export function buildWebAppIfStale({ force = false, label = "duban" } = {}) {
  if (!force && !webAppStale()) {
    console.log(`[${label}] dist/web is up to date; skipping vite build`);
    return false;
  }
  console.log(`[${label}] building the web app (vite build)…`);
  execFileSync(process.execPath, [join(repoRoot, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
    // Whatever NODE_ENV the caller runs with (the e2e run sets test), the bundle is a production build.
    env: { ...process.env, NODE_ENV: "production" },
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  buildWebAppIfStale({ force: process.argv.includes("--force") });
}
