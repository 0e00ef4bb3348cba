// Walks every route of the route table × every role: a route the policy table does not allow
// must answer 403, and one it allows must not. A new route cannot escape this test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "../src/server/routes/index.js";
import { PERMISSIONS, ROLES, hasPermission, type Role } from "../src/server/policies/index.js";
import { makeTestServer, type TestClient, type TestServer } from "./helpers/harness.js";

describe("route × role policy matrix", () => {
  let s: TestServer;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    s = await makeTestServer({ name: "sqlite" });
    const admin = await s.admin();
    for (const role of ROLES) {
      const password = `Pw#2026Xq${role.length}`;
      const res = await admin.post("/api/users", { username: `u_${role}`, name: role, roles: [role], password });
      expect(res.statusCode).toBe(201);
      const c = s.client();
      expect((await c.login(`u_${role}`, password)).statusCode).toBe(200);
      const changed = await c.post("/api/auth/password", { currentPassword: password, newPassword: `Nw#2026Yz${role.length}` });
      expect(changed.statusCode, changed.body).toBe(200);
      clients.set(role, c);
    }
  });
  afterAll(async () => s?.close());

  it("every route names an access rule from the policy table", () => {
    for (const r of allRoutes) {
      expect(r.access === "public" || r.access === "session" || r.access in PERMISSIONS, `${r.method} ${r.url}`).toBe(true);
    }
  });

  // Logout ends the session the other calls use, so it goes last.
  const endsSession = (r: (typeof allRoutes)[number]) => (r.url === "/api/auth/logout" ? 1 : 0);
  const protectedRoutes = allRoutes.filter((r) => r.access !== "public").sort((a, b) => endsSession(a) - endsSession(b));
  it.each(protectedRoutes.map((r) => [`${r.method} ${r.url}`, r] as const))("%s", async (_name, r) => {
    const url = r.url.replace(/:(\w+)/g, "999999");
    for (const role of ROLES) {
      const res = await clients.get(role)!.request(r.method, url, r.method === "GET" ? undefined : {});
      const allowed = r.access === "session" || hasPermission([role], r.access as keyof typeof PERMISSIONS);
      if (allowed) expect(res.statusCode, `${role} should pass the policy of ${r.method} ${url}: ${res.body}`).not.toBe(403);
      else {
        expect(res.statusCode, `${role} must be refused ${r.method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe("FORBIDDEN");
      }
    }
    // Without a session every protected route answers 401.
    expect((await s.client().request(r.method, url, r.method === "GET" ? undefined : {})).statusCode).toBe(401);
  });
});
