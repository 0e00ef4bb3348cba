// The bell (perf12): one statement answers a page with its unread count beside it; the count stops at
// the badge's "99+"; bodies come cut to what the bell shows; an older page past the last still counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { BODY_EXCERPT, UNREAD_CAP } from "../../src/server/routes/me.js";

describe.each(dialects())("the bell on $name", (dialect) => {
  let s: TestServer;
  let clerk: TestClient;
  let other: TestClient;
  let me: number;

  const add = async (userId: number, n: number, opts: { read?: boolean; body?: (i: number) => string; from?: number } = {}) => {
    const rows = Array.from({ length: n }, (_, k) => {
      const i = (opts.from ?? 0) + k;
      return {
        user_id: userId, kind: "remind.overdue", title: `通知${i}`, body: opts.body?.(i) ?? `正文${i}`, link: `/reports/${i}`,
        dedupe_key: `bell-test:${userId}:${i}`, created_at: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString(), read_at: opts.read ? "2026-03-02T00:00:00.000Z" : null,
      };
    });
    await s.database.db.insertInto("notifications").values(rows).execute();
  };
  const bell = async (c: TestClient, query = "") => {
    const res = await c.get(`/api/notifications${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: number; title: string; body: string; read: boolean }[]; unread: number; nextBefore: number | null };
  };

  beforeAll(async () => {
    // Without the response cache: each ask below reads the database.
    s = await makeTestServer(dialect, { responseCacheMB: 0 });
    const admin = await s.admin();
    const unit = (await admin.post("/api/units", { name: "基础教育股", kind: "department" })).json().id as number;
    clerk = await s.user({ username: "jj_staff", name: "基教经办", roles: ["unit_staff"], unitId: unit });
    other = await s.user({ username: "jj_head", name: "基教负责人", roles: ["unit_head"], unitId: unit });
    me = (await clerk.get("/api/auth/me")).json().user.id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("counts unread notices beside the page, as far as the badge's 99+ and no further", async () => {
    expect(await bell(clerk)).toEqual({ items: [], unread: 0, nextBefore: null });
    await add(me, 3, { read: true });
    await add(me, 2, { from: 3 });
    const some = await bell(clerk);
    expect(some.unread).toBe(2);
    expect(some.items.map((n) => [n.title, n.read])).toEqual([["通知4", false], ["通知3", false], ["通知2", true], ["通知1", true], ["通知0", true]]);
    // Only unread ones: the same count.
    expect((await bell(clerk, "?unread=1")).items.map((n) => n.title)).toEqual(["通知4", "通知3"]);
    await add(me, UNREAD_CAP + 30, { from: 5 });
    const many = await bell(clerk, "?limit=10");
    expect(many.items).toHaveLength(10);
    expect(many.unread).toBe(UNREAD_CAP);
    // Someone else's notices are not counted, nor shown.
    const theirs = await bell(other);
    expect(theirs).toEqual({ items: [], unread: 0, nextBefore: null });
  });

  it("pages back to the end, an empty older page still carrying the count", async () => {
    const seen: number[] = [];
    let before: number | null = null;
    let unread = -1;
    do {
      const page = await bell(clerk, `?limit=50${before ? `&before=${before}` : ""}`);
      seen.push(...page.items.map((n) => n.id));
      unread = page.unread;
      before = page.nextBefore;
    } while (before);
    expect(seen).toHaveLength(5 + UNREAD_CAP + 30);
    expect(unread).toBe(UNREAD_CAP);
    const past = await bell(clerk, `?before=${Math.min(...seen)}`);
    expect(past).toEqual({ items: [], unread: UNREAD_CAP, nextBefore: null });
  });

  it("answers a body cut to what the bell shows, whole when it is short", async () => {
    const long = (i: number) => `第${i}条：${"督促落实整改要求。".repeat(40)}`;
    const mixed = (i: number) => `${i}号 ${"😀".repeat(BODY_EXCERPT + 5)}`;
    const exact = () => "字".repeat(BODY_EXCERPT);
    await add(me, 1, { from: 1000, body: long });
    await add(me, 1, { from: 1001, body: mixed });
    await add(me, 1, { from: 1002, body: exact });
    const [e, m, l] = (await bell(clerk, "?limit=3")).items;
    expect(e.body).toBe(exact());
    expect(l.body).toBe(`${Array.from(long(1000)).slice(0, BODY_EXCERPT).join("")}…`);
    expect(Array.from(m.body)).toHaveLength(BODY_EXCERPT + 1);
    expect(m.body.endsWith("😀…")).toBe(true);
  });
});
