// The response cache (src/server/responseCache.ts) keys an answer by what its handler read of the
// caller through the guarded `user`. A cached handler that reached the caller another way (the request's
// session or headers, the reply) would be answered from another caller's entry: every cached route
// must take only ctx, user, query and params, and be a GET.
import { describe, expect, it } from "vitest";
import { allRoutes } from "../src/server/routes/index.js";

const ALLOWED = new Set(["ctx", "user", "query", "params"]);

/** The names a handler destructures from its one argument, or null when it takes the argument whole. */
function destructured(handler: Function): string[] | null {
  const source = handler.toString();
  const m = /^(?:async\s+)?(?:function\s*)?[\w$]*\s*\(\s*\{([^}]*)\}\s*\)/.exec(source);
  if (!m) return /^(?:async\s+)?(?:function\s*)?[\w$]*\s*\(\s*\)/.test(source) ? [] : null;
  return m[1].split(",").map((p) => p.split(":")[0].trim()).filter(Boolean);
}

describe("cached routes read the caller only through the guarded user", () => {
  const cached = allRoutes.filter((r) => r.cached);
  it("there are cached routes", () => expect(cached.length).toBeGreaterThan(5));
  it.each(cached.map((r) => [`${r.method} ${r.url}`, r] as const))("%s", (_name, r) => {
    expect(r.method).toBe("GET");
    const names = destructured(r.handler);
    expect(names, `the handler of ${r.url} must destructure its argument`).not.toBeNull();
    for (const n of names!) expect(ALLOWED.has(n), `${r.url} reads ${n}`).toBe(true);
  });
});
