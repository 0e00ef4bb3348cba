// Builds the web app (vite build → dist/web) once, unless dist/web is newer than every source file
// (scripts/build-web.mjs, the same check `npm start` makes).
// @ts-expect-error a plain ESM script without type declarations
import { buildWebAppIfStale } from "../../scripts/build-web.mjs";

export default function setup(): void {
  buildWebAppIfStale({ force: process.env.E2E_FORCE_BUILD === "1", label: "e2e" });
}
