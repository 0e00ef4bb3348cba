// Reports of units nobody can log in as (县委, 县法院 …): the task's liaison unit (牵头联络股室) files
// them on the unit's behalf (its clerk writes, its head submits), else the office; marked 代报 in the
// report, its history, the audit trail and the grid. Two sibling bureaus hold the same shapes, so a
// leak between them shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../src/server/commands/rounds/reminders.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { cityAdmin, countyBureau, type CountyBureau } from "../helpers/bureaus.js";

type B = "A" | "B";
const MARK: Record<B, string> = { A: "甲县", B: "乙县" };

interface Bureau extends CountyBureau {
  round: number;
  reports: Record<string, { id: number; version: number }>;
}

describe.each(dialects())("proxy reporting (代报) on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-21", 10);
  const w = {} as Record<B, Bureau>;
  let top: TestClient;

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 1_000_000, loginRatePerMinute: 1_000_000 }, { setup: false, clock: () => now });
    const city = await cityAdmin(s);
    top = city.top;
    for (const b of ["A", "B"] as B[]) {
      const bureau = await countyBureau(s, top, {
        mark: MARK[b], prefix: b.toLowerCase(), parentId: city.orgId, planTitle: "2026年教育工作分工方案",
        units: [["zf", "政策法规股", "department"], ["jj", "基础教育股", "department"], ["xw", "县委", "external"], ["fy", "县法院", "external"]],
        staffed: ["zf", "jj"],
        tasks: (ref) => ({
          T1: ["落实教育优先发展", { lead: [ref("xw", "县委")], co: [ref("jj", "基础教育股")], liaison: [ref("zf", "政策法规股")] }],
          T2: ["依法治校", { lead: [ref("fy", "县法院")] }],
          T3: ["推进学前教育", { lead: [ref("jj", "基础教育股")], liaison: [ref("zf", "政策法规股")] }],
        }),
      });
      w[b] = { ...bureau, round: 0, reports: {} };
    }
  }, 180_000);
  afterAll(async () => s?.close());

  it("warns before the round opens: which units have no accounts and who will file for them", async () => {
    for (const b of ["A", "B"] as B[]) {
      const res = await w[b].c.office.get(`/api/plans/${w[b].plan}/coverage`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const xw = body.units.find((u: any) => u.unitName === `${MARK[b]}县委`);
      const fy = body.units.find((u: any) => u.unitName === `${MARK[b]}县法院`);
      expect(xw).toMatchObject({ accounts: "none", reports: 1, byLiaison: 1, byOffice: 0, liaisonUnits: [`${MARK[b]}政策法规股`] });
      expect(fy).toMatchObject({ accounts: "none", reports: 1, byLiaison: 0, byOffice: 1 });
      expect(body.units.some((u: any) => u.unitName.includes("基础教育股"))).toBe(false);
      expect(body.reports).toBe(2);
      expect(res.body).not.toContain(MARK[b === "A" ? "B" : "A"]);
    }
    // The other bureau's plan does not exist for this office.
    expect((await w.B.c.office.get(`/api/plans/${w.A.plan}/coverage`)).statusCode).toBe(404);
  });

  it("opens the round: the grid says who files each report; the liaison unit and the office are told", async () => {
    for (const b of ["A", "B"] as B[]) {
      const res = await w[b].c.office.post(`/api/plans/${w[b].plan}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" });
      expect(res.statusCode, res.body).toBe(201);
      w[b].round = res.json().round.id;
      const grid = (await w[b].c.office.get(`/api/rounds/${w[b].round}/reports`)).json().items as any[];
      const at = (task: number, unit: string) => grid.find((r) => r.taskId === w[b].ids[task === 1 ? "T1" : task === 2 ? "T2" : "T3"] && r.unitId === w[b].units[unit]);
      expect(at(1, "xw").filer).toMatchObject({ kind: "liaison", unitName: `${MARK[b]}政策法规股`, accounts: "none" });
      expect(at(2, "fy").filer).toMatchObject({ kind: "office", unitId: null, accounts: "none" });
      expect(at(3, "jj").filer).toMatchObject({ kind: "self", accounts: "ok" });
      expect(at(1, "jj").filer.kind).toBe("self");
      w[b].reports = { xw: at(1, "xw"), fy: at(2, "fy"), jj3: at(3, "jj"), jj1: at(1, "jj") };
    }
    const zfBell = (await w.A.c.zf_staff.get("/api/notifications")).json().items as any[];
    const open = zfBell.find((n) => n.kind === "round.open");
    expect(open.body).toContain("甲县县委");
    expect(open.body).toContain("牵头联络股室");
    expect(open.body).not.toContain("乙县");
    const officeBell = (await w.A.c.office.get("/api/notifications")).json().items as any[];
    expect(officeBell.find((n) => n.kind === "round.open-office").body).toContain("甲县县法院");
    expect(JSON.stringify(officeBell)).not.toContain("乙县");
    // The liaison unit sees its tasks' reports in the grid (and the ones it files); not the office's.
    const liaisonGrid = (await w.A.c.zf_staff.get(`/api/rounds/${w.A.round}/reports`)).json().items as any[];
    expect(liaisonGrid.map((r) => r.id).sort()).toEqual([w.A.reports.xw.id, w.A.reports.jj1.id, w.A.reports.jj3.id].sort());
    // The to-do list of the liaison clerk holds the report to file for 县委; the office's the one for 县法院.
    const todos = (await w.A.c.zf_staff.get("/api/me/todos")).json();
    expect(todos.write.map((r: any) => r.id)).toContain(w.A.reports.xw.id);
    expect(todos.write.find((r: any) => r.id === w.A.reports.xw.id).proxy).toBe("liaison");
    expect((await w.A.c.office.get("/api/me/todos")).json().write.map((r: any) => r.id)).toEqual([w.A.reports.fy.id]);
    expect((await w.B.c.zf_staff.get(`/api/rounds/${w.A.round}/reports`)).statusCode).toBe(404);
  });

  it("the liaison clerk writes for 县委, its head submits, the leader approves; marked 代报 everywhere", async () => {
    const A = w.A;
    const r = A.reports.xw;
    // Nobody else writes it: not the co-unit (it does not even read the lead's report), not the office (a liaison unit can), not the other bureau's liaison.
    expect((await A.c.jj_staff.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(404);
    expect((await A.c.office.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(403);
    expect((await w.B.c.zf_staff.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(404);
    expect((await w.B.c.office.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    const saved = await A.c.zf_staff.request("PUT", `/api/reports/${r.id}`, { text: "县委常委会专题研究教育工作2次。", status: "on_track", version: r.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ filedAs: "liaison", filedByUnitName: "甲县政策法规股", can: { filing: "liaison", write: true, submit: false } });
    // Its head is told the draft is ready.
    const headBell = (await A.c.zf_head.get("/api/notifications")).json().items as any[];
    expect(headBell.some((n) => n.kind === "report.draft-ready" && n.link === `/reports/${r.id}` && n.body.includes("甲县政策法规股代甲县县委填报"))).toBe(true);
    expect((await A.c.zf_staff.post(`/api/reports/${r.id}/submit`, { version: saved.json().version })).statusCode).toBe(403);
    const submitted = await A.c.zf_head.post(`/api/reports/${r.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const detail = submitted.json();
    expect(detail.state).toBe("submitted");
    expect(detail.events.map((e: any) => e.proxy)).toEqual(["甲县政策法规股代甲县县委填报", "甲县政策法规股代甲县县委填报"]);
    const leaderBell = (await A.c.leader.get("/api/notifications")).json().items as any[];
    expect(leaderBell.some((n) => n.kind === "report.to-approve" && n.link === `/reports/${r.id}`)).toBe(true);
    const approved = await A.c.leader.post(`/api/reports/${r.id}/approve`, { version: detail.version });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: "approved", filedAs: "liaison" });
    expect((await A.c.zf_staff.get("/api/notifications")).json().items.some((n: any) => n.kind === "report.approved" && n.link === `/reports/${r.id}`)).toBe(true);
    // The audit trail names who filed and for whom.
    const audit = (await top.get("/api/audit?action=report.submit&pageSize=50")).json();
    const ev = audit.items.find((e: any) => String(e.entityId) === String(r.id));
    expect(JSON.stringify(ev)).toContain("甲县县委");
    expect(JSON.stringify(ev)).toContain("甲县政策法规股");
    // The grid shows it filed by the liaison unit.
    const grid = (await A.c.office.get(`/api/rounds/${A.round}/reports`)).json().items as any[];
    expect(grid.find((x) => x.id === r.id)).toMatchObject({ filedAs: "liaison", filedByUnitName: "甲县政策法规股" });
  });

  it("the office files for a unit no liaison unit can answer; a return comes back to the office", async () => {
    const A = w.A;
    const r = A.reports.fy;
    // A unit clerk of another unit cannot, the other bureau's office cannot see it.
    expect((await A.c.zf_staff.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(404);
    expect((await w.B.c.office.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(404);
    const saved = await A.c.office.request("PUT", `/api/reports/${r.id}`, { text: "县法院开展法治进校园活动3场。", status: "on_track", version: r.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ filedAs: "office", filedByUnitName: "办公室", can: { filing: "office", submit: true } });
    const submitted = await A.c.office.post(`/api/reports/${r.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const returned = await A.c.leader.post(`/api/reports/${r.id}/return`, { version: submitted.json().version, comment: "请补充具体场次" });
    expect(returned.statusCode, returned.body).toBe(200);
    expect((await A.c.office.get("/api/notifications")).json().items.some((n: any) => n.kind === "report.returned" && n.link === `/reports/${r.id}`)).toBe(true);
    expect((await w.B.c.office.get("/api/notifications")).json().items.some((n: any) => n.link === `/reports/${r.id}`)).toBe(false);
  });

  it("overdue reminders reach whoever files for a unit without accounts", async () => {
    now = shanghaiInstant("2026-03-27", 9);
    await runReminders(s.database, now);
    // A: 县委's report went on; 县法院's (returned) is the office's. B: nothing was filed — its liaison clerk is chased for 县委.
    const bBell = (await w.B.c.zf_staff.get("/api/notifications")).json().items as any[];
    expect(bBell.some((n) => n.kind === "remind.overdue" && n.link === `/reports/${w.B.reports.xw.id}` && n.body.includes("乙县政策法规股代乙县县委填报"))).toBe(true);
    expect(bBell.some((n) => n.link === `/reports/${w.A.reports.xw.id}`)).toBe(false);
    const aOffice = (await w.A.c.office.get("/api/notifications")).json().items as any[];
    expect(aOffice.some((n) => n.kind === "remind.overdue" && n.link === `/reports/${w.A.reports.fy.id}`)).toBe(true);
    now = shanghaiInstant("2026-03-21", 10);
  });

  it("a unit that gets a head files for itself again: the liaison unit no longer writes its report", async () => {
    const B = w.B;
    const password = "Pw#2026Head1Zz";
    expect((await top.post("/api/users", { orgId: B.org, username: "b_xw_head", name: "乙县县委联络人", roles: ["unit_head"], password, unitId: B.units.xw })).statusCode).toBe(201);
    const r = (await B.c.office.get(`/api/rounds/${B.round}/reports`)).json().items.find((x: any) => x.id === B.reports.xw.id);
    expect(r.filer).toMatchObject({ kind: "self", accounts: "ok" });
    expect((await B.c.zf_staff.request("PUT", `/api/reports/${r.id}`, { text: "x", version: r.version })).statusCode).toBe(403);
  });
});
