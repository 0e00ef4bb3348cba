// Login under attack: parallel guesses, a spoofed X-Forwarded-For, and what the answer gives away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestServer } from "../helpers/harness.js";
import { MAX_FAILED_LOGINS } from "../../src/server/commands/accounts.js";

const RIGHT = "Lk#2026right";

describe.each(dialects())("login hardening on $name", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await makeTestServer(dialect, { loginRatePerMinute: 10_000 });
  });
  afterAll(async () => s?.close());

  async function account(username: string) {
    const admin = await s.admin();
    const res = await admin.post("/api/users", { username, name: username, roles: ["unit_staff"], password: RIGHT });
    expect(res.statusCode, res.body).toBe(201);
  }
  const row = (username: string) =>
    s.database.db.selectFrom("users").select(["failed_logins", "locked_until"]).where("username", "=", username).executeTakeFirstOrThrow();

  it("50 parallel wrong passwords: exactly five are tried, then the right one is refused while locked", async () => {
    await account("burst");
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => s.client().login("burst", `Wrong#${i}pw`)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(401));
    const after = await row("burst");
    console.log(`login burst (${dialect.name}): 50 parallel wrong → ${after.failed_logins} tried before the lock`);
    expect(after.failed_logins).toBe(MAX_FAILED_LOGINS);
    expect(Date.parse(after.locked_until!)).toBeGreaterThan(Date.now());
    const right = await s.client().login("burst", RIGHT);
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe("INVALID_CREDENTIALS");
    const locks = await s.database.db.selectFrom("audit_events").select("seq").where("action", "=", "user.lock").where("entity_id", "=", String((await s.database.db.selectFrom("users").select("id").where("username", "=", "burst").executeTakeFirstOrThrow()).id)).execute();
    expect(locks).toHaveLength(1);
  });

  it("the right password hidden in a burst of 30 wrong ones does not get in once the account is locked", async () => {
    await account("hidden");
    const attempts = Array.from({ length: 30 }, (_, i) => (i === 20 ? RIGHT : `Wrong#${i}pw`));
    const answers = await Promise.all(attempts.map((pw) => s.client().login("hidden", pw)));
    const wins = answers.filter((a) => a.statusCode === 200).length;
    // Only a try within the first five could succeed; once locked, nothing does.
    expect(wins).toBeLessThanOrEqual(1);
    const after = await row("hidden");
    if (!wins) {
      expect(after.failed_logins).toBe(MAX_FAILED_LOGINS);
      expect((await s.client().login("hidden", RIGHT)).statusCode).toBe(401);
    }
    // Locked for sure now: five more wrong, then the right one.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await s.client().login("hidden", "Wrong#again1");
    expect((await s.client().login("hidden", RIGHT)).statusCode).toBe(401);
    expect(Date.parse((await row("hidden")).locked_until!)).toBeGreaterThan(Date.now());
  });

  it("answers a locked account exactly as an unknown one", async () => {
    await account("lockme");
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await s.client().login("lockme", "Wrong#pw123");
    const locked = await s.client().login("lockme", RIGHT);
    const unknown = await s.client().login("nobody-here", RIGHT);
    const wrong = await s.client().login("admin", "Wrong#pw123");
    for (const r of [locked, unknown, wrong]) {
      expect(r.statusCode).toBe(401);
      expect(r.json()).toEqual(unknown.json());
    }
    expect(Object.keys(locked.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
  });
});

describe("the per-address login limit and X-Forwarded-For", () => {
  const sqlite = dialects()[0];

  it("a different X-Forwarded-For on each request does not reset the limit (no proxy trusted)", async () => {
    const s = await makeTestServer(sqlite, { loginRatePerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await s.client().request("POST", "/api/auth/login", { username: "admin", password: "x" }, { "x-forwarded-for": `203.0.113.${i + 1}` });
        codes.push(r.statusCode);
      }
      console.log(`login limit with spoofed X-Forwarded-For: ${codes.join(",")}`);
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429, 429]);
    } finally {
      await s.close();
    }
  });

  it("behind a trusted proxy (DUBAN_TRUST_PROXY) the forwarded client address is the one limited", async () => {
    const s = await makeTestServer(sqlite, { loginRatePerMinute: 2, trustProxy: ["127.0.0.1"] });
    try {
      const from = (ip: string) => s.client().request("POST", "/api/auth/login", { username: "admin", password: "x" }, { "x-forwarded-for": ip });
      expect((await from("198.51.100.1")).statusCode).toBe(401);
      expect((await from("198.51.100.1")).statusCode).toBe(401);
      expect((await from("198.51.100.1")).statusCode).toBe(429);
      expect((await from("198.51.100.2")).statusCode).toBe(401);
    } finally {
      await s.close();
    }
  });
});
