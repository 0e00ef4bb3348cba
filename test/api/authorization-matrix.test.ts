// Figure 1 of issue 10: every route of the route table × every role × where the caller sits
// relative to the record (own unit / other unit of the same bureau / sibling bureau / upper org),
// against a real server with a province → city → two sibling counties, data in both counties.
// The expected answers come from the small declarative policy below (the rules of PRODUCT.md as
// the issue states them), never from the server's own access functions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import { allRoutes } from "../../src/server/routes/index.js";
import { PERMISSIONS, type Permission } from "../../src/server/policies/index.js";
import { setUp } from "../../src/server/commands/accounts.js";
import { addDays, localDay } from "../../src/server/clock.js";
import { dialects, makeTestServer, multipartBody, TestClient, type TestServer } from "../helpers/harness.js";

// ---- the policy, stated for the test ------------------------------------------------------------

type Bureau = "P" | "C" | "A" | "B";
type Role = "admin" | "office" | "unit_staff" | "unit_head" | "leader" | "director" | "viewer";
type UnitKey = "u1" | "u2" | "u3" | "x1" | "x2";
const PARENT: Record<Bureau, Bureau | null> = { P: null, C: "P", A: "C", B: "C" };
const MARK: Record<Bureau, string> = { P: "丁省", C: "丙市", A: "甲县", B: "乙县" };
const ORG_NAME: Record<Bureau, string> = { P: "丁省教育厅", C: "丙市教育局", A: "甲县教育局", B: "乙县教育局" };
const LEVEL: Record<Bureau, "province" | "city" | "county"> = { P: "province", C: "city", A: "county", B: "county" };
const BUREAUS: Bureau[] = ["P", "C", "A", "B"];

const ancestors = (b: Bureau): Bureau[] => (PARENT[b] ? [PARENT[b]!, ...ancestors(PARENT[b]!)] : []);
/** `upper` sits above `b` in the org tree. */
const isAbove = (upper: Bureau, b: Bureau) => ancestors(b).includes(upper);

/** Upper orgs read the bureaus below them (roll-up) with these roles, and never write there. */
const READS_WORK_BELOW: Role[] = ["director", "viewer"];
/** An upper org's admin sets up and administers the bureaus below its own (orgs, units, accounts). */
const ADMINISTERS_BELOW: Role[] = ["admin"];
const READS_DIRECTORY_BELOW: Role[] = ["director", "viewer", "admin"];
const UNIT_ROLES: Role[] = ["unit_staff", "unit_head"];
const OVERSEERS: Role[] = ["office", "admin", "director", "viewer"];

interface Caller {
  key: string;
  bureau: Bureau;
  role: Role;
  unit: UnitKey | null;
  id: number;
  client: TestClient;
}

const relation = (c: Caller, b: Bureau) => (c.bureau === b ? "own" : isAbove(c.bureau, b) ? "upper" : "none");
const workRead = (c: Caller, b: Bureau) => relation(c, b) === "own" || (relation(c, b) === "upper" && READS_WORK_BELOW.includes(c.role));
const workWrite = (c: Caller, b: Bureau) => relation(c, b) === "own";
const directoryRead = (c: Caller, b: Bureau) => relation(c, b) === "own" || (relation(c, b) === "upper" && READS_DIRECTORY_BELOW.includes(c.role));
const directoryWrite = (c: Caller, b: Bureau) => relation(c, b) === "own" || (relation(c, b) === "upper" && ADMINISTERS_BELOW.includes(c.role));
/** The org tree shows one's own bureau, the ones above it and the ones below; never a sibling's. */
const orgVisible = (c: Caller, b: Bureau) => c.bureau === b || isAbove(c.bureau, b) || isAbove(b, c.bureau);

/**
 * `filer`: who files the report — the unit itself (it has a head), or on its behalf (代报) the task's
 * liaison unit (it has a head), else the office. `liaison`: the task's liaison unit, which follows it.
 */
interface ReportT {
  bureau: Bureau; unit: UnitKey; role: "lead" | "co"; state: "draft" | "submitted" | "merged"; leadUnit: UnitKey; submitter?: string;
  liaison?: UnitKey; filer: "self" | "liaison" | "office";
}
const inUnit = (c: Caller, unit: UnitKey) => UNIT_ROLES.includes(c.role) && c.unit === unit;
/** Files the report on behalf of its unit: the liaison unit's staff and head, or the office. */
const proxyFiler = (c: Caller, r: ReportT) =>
  relation(c, r.bureau) === "own" && (r.filer === "liaison" ? !!r.liaison && inUnit(c, r.liaison) : r.filer === "office" && c.role === "office");
const isTaskLeader = (c: Caller, b: Bureau) => c.bureau === b && c.role === "leader"; // the bureau's leader leads every test task

function reportRead(c: Caller, r: ReportT) {
  const rel = relation(c, r.bureau);
  if (rel === "none") return false;
  if (rel === "upper") return READS_WORK_BELOW.includes(c.role);
  if (inUnit(c, r.unit) || proxyFiler(c, r)) return true;
  // The lead unit and the liaison unit see the co-units' input once sent, never their unsent drafts.
  if (inUnit(c, r.leadUnit) || (r.liaison && inUnit(c, r.liaison))) return r.role === "lead" || r.state === "submitted" || r.state === "merged";
  return isTaskLeader(c, r.bureau) || OVERSEERS.includes(c.role);
}
const reportWrite = (c: Caller, r: ReportT) => relation(c, r.bureau) === "own" && (inUnit(c, r.unit) || proxyFiler(c, r)) && r.state === "draft";
/** The unit's head submits; for a proxy filing the liaison unit's head, or the office itself. */
const reportSubmit = (c: Caller, r: ReportT) => reportWrite(c, r) && (c.role === "unit_head" || (r.filer === "office" && c.role === "office"));
const reportDecide = (c: Caller, r: ReportT) =>
  relation(c, r.bureau) === "own" && r.role === "lead" && r.state === "submitted" && (isTaskLeader(c, r.bureau) || c.role === "director") && r.submitter !== c.key;

interface SummaryT { bureau: Bureau; scope: "unit" | "leader"; unit?: UnitKey; state: "draft" | "submitted"; leadsTasksOfUnit: boolean; editors: string[] }
const summaryOwner = (c: Caller, s: SummaryT) => relation(c, s.bureau) === "own" && (s.scope === "unit" ? inUnit(c, s.unit!) : c.role === "leader");
const summaryApprover = (c: Caller, s: SummaryT) => relation(c, s.bureau) === "own" && (c.role === "director" || (s.scope === "unit" && c.role === "leader" && s.leadsTasksOfUnit));
function summaryRead(c: Caller, s: SummaryT) {
  const rel = relation(c, s.bureau);
  if (rel === "none") return false;
  if (rel === "upper") return READS_WORK_BELOW.includes(c.role);
  return summaryOwner(c, s) || OVERSEERS.includes(c.role) || summaryApprover(c, s);
}
const summaryWrite = (c: Caller, s: SummaryT) => s.state === "draft" && (summaryOwner(c, s) || (relation(c, s.bureau) === "own" && c.role === "office"));
const summarySubmit = (c: Caller, s: SummaryT) => s.state === "draft" && summaryOwner(c, s) && (s.scope === "leader" || c.role === "unit_head");
const summaryDecide = (c: Caller, s: SummaryT) => s.state === "submitted" && summaryApprover(c, s) && !s.editors.includes(c.key);
/** Who writes a quarterly summary: the office for any unit or leader, a unit for itself, a leader for themself. */
function summaryCreate(c: Caller, b: Bureau, input: { scope: "unit" | "leader"; unit?: UnitKey; self?: boolean }) {
  if (relation(c, b) !== "own") return false;
  if (c.role === "office" || c.role === "admin") return true;
  return input.scope === "unit" ? inUnit(c, input.unit!) : c.role === "leader" && !!input.self;
}

/** Findings: the office and admin of the bureau manage them, the assigned unit reports, leaders and overseers read. */
interface FindingT { bureau: Bureau; unit: UnitKey }
function findingRead(c: Caller, f: FindingT) {
  const rel = relation(c, f.bureau);
  if (rel === "none") return false;
  if (rel === "upper") return READS_WORK_BELOW.includes(c.role);
  return inUnit(c, f.unit) || OVERSEERS.includes(c.role) || c.role === "leader";
}
const findingManage = (c: Caller, f: FindingT) => relation(c, f.bureau) === "own" && (c.role === "office" || c.role === "admin");
const findingReport = (c: Caller, f: FindingT) => relation(c, f.bureau) === "own" && inUnit(c, f.unit);
const findingUpload = (c: Caller, f: FindingT) => findingManage(c, f) || findingReport(c, f);

/** Bulletins: the office and admin write and publish them, leaders and the director approve, the bureau reads the published ones. */
interface BulletinT { bureau: Bureau; state: "draft" | "published" }
function bulletinRead(c: Caller, x: BulletinT) {
  const rel = relation(c, x.bureau);
  if (rel === "none") return false;
  if (rel === "upper") return READS_WORK_BELOW.includes(c.role) && x.state === "published";
  return x.state === "published" || OVERSEERS.includes(c.role) || c.role === "leader";
}
const bulletinManage = (c: Caller, x: BulletinT) => relation(c, x.bureau) === "own" && (c.role === "office" || c.role === "admin");
const bulletinApprove = (c: Caller, x: BulletinT) => relation(c, x.bureau) === "own" && (c.role === "leader" || c.role === "director");

const hasPermission = (role: Role, access: string) =>
  access === "public" || access === "session" || (PERMISSIONS[access as Permission] as readonly string[]).includes(role);

// ---- probes: one or more requests per route -------------------------------------------------------

/** ok: the policy allows it; denied: refused although the caller can see the record (403 or 404); hidden: 404. */
type Verdict = "ok" | "denied" | "hidden";
const verdict = (allowed: boolean, visible: boolean): Verdict => (allowed ? "ok" : visible ? "denied" : "hidden");

interface Case {
  label: string;
  url: string;
  body?: unknown;
  upload?: { filename: string; data: Buffer };
  expect(c: Caller): Verdict;
  /** Before the request (a fresh record for a delete). */
  prepare?(c: Caller): Promise<string | void>;
  /** Extra checks on the answer: text that must (not) be in it. */
  check?(c: Caller, res: LightMyRequestResponse, allowed: boolean): string | null;
}

interface World {
  s: TestServer;
  callers: Caller[];
  org: Record<Bureau, number>;
  unit: Record<Bureau, Record<UnitKey, number>>;
  ids: Record<string, number>;
  quarter: string;
  clients: Record<string, TestClient>;
}

const OK_READ = [200];
const OK_WRITE = [200, 201, 204, 400, 409, 413, 415, 422];

function leakCheck(visible: (c: Caller, b: Bureau) => boolean, mustShow = true) {
  return (c: Caller, res: LightMyRequestResponse) => {
    const problems: string[] = [];
    for (const b of BUREAUS) {
      const shown = res.body.includes(MARK[b]);
      if (shown && !visible(c, b)) problems.push(`shows ${MARK[b]}`);
      if (mustShow && !shown && visible(c, b)) problems.push(`misses ${MARK[b]}`);
    }
    return problems.length ? problems.join(", ") : null;
  };
}

function probes(w: World): Record<string, Case[]> {
  const id = w.ids;
  const A = "A" as const;
  const tiny = Buffer.from("佐证材料");
  let n = 0;
  const uniq = () => `${++n}`;
  const reports: Record<string, ReportT> = {
    T1lead: { bureau: A, unit: "u1", role: "lead", state: "draft", leadUnit: "u1", liaison: "u3", filer: "self" },
    T1co: { bureau: A, unit: "u2", role: "co", state: "draft", leadUnit: "u1", liaison: "u3", filer: "self" },
    T3co: { bureau: A, unit: "u2", role: "co", state: "submitted", leadUnit: "u1", filer: "self" },
    T2lead: { bureau: A, unit: "u2", role: "lead", state: "submitted", leadUnit: "u2", submitter: "A.u2_head", filer: "self" },
    T2co: { bureau: A, unit: "u1", role: "co", state: "merged", leadUnit: "u2", filer: "self" },
    // x1 and x2 have no accounts: x1's report is filed by the task's liaison unit u3, x2's by the office.
    T4lead: { bureau: A, unit: "x1", role: "lead", state: "draft", leadUnit: "x1", liaison: "u3", filer: "liaison" },
    T4co: { bureau: A, unit: "x2", role: "co", state: "draft", leadUnit: "x1", liaison: "u3", filer: "liaison" },
    T5lead: { bureau: A, unit: "x2", role: "lead", state: "draft", leadUnit: "x2", filer: "office" },
  };
  const summaries: Record<string, SummaryT> = {
    S1: { bureau: A, scope: "unit", unit: "u1", state: "draft", leadsTasksOfUnit: true, editors: ["A.u1_staff"] },
    S2: { bureau: A, scope: "unit", unit: "u2", state: "submitted", leadsTasksOfUnit: true, editors: ["A.u2_staff"] },
    S3: { bureau: A, scope: "leader", state: "draft", leadsTasksOfUnit: false, editors: ["A.leader"] },
  };
  const planCase = (label: string, url: string, write: boolean, body?: unknown): Case => ({
    label, url, body, expect: (c) => verdict(write ? workWrite(c, A) : workRead(c, A), workRead(c, A)),
  });
  const reportCases = (url: (rid: number) => string, names: string[], rule: (c: Caller, r: ReportT) => boolean, body?: unknown): Case[] =>
    names.map((k) => ({ label: k, url: url(id[k]), body, expect: (c) => verdict(rule(c, reports[k]), reportRead(c, reports[k])) }));
  const summaryCases = (url: (sid: number) => string, names: string[], rule: (c: Caller, s: SummaryT) => boolean, body?: unknown): Case[] =>
    names.map((k) => ({ label: k, url: url(id[k]), body, expect: (c) => verdict(rule(c, summaries[k]), summaryRead(c, summaries[k])) }));
  const F1: FindingT = { bureau: A, unit: "u1" };
  const findingCase = (label: string, url: string, rule: (c: Caller, f: FindingT) => boolean, body?: unknown): Case => ({ label, url, body, expect: (c) => verdict(rule(c, F1), findingRead(c, F1)) });
  const stale = { version: 0 };
  const BD: BulletinT = { bureau: A, state: "draft" }, BP: BulletinT = { bureau: A, state: "published" };
  const bulletinCase = (label: string, bid: number, x: BulletinT, rule: (c: Caller, x: BulletinT) => boolean, body?: unknown, suffix = ""): Case => ({
    label, url: `/api/bulletins/${bid}${suffix}`, body, expect: (c) => verdict(rule(c, x), bulletinRead(c, x)),
  });
  const everyoneOk = (label = "", url = "", body?: unknown, check?: Case["check"]): Case[] => [{ label, url, body, expect: () => "ok", check }];

  return {
    "GET /api/health": everyoneOk("", "/api/health"),
    "GET /api/setup": everyoneOk("", "/api/setup"),
    "POST /api/setup": everyoneOk("", "/api/setup", { orgName: "第二个教育局", username: "second", password: "Zweit#2026x" }),
    "POST /api/setup/demo": everyoneOk("", "/api/setup/demo", {}),
    "POST /api/auth/login": everyoneOk("", "/api/auth/login", { username: "nobody", password: "wrong" }),
    "GET /api/auth/me": everyoneOk("", "/api/auth/me"),
    "POST /api/auth/password": everyoneOk("", "/api/auth/password", { currentPassword: "wrong-password", newPassword: "Another#2026x" }),
    "POST /api/auth/logout": everyoneOk("", "/api/auth/logout", {}),

    "GET /api/orgs": everyoneOk("tree", "/api/orgs", undefined, leakCheck(orgVisible)),
    "POST /api/orgs": [
      { label: "child of a county", url: "/api/orgs", body: () => ({ name: `新机构${uniq()}`, level: "county", parentId: w.org.A }), expect: (c) => verdict(directoryWrite(c, A), orgVisible(c, A)) },
      { label: "county under the city", url: "/api/orgs", body: () => ({ name: `新县${uniq()}`, level: "county", parentId: w.org.C }), expect: (c) => verdict(directoryWrite(c, "C"), orgVisible(c, "C")) },
      { label: "a new root", url: "/api/orgs", body: () => ({ name: `新省${uniq()}`, level: "province", parentId: null }), expect: () => "denied" },
    ] as Case[],
    "PATCH /api/orgs/:id": (["A", "C"] as Bureau[]).map((b) => ({
      label: b, url: `/api/orgs/${w.org[b]}`, body: { name: `${MARK[b]}改名`, version: 0 }, expect: (c: Caller) => verdict(directoryWrite(c, b), orgVisible(c, b)),
    })),

    "GET /api/units": [
      ...everyoneOk("own", "/api/units", undefined, leakCheck((c, b) => b === c.bureau)),
      { label: "of A", url: `/api/units?orgId=${w.org.A}`, expect: (c) => verdict(directoryRead(c, A), directoryRead(c, A)) },
    ],
    "POST /api/units": [{ label: "in A", url: "/api/units", body: () => ({ orgId: w.org.A, name: `${MARK.A}新股室${uniq()}`, kind: "department" }), expect: (c) => verdict(directoryWrite(c, A), directoryRead(c, A)) }],
    "PATCH /api/units/:id": [{ label: "A u3", url: `/api/units/${w.unit.A.u3}`, body: stale, expect: (c) => verdict(directoryWrite(c, A), directoryRead(c, A)) }],

    "GET /api/users": [
      ...everyoneOk("own", "/api/users", undefined, leakCheck((c, b) => b === c.bureau)),
      { label: "of A", url: `/api/users?orgId=${w.org.A}`, expect: (c) => verdict(directoryRead(c, A), directoryRead(c, A)) },
    ],
    "POST /api/users": [{
      label: "admin in A", url: "/api/users",
      body: () => ({ orgId: w.org.A, username: `new_admin_${uniq()}`, name: `${MARK.A}新管理员`, roles: ["admin"], password: "NewAdm#2026x" }),
      expect: (c) => verdict(directoryWrite(c, A), directoryRead(c, A)),
    }],
    "PATCH /api/users/:id": [{ label: "A user", url: `/api/users/${id.targetUser}`, body: stale, expect: (c) => verdict(directoryWrite(c, A), directoryRead(c, A)) }],
    "POST /api/users/:id/reset-password": [{ label: "A user", url: `/api/users/${id.targetUser}/reset-password`, body: {}, expect: (c) => verdict(directoryWrite(c, A), directoryRead(c, A)) }],

    "GET /api/audit": [
      ...everyoneOk("latest", "/api/audit?pageSize=200", undefined, leakCheck((c, b) => b === c.bureau || isAbove(c.bureau, b), false)),
      {
        label: "by A's office", url: `/api/audit?actorId=${id.officeA}`, expect: () => "ok",
        check: (c, res) => {
          const total = res.json().total as number;
          const may = c.bureau === "A" || isAbove(c.bureau, "A");
          return may === total > 0 ? null : `total ${total}`;
        },
      },
    ],
    "GET /api/import/template.xlsx": everyoneOk("", "/api/import/template.xlsx"),
    "POST /api/import/directory": [{ label: "junk", url: "/api/import/directory", upload: { filename: "目录.xlsx", data: Buffer.from("not a workbook") }, expect: () => "ok" }],

    "GET /api/plans": [
      ...everyoneOk("list", "/api/plans", undefined, leakCheck((c, b) => b !== "P" && workRead(c, b))),
      { label: "of A", url: `/api/plans?orgId=${w.org.A}`, expect: (c) => verdict(workRead(c, A), workRead(c, A)), check: leakCheck((_c, b) => b === A, false) },
    ],
    "POST /api/plans": everyoneOk("blank", "/api/plans", { title: "矩阵新建方案" }),
    "POST /api/plans/import": everyoneOk("pasted", "/api/plans/import", { text: "矩阵测试方案\n一、任务\n1. 做好一件事。（责任股室：办公室）" }),
    "GET /api/plans/:id": [planCase("published", `/api/plans/${id.PA1}`, false), planCase("draft", `/api/plans/${id.PA2}`, false)],
    "PATCH /api/plans/:id": [planCase("stale", `/api/plans/${id.PA1}`, true, stale)],
    // a published plan is never deleted (409 请先归档): the probe changes nothing
    "DELETE /api/plans/:id": [planCase("published", `/api/plans/${id.PA1}?version=0`, true)],
    "GET /api/plans/:id/source": [planCase("", `/api/plans/${id.PA2}/source`, false)],
    "GET /api/plans/:id/file": [planCase("", `/api/plans/${id.PA2}/file`, false)],
    "GET /api/plans/:id/unit-proposals": [planCase("draft", `/api/plans/${id.PA2}/unit-proposals`, false)],
    "POST /api/plans/:id/publish": [planCase("published already", `/api/plans/${id.PA1}/publish`, true, stale)],
    "POST /api/plans/:id/archive": [planCase("stale", `/api/plans/${id.PA1}/archive`, true, stale)],
    "POST /api/plans/:id/reextract": [planCase("published", `/api/plans/${id.PA1}/reextract`, true, {})],
    "POST /api/plans/:id/unit-mappings": [planCase("alias", `/api/plans/${id.PA1}/unit-mappings`, true, { name: `${MARK.A}安全股别称`, unitId: w.unit.A.u3 })],
    "GET /api/plans/:id/tasks": [planCase("", `/api/plans/${id.PA1}/tasks`, false)],
    "POST /api/plans/:id/tasks": [planCase("draft plan", `/api/plans/${id.PA2}/tasks`, true, { title: "矩阵新增任务" })],
    "POST /api/plans/:id/tasks/reorder": [planCase("", `/api/plans/${id.PA1}/tasks/reorder`, true, { order: [] })],
    "POST /api/plans/:id/tasks/merge": [planCase("published", `/api/plans/${id.PA1}/tasks/merge`, true, { taskIds: [id.T1, id.T2] })],
    "GET /api/tasks/mine": everyoneOk("", "/api/tasks/mine", undefined, leakCheck((c, b) => b === c.bureau, false)),
    "GET /api/tasks/:id": [planCase("", `/api/tasks/${id.T1}`, false)],
    // 我的任务's tooltip: the task page's policy (whoever reads the plan).
    "GET /api/tasks/:id/milestones": [planCase("", `/api/tasks/${id.T1}/milestones`, false)],
    "GET /api/tasks/:id/reports": (["T1", "T2"] as const).map((t) => ({
      ...planCase(t, `/api/tasks/${id[t]}/reports`, false),
      // The task's history lists only reports the caller may open.
      check: (c: Caller, res: LightMyRequestResponse) => {
        const listed = new Set((res.json().items as { id: number }[]).map((r) => r.id));
        const leaked = Object.keys(reports).filter((k) => listed.has(id[k]) && !reportRead(c, reports[k]));
        const missing = Object.keys(reports).filter((k) => k.startsWith(t) && !listed.has(id[k]) && reportRead(c, reports[k]));
        return leaked.length || missing.length ? `leaked ${leaked.join(",")} missing ${missing.join(",")}` : null;
      },
    })),
    "PATCH /api/tasks/:id": [planCase("stale", `/api/tasks/${id.T1}`, true, stale)],
    "DELETE /api/tasks/:id": [planCase("published", `/api/tasks/${id.T1}`, true)],
    "POST /api/tasks/:id/split": [planCase("published", `/api/tasks/${id.T1}/split`, true, { at: 1 })],
    // 督办 (issue 11): lead and co units sign and ask for extensions; the task's leader or the director
    // decides them; the lead unit's head declares 办结; the leader, director or office closes.
    "GET /api/tasks/:id/supervision": [planCase("", `/api/tasks/${id.T1}/supervision`, false)],
    "GET /api/plans/:id/signoffs": [planCase("", `/api/plans/${id.PA1}/signoffs`, false)],
    "POST /api/tasks/:id/sign": [{ label: "T2 (u2 lead, u1 co)", url: `/api/tasks/${id.T2}/sign`, body: {}, expect: (c) => verdict(workWrite(c, A) && (inUnit(c, "u1") || inUnit(c, "u2")), workRead(c, A)) }],
    "POST /api/tasks/:id/extensions": [{
      label: "T2, no such milestone", url: `/api/tasks/${id.T2}/extensions`, body: { milestoneId: 2147483647, by: "2099-12", reason: "矩阵" },
      expect: (c) => verdict(workWrite(c, A) && (inUnit(c, "u1") || inUnit(c, "u2")), workRead(c, A)),
    }],
    "POST /api/extensions/:id/decide": [{
      label: "EXT1, rejected without a comment", url: `/api/extensions/${id.EXT1}/decide`, body: { approve: false },
      expect: (c) => verdict(workWrite(c, A) && (c.role === "leader" || c.role === "director"), workRead(c, A)),
    }],
    "POST /api/tasks/:id/declare-done": [{ label: "T3 (u1 lead)", url: `/api/tasks/${id.T3}/declare-done`, body: {}, expect: (c) => verdict(workWrite(c, A) && inUnit(c, "u1") && c.role === "unit_head", workRead(c, A)) }],
    "POST /api/tasks/:id/close": [{ label: "T5", url: `/api/tasks/${id.T5}/close`, body: {}, expect: (c) => verdict(workWrite(c, A) && ["leader", "director", "office", "admin"].includes(c.role), workRead(c, A)) }],
    "POST /api/tasks/:id/reject-done": [{ label: "T4 (nothing declared)", url: `/api/tasks/${id.T4}/reject-done`, body: { comment: "退回" }, expect: (c) => verdict(workWrite(c, A) && ["leader", "director", "office", "admin"].includes(c.role), workRead(c, A)) }],
    "POST /api/tasks/:id/reopen": [{ label: "T4 (not closed)", url: `/api/tasks/${id.T4}/reopen`, body: { reason: "重新打开" }, expect: (c) => verdict(workWrite(c, A) && ["leader", "director", "office", "admin"].includes(c.role), workRead(c, A)) }],
    "GET /api/plans/:id/export.xlsx": [planCase("", `/api/plans/${id.PA1}/export.xlsx`, false)],
    "POST /api/plans/:id/ledger-import": [{ ...planCase("junk", `/api/plans/${id.PA1}/ledger-import`, true), upload: { filename: "台账.xlsx", data: Buffer.from("not a workbook") } }],

    "GET /api/plans/:id/rounds": [planCase("", `/api/plans/${id.PA1}/rounds`, false)],
    "POST /api/plans/:id/rounds": [planCase("bad period", `/api/plans/${id.PA1}/rounds`, true, { period: "2026-13" })],
    "PATCH /api/rounds/:id": [planCase("stale", `/api/rounds/${id.R1}`, true, stale)],
    "POST /api/rounds/:id/open": [planCase("open already", `/api/rounds/${id.R1}/open`, true, {})],
    "POST /api/rounds/:id/close": [planCase("closed already", `/api/rounds/${id.R0}/close`, true, {})],
    "POST /api/rounds/:id/remind": [planCase("nobody", `/api/rounds/${id.R1}/remind`, true, { reportIds: [] })],
    "GET /api/rounds/:id": [planCase("", `/api/rounds/${id.R1}`, false)],
    "GET /api/rounds/:id/reports": [planCase("", `/api/rounds/${id.R1}/reports`, false)],
    "GET /api/plans/:id/coverage": [planCase("", `/api/plans/${id.PA1}/coverage`, false)],

    "GET /api/reports/:id": reportCases((r) => `/api/reports/${r}`, Object.keys(reports), reportRead),
    "PUT /api/reports/:id": reportCases((r) => `/api/reports/${r}`, ["T1lead", "T1co", "T4lead", "T4co", "T5lead"], reportWrite, stale),
    "POST /api/reports/:id/submit": reportCases((r) => `/api/reports/${r}/submit`, ["T1lead", "T1co", "T4lead", "T4co", "T5lead"], reportSubmit, stale),
    "POST /api/reports/:id/approve": reportCases((r) => `/api/reports/${r}/approve`, ["T2lead"], reportDecide, stale),
    "POST /api/reports/:id/return": reportCases((r) => `/api/reports/${r}/return`, ["T2lead"], reportDecide, { version: 0, comment: "请补充" }),
    "POST /api/reports/:id/evidence": reportCases((r) => `/api/reports/${r}/evidence`, ["T1lead", "T4lead", "T5lead"], reportWrite).map((c) => ({ ...c, upload: { filename: "材料.txt", data: tiny } })),
    "GET /api/evidence/:id": [
      { label: "on T1lead", url: `/api/evidence/${id.E1}`, expect: (c) => verdict(reportRead(c, reports.T1lead), reportRead(c, reports.T1lead)) },
      { label: "on T1co draft", url: `/api/evidence/${id.E2}`, expect: (c) => verdict(reportRead(c, reports.T1co), reportRead(c, reports.T1co)) },
    ],
    "DELETE /api/evidence/:id": [{
      label: "fresh on T1lead", url: "",
      prepare: async () => {
        const up = multipartBody("file", "待删.txt", tiny, "text/plain");
        const res = await w.clients["A.u1_staff"].request("POST", `/api/reports/${id.T1lead}/evidence`, up.body, up.headers);
        if (res.statusCode !== 201) throw new Error(`evidence for delete: ${res.body}`);
        return `/api/evidence/${res.json().id}`;
      },
      expect: (c) => verdict(reportWrite(c, reports.T1lead), reportRead(c, reports.T1lead)),
    }],

    "GET /api/me/todos": everyoneOk("", "/api/me/todos", undefined, leakCheck((c, b) => workRead(c, b), false)),
    "GET /api/notifications": everyoneOk("", "/api/notifications", undefined, leakCheck((c, b) => b === c.bureau, false)),
    "POST /api/notifications/:id/read": everyoneOk("", "/api/notifications/999999/read", {}),
    "POST /api/notifications/read-all": everyoneOk("", "/api/notifications/read-all", {}),

    "GET /api/settings/notifications": everyoneOk("", "/api/settings/notifications"),
    "PUT /api/settings/notifications": everyoneOk("invalid", "/api/settings/notifications", {}),
    "GET /api/settings/jobs": everyoneOk("", "/api/settings/jobs"),
    "GET /api/outbox": everyoneOk("", "/api/outbox", undefined, leakCheck((c, b) => b === c.bureau, false)),

    "GET /api/plans/:id/summaries": [planCase("", `/api/plans/${id.PA1}/summaries`, false)],
    "POST /api/plans/:id/summaries": [
      { label: "unit u1", url: `/api/plans/${id.PA1}/summaries`, body: { quarter: w.quarter, scope: "unit", unitId: w.unit.A.u1 }, expect: (c) => verdict(summaryCreate(c, A, { scope: "unit", unit: "u1" }), workRead(c, A)) },
      { label: "for A's leader", url: `/api/plans/${id.PA1}/summaries`, body: { quarter: w.quarter, scope: "leader", leaderId: id.leaderA }, expect: (c) => verdict(summaryCreate(c, A, { scope: "leader", self: c.key === "A.leader" }), workRead(c, A)) },
      { label: "for oneself", url: `/api/plans/${id.PA1}/summaries`, body: { quarter: w.quarter, scope: "leader" }, expect: (c) => verdict(summaryCreate(c, A, { scope: "leader", self: true }), workRead(c, A)) },
    ],
    "GET /api/summaries/:id": summaryCases((x) => `/api/summaries/${x}`, ["S1", "S2", "S3"], summaryRead),
    "PUT /api/summaries/:id": summaryCases((x) => `/api/summaries/${x}`, ["S1", "S3"], summaryWrite, stale),
    "POST /api/summaries/:id/submit": summaryCases((x) => `/api/summaries/${x}/submit`, ["S1", "S3"], summarySubmit, stale),
    "POST /api/summaries/:id/approve": summaryCases((x) => `/api/summaries/${x}/approve`, ["S2"], summaryDecide, stale),
    "POST /api/summaries/:id/return": summaryCases((x) => `/api/summaries/${x}/return`, ["S2"], summaryDecide, { version: 0, comment: "请补充" }),
    "GET /api/summaries/:id/export.docx": summaryCases((x) => `/api/summaries/${x}/export.docx`, ["S1"], summaryRead),

    "GET /api/findings": everyoneOk("ledger", "/api/findings", undefined, leakCheck((c, b) => workRead(c, b), false)),
    "POST /api/findings": everyoneOk("register", "/api/findings", { source: "督导检查", title: "矩阵登记问题", category: "安全隐患", foundOn: "2026-03-01" }),
    "GET /api/findings/export.xlsx": everyoneOk("", "/api/findings/export.xlsx"),
    "GET /api/findings/stats": everyoneOk("", "/api/findings/stats", undefined, leakCheck((c, b) => workRead(c, b), false)),
    "GET /api/findings/:id": [findingCase("F1", `/api/findings/${id.F1}`, findingRead)],
    ...Object.fromEntries((["notice", "assign", "close", "return", "reopen"] as const).map((step) => [
      `POST /api/findings/:id/${step}`, [findingCase("F1 stale", `/api/findings/${id.F1}/${step}`, findingManage, { version: 0, ...(step === "assign" ? { deadline: "2099-01-01" } : {}) })],
    ])),
    "POST /api/findings/:id/report": [findingCase("F1 stale", `/api/findings/${id.F1}/report`, findingReport, { version: 0, text: "整改完成" })],
    ...Object.fromEntries((["notice", "assignment", "report"] as const).map((form) => [
      `GET /api/findings/:id/documents/${form}.docx`, [findingCase("F1", `/api/findings/${id.F1}/documents/${form}.docx`, findingRead)],
    ])),
    "POST /api/findings/:id/files": [{ ...findingCase("F1", `/api/findings/${id.F1}/files`, findingUpload), upload: { filename: "照片.txt", data: tiny } }],
    "GET /api/finding-files/:id": [findingCase("on F1", `/api/finding-files/${id.FF1}`, findingRead)],

    "GET /api/plans/:id/division.docx": [planCase("", `/api/plans/${id.PA1}/division.docx`, false)],
    "GET /api/plans/:id/division.xlsx": [planCase("", `/api/plans/${id.PA1}/division.xlsx`, false)],
    // 全文搜索: whatever the word, nothing of a bureau whose work the caller does not read.
    "GET /api/search": [
      ...everyoneOk("plans and tasks", `/api/search?q=${encodeURIComponent("重点工作")}`, undefined, leakCheck((c, b) => workRead(c, b), false)),
      ...everyoneOk("findings", `/api/search?q=${encodeURIComponent("消防")}`, undefined, leakCheck((c, b) => workRead(c, b), false)),
    ],
    "GET /api/bulletins": everyoneOk("list", "/api/bulletins", undefined, leakCheck((c, b) => (b === "A" || b === "B") && bulletinRead(c, { bureau: b, state: "published" }), false)),
    "POST /api/rounds/:id/bulletins": [{ label: "R1", url: `/api/rounds/${id.R1}/bulletins`, body: { kind: "brief" }, expect: (c) => verdict(bulletinManage(c, BD), workRead(c, A)) }],
    "GET /api/bulletins/:id": [bulletinCase("draft", id.BD1, BD, bulletinRead), bulletinCase("published", id.BP1, BP, bulletinRead)],
    "PUT /api/bulletins/:id": [bulletinCase("draft stale", id.BD1, BD, (c, x) => bulletinManage(c, x), stale)],
    "POST /api/bulletins/:id/approve": [bulletinCase("draft stale", id.BD1, BD, (c, x) => bulletinApprove(c, x), stale, "/approve")],
    "POST /api/bulletins/:id/publish": [bulletinCase("draft stale", id.BD1, BD, (c, x) => bulletinManage(c, x), stale, "/publish")],
    "GET /api/bulletins/:id/export.docx": [bulletinCase("published", id.BP1, BP, bulletinRead, undefined, "/export.docx")],
    // LibreOffice runs once per reader: probed on the draft, which few read.
    "GET /api/bulletins/:id/export.pdf": [bulletinCase("draft", id.BD1, BD, bulletinRead, undefined, "/export.pdf")],
    // 工作台统计 and 进展调度: one's own bureau without a plan; a chosen plan as the plan itself reads.
    "GET /api/dashboard": [
      ...everyoneOk("own", "/api/dashboard", undefined, leakCheck((c, b) => b === c.bureau, false)),
      planCase("plan of A", `/api/dashboard?planId=${id.PA1}`, false),
    ],
    "GET /api/dashboard/progress": [
      ...everyoneOk("own", "/api/dashboard/progress", undefined, leakCheck((c, b) => b === c.bureau, false)),
      planCase("plan of A", `/api/dashboard/progress?planId=${id.PA1}`, false),
    ],
    // 进展调度's tooltip: a lead report's text, for the board's readers who may read that report (a co-unit's is no board row).
    "GET /api/dashboard/progress/:id": reportCases((r) => `/api/dashboard/progress/${r}`, ["T1lead", "T2lead", "T4lead", "T5lead", "T1co", "T2co"], (c, r) => r.role === "lead" && reportRead(c, r)),
    // 对标: the bureaus below whose work the caller reads (director, viewer of an upper org), never its own or a sibling.
    "GET /api/benchmark/metrics": everyoneOk("below", "/api/benchmark/metrics", undefined, leakCheck((c, b) => b !== c.bureau && workRead(c, b), false)),
    "GET /api/benchmark": everyoneOk("毛入园率", `/api/benchmark?metric=${encodeURIComponent("毛入园率")}`, undefined, leakCheck((c, b) => b !== c.bureau && workRead(c, b))),
    "GET /api/benchmark/export.xlsx": everyoneOk("毛入园率", `/api/benchmark/export.xlsx?metric=${encodeURIComponent("毛入园率")}`),
    // 下级对比: the bureaus below the caller's, for the roles that read the work below; never its own, a sibling or one above.
    "GET /api/rollup": everyoneOk("below", "/api/rollup", undefined, leakCheck((c, b) => isAbove(c.bureau, b) && READS_WORK_BELOW.includes(c.role))),
    "GET /api/rollup/export.xlsx": everyoneOk("", "/api/rollup/export.xlsx"),
    // Tasks linked across levels: A's office chooses among the upper plans' tasks; the link is a write of A's task.
    "GET /api/plans/:id/upper-tasks": [planCase("", `/api/plans/${id.PA1}/upper-tasks`, true)],
    "PUT /api/tasks/:id/implements": [planCase("unlink", `/api/tasks/${id.T1}/implements`, true, { taskId: null })],
    "GET /api/tasks/:id/implementations": [planCase("", `/api/tasks/${id.T1}/implementations`, false)],
    // 目标管理考核: always the caller's own bureau; a unit account sees its own unit only; the office
    // (or admin) writes its own bureau's rules and items, a unit of another bureau does not exist for it.
    "GET /api/assessment": everyoneOk("own", "/api/assessment", undefined, (c, res) => {
      const leak = leakCheck((cc, b) => b === cc.bureau, false)(c, res);
      if (leak) return leak;
      if (!UNIT_ROLES.includes(c.role)) return null;
      const others = (["u1", "u2", "u3"] as UnitKey[]).filter((u) => u !== c.unit).map((u) => `${MARK[c.bureau]}${UNIT_NAMES[u]}`);
      const shown = others.filter((n) => res.body.includes(n));
      return shown.length ? `a unit account sees ${shown.join(", ")}` : null;
    }),
    "PUT /api/assessment/rules": everyoneOk("own", "/api/assessment/rules", {
      year: 2026, version: 0, weights: { on_time: 30, first_pass: 20, targets: 20, milestones: 15, findings: 15 }, thresholds: { excellent: 90, good: 80, pass: 60 },
    }),
    "POST /api/assessment/items": [{
      label: "unit of A", url: "/api/assessment/items", body: () => ({ year: 2026, unitId: w.unit.A.u1, kind: "penalty", points: 1, reason: `探测${uniq()}` }),
      expect: (c) => verdict(relation(c, A) === "own" && (c.role === "office" || c.role === "admin"), false),
    }],
    "DELETE /api/assessment/items/:id": [{
      label: "item of A stale", url: `/api/assessment/items/${id.AI1}?version=0`,
      expect: (c) => verdict(relation(c, A) === "own" && (c.role === "office" || c.role === "admin"), false),
    }],
    "POST /api/assessment/publish": everyoneOk("own", "/api/assessment/publish", { year: 2026 }),
    "POST /api/assessment/reopen": everyoneOk("own", "/api/assessment/reopen", { year: 2026 }),
    "GET /api/assessment/export.xlsx": everyoneOk("own", "/api/assessment/export.xlsx"),
    "GET /api/assessment/export.docx": everyoneOk("own", "/api/assessment/export.docx"),
    "GET /api/findings/import/template.xlsx": everyoneOk("", "/api/findings/import/template.xlsx"),
    "POST /api/findings/import": [{ ...everyoneOk("", "/api/findings/import")[0], upload: { filename: "台账.txt", data: tiny } }],
    "POST /api/findings/:id/report-form": [{ ...findingCase("F1", `/api/findings/${id.F1}/report-form`, findingReport), upload: { filename: "报告单.txt", data: tiny } }],
    // 登记为督导问题: the office (or admin) of the report's own bureau, on a report it can read.
    "POST /api/reports/:id/finding": reportCases((x) => `/api/reports/${x}/finding`, ["T2lead", "T1lead"], (c, r) => relation(c, r.bureau) === "own" && (c.role === "office" || c.role === "admin") && reportRead(c, r), {}),
  };
}

// ---- the world: province → city → counties A and B, data in both ------------------------------

const ROLES_OF_BUREAU: { name: string; role: Role; unit: UnitKey | null }[] = [
  { name: "office", role: "office", unit: null },
  { name: "director", role: "director", unit: null },
  { name: "viewer", role: "viewer", unit: null },
  { name: "leader", role: "leader", unit: null },
  ...(["u1", "u2", "u3"] as UnitKey[]).flatMap((u) => [
    { name: `${u}_staff`, role: "unit_staff" as Role, unit: u },
    { name: `${u}_head`, role: "unit_head" as Role, unit: u },
  ]),
];
const UNIT_NAMES: Record<UnitKey, string> = { u1: "基础教育股", u2: "计划财务股", u3: "安全管理股", x1: "县委办", x2: "县法院" };

function must(res: LightMyRequestResponse, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function signIn(s: TestServer, username: string, password: string) {
  const c = s.client();
  must(await c.login(username, password), 200, `login ${username}`);
  must(await c.post("/api/auth/password", { currentPassword: password, newPassword: `${password}Q` }), 200, `password ${username}`);
  return c;
}

async function buildWorld(s: TestServer): Promise<World> {
  const callers: Caller[] = [];
  const clients: Record<string, TestClient> = {};
  const org = {} as Record<Bureau, number>;
  const unit = {} as Record<Bureau, Record<UnitKey, number>>;
  const ids: Record<string, number> = {};
  const today = localDay(new Date());
  const month = Number(today.slice(5, 7));
  const period = today.slice(0, 7);
  const otherPeriod = `${today.slice(0, 4)}-${String(month === 1 ? 2 : month - 1).padStart(2, "0")}`;
  const quarter = `${today.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
  let seq = 0;
  const addCaller = (bureau: Bureau, name: string, role: Role, unitKey: UnitKey | null, id: number, client: TestClient) => {
    const key = `${bureau}.${name}`;
    clients[key] = client;
    callers.push({ key, bureau, role, unit: unitKey, id, client });
  };
  async function account(admin: TestClient, bureau: Bureau, name: string, role: Role, unitKey: UnitKey | null) {
    const username = `${bureau.toLowerCase()}_${name}`;
    const n = ++seq;
    const password = `Pw#2026${n}Zz`;
    const created = must(
      await admin.post("/api/users", {
        orgId: org[bureau], username, name: `${MARK[bureau]}${name}`, roles: [role], password,
        unitId: unitKey ? unit[bureau][unitKey] : null, phone: `139${String(n).padStart(8, "0")}`, email: `${username}@example.cn`,
      }),
      201, `user ${username}`,
    );
    return { id: created.id as number, client: await signIn(s, username, password) };
  }

  // The province sets up the installation; each level's admin sets up the bureaus below it.
  await setUp(s.database, { orgName: ORG_NAME.P, username: "p_admin", name: `${MARK.P}admin`, password: "Province#2026x", level: "province" });
  const pAdmin = s.client();
  must(await pAdmin.login("p_admin", "Province#2026x"), 200, "province admin");
  org.P = must(await pAdmin.get("/api/auth/me"), 200, "me").user.orgId;
  addCaller("P", "admin", "admin", null, 1, pAdmin);
  org.C = must(await pAdmin.post("/api/orgs", { name: ORG_NAME.C, level: "city", parentId: org.P }), 201, "city").id;
  const cAdmin = await account(pAdmin, "C", "admin", "admin", null);
  addCaller("C", "admin", "admin", null, cAdmin.id, cAdmin.client);
  for (const b of ["A", "B"] as Bureau[]) {
    org[b] = must(await cAdmin.client.post("/api/orgs", { name: ORG_NAME[b], level: LEVEL[b], parentId: org.C }), 201, `county ${b}`).id;
    const a = await account(cAdmin.client, b, "admin", "admin", null);
    addCaller(b, "admin", "admin", null, a.id, a.client);
  }
  for (const b of BUREAUS) {
    const admin = clients[`${b}.admin`];
    unit[b] = {} as Record<UnitKey, number>;
    for (const u of ["u1", "u2", "u3", "x1", "x2"] as UnitKey[]) {
      unit[b][u] = must(await admin.post("/api/units", { orgId: org[b], name: `${MARK[b]}${UNIT_NAMES[u]}`, kind: "department" }), 201, `unit ${b}${u}`).id;
    }
    // Accounts are independent: their password hashing runs side by side.
    const made = await Promise.all(ROLES_OF_BUREAU.map((p) => account(admin, b, p.name, p.role, p.unit)));
    ROLES_OF_BUREAU.forEach((p, i) => addCaller(b, p.name, p.role, p.unit, made[i].id, made[i].client));
  }
  const created = must(await clients["A.admin"].post("/api/users", { orgId: org.A, username: "a_target", name: `${MARK.A}目标用户`, roles: ["unit_staff"], unitId: unit.A.u3 }), 201, "target user");
  ids.targetUser = created.id;
  ids.officeA = callers.find((c) => c.key === "A.office")!.id;
  ids.leaderA = callers.find((c) => c.key === "A.leader")!.id;

  // The city writes a plan of its own; both counties run one round with reports in every state.
  must(await clients["C.office"].post("/api/plans", { title: `${MARK.C}2026年督导工作要点` }), 201, "city plan");
  for (const b of ["A", "B"] as Bureau[]) {
    const office = clients[`${b}.office`];
    const leader = callers.find((c) => c.key === `${b}.leader`)!;
    const ref = (u: UnitKey) => ({ name: `${MARK[b]}${UNIT_NAMES[u]}`, unitId: unit[b][u] });
    const plan = must(await office.post("/api/plans", { title: `${MARK[b]}2026年教育重点工作`, year: Number(today.slice(0, 4)) }), 201, "plan").plan;
    const task = async (title: string, lead: UnitKey, co: UnitKey | null, liaison: UnitKey | null = null, targets: object[] = []) =>
      must(await office.post(`/api/plans/${plan.id}/tasks`, {
        title: `${MARK[b]}${title}`, lead: [ref(lead)], co: co ? [ref(co)] : [], liaison: liaison ? [ref(liaison)] : [], leaders: [{ name: `${MARK[b]}leader`, userId: leader.id }], targets,
      }), 201, "task").id as number;
    // A target each county states, for 对标 across the counties.
    const t1 = await task("推进学前教育", "u1", "u2", "u3", [{ metric: "学前三年毛入园率", op: ">=", value: 92, unit: "%" }]);
    const t2 = await task("落实经费保障", "u2", "u1");
    const t3 = await task("改善办学条件", "u1", "u2");
    const t4 = await task("落实教育优先发展", "x1", "x2", "u3");
    const t5 = await task("推进依法治校", "x2", null);
    const fresh = must(await office.get(`/api/plans/${plan.id}`), 200, "plan");
    must(await office.post(`/api/plans/${plan.id}/publish`, { version: fresh.version }), 200, "publish");
    // A pending 延期申请 on T3 (lead u1): a milestone first, then u1's clerk asks to move it.
    const t3now = must(await office.get(`/api/tasks/${t3}`), 200, "task");
    must(await office.request("PATCH", `/api/tasks/${t3}`, { milestones: [{ what: `${MARK[b]}完成改造`, by: "2099-06" }], version: t3now.version }), 200, "milestone");
    const m3 = must(await office.get(`/api/tasks/${t3}`), 200, "task").milestones[0].id as number;
    const ext = must(await clients[`${b}.u1_staff`].post(`/api/tasks/${t3}/extensions`, { milestoneId: m3, by: "2099-09", reason: "施工延误" }), 201, "extension").extensions[0].id as number;
    const r0 = must(await office.post(`/api/plans/${plan.id}/rounds`, { period: otherPeriod, opensOn: today, dueOn: today }), 201, "round 0").round;
    must(await office.post(`/api/rounds/${r0.id}/close`, {}), 200, "close round 0");
    const r1 = must(await office.post(`/api/plans/${plan.id}/rounds`, { period, opensOn: today, dueOn: addDays(today, 7) }), 201, "round 1").round;
    const rows = must(await office.get(`/api/rounds/${r1.id}/reports`), 200, "reports").items as { id: number; taskId: number; role: string; version: number }[];
    const rep = (taskId: number, role: string) => rows.find((r) => r.taskId === taskId && r.role === role)!;
    const write = async (u: UnitKey, r: { id: number; version: number }, text: string, submit: boolean) => {
      const saved = must(await clients[`${b}.${u}_staff`].request("PUT", `/api/reports/${r.id}`, { text: `${MARK[b]}${text}`, status: "on_track", version: r.version }), 200, "save");
      if (submit) must(await clients[`${b}.${u}_head`].post(`/api/reports/${r.id}/submit`, { version: saved.version }), 200, "submit");
    };
    await write("u1", rep(t1, "lead"), "T1牵头草稿", false);
    await write("u2", rep(t1, "co"), "T1协办草稿", false);
    await write("u2", rep(t3, "co"), "T3协办已报", true);
    await write("u1", rep(t2, "co"), "T2协办已报", true);
    const t2lead = rep(t2, "lead");
    await write("u2", { id: t2lead.id, version: t2lead.version }, "T2牵头已报", true);
    const evidence = async (u: UnitKey, reportId: number) => {
      const up = multipartBody("file", `${MARK[b]}材料.txt`, Buffer.from("佐证"), "text/plain");
      return must(await clients[`${b}.${u}_staff`].request("POST", `/api/reports/${reportId}/evidence`, up.body, up.headers), 201, "evidence").id as number;
    };
    const e1 = await evidence("u1", rep(t1, "lead").id);
    const e2 = await evidence("u2", rep(t1, "co").id);
    const summary = async (who: string, body: object) => must(await clients[`${b}.${who}`].post(`/api/plans/${plan.id}/summaries`, { quarter, ...body }), 201, "summary");
    const s1 = await summary("u1_staff", { scope: "unit" });
    const s2 = await summary("u2_staff", { scope: "unit" });
    must(await clients[`${b}.u2_head`].post(`/api/summaries/${s2.id}/submit`, { version: s2.version }), 200, "submit summary");
    const s3 = await summary("leader", { scope: "leader" });
    const up = multipartBody("file", `${MARK[b]}教育工作方案.txt`, Buffer.from(`${MARK[b]}2026年教育工作方案\n一、重点任务\n1. 做好安全工作。（责任股室：${MARK[b]}安全管理股）\n`), "text/plain");
    const draft = must(await office.request("POST", "/api/plans/import", up.body, up.headers), 201, "import").plan;
    // A finding assigned to u1 that u1 has reported on, with a photo.
    let f = must(await office.post("/api/findings", { source: "督导检查", title: `${MARK[b]}消防通道堆物`, category: "安全隐患", unitId: unit[b].u1, foundOn: today }), 201, "finding");
    f = must(await office.post(`/api/findings/${f.id}/notice`, { version: f.version }), 200, "notice");
    f = must(await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today, 7) }), 200, "assign");
    f = must(await clients[`${b}.u1_head`].post(`/api/findings/${f.id}/report`, { version: f.version, text: `${MARK[b]}已清理` }), 200, "report");
    const photo = multipartBody("file", `${MARK[b]}照片.txt`, Buffer.from("照片"), "text/plain");
    const ff1 = must(await office.request("POST", `/api/findings/${f.id}/files`, photo.body, photo.headers), 201, "finding file").id as number;
    // Two bulletins of the round: a draft and one approved by the leader and published.
    const bd = must(await office.post(`/api/rounds/${r1.id}/bulletins`, { kind: "brief" }), 201, "bulletin draft");
    let bp = must(await office.post(`/api/rounds/${r1.id}/bulletins`, { kind: "notice" }), 201, "bulletin");
    bp = must(await clients[`${b}.leader`].post(`/api/bulletins/${bp.id}/approve`, { version: bp.version }), 200, "bulletin approve");
    must(await office.post(`/api/bulletins/${bp.id}/publish`, { version: bp.version }), 200, "bulletin publish");
    // A 加分 item of the year for u1 (目标管理考核).
    const ai = must(await office.post("/api/assessment/items", { year: Number(today.slice(0, 4)), unitId: unit[b].u1, kind: "bonus", points: 2, reason: `${MARK[b]}获表彰` }), 201, "assessment item");
    if (b === "A") {
      Object.assign(ids, { F1: f.id, FF1: ff1, BD1: bd.id, BP1: bp.id, AI1: ai.id, EXT1: ext, T4: t4, T5: t5 });
      Object.assign(ids, {
        PA1: plan.id, PA2: draft.id, T1: t1, T2: t2, T3: t3, R0: r0.id, R1: r1.id,
        T1lead: rep(t1, "lead").id, T1co: rep(t1, "co").id, T4lead: rep(t4, "lead").id, T4co: rep(t4, "co").id, T5lead: rep(t5, "lead").id, T3co: rep(t3, "co").id, T2lead: t2lead.id, T2co: rep(t2, "co").id,
        E1: e1, E2: e2, S1: s1.id, S2: s2.id, S3: s3.id,
      });
    }
  }
  return { s, callers, org, unit, ids, quarter, clients };
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

// ---- the run ----------------------------------------------------------------------------------------

const OK_STATUS = (method: string) => (method === "GET" ? OK_READ : OK_WRITE);
/** Public routes answer what they answer to anybody: the login refusal, "already set up". */
const PUBLIC_OK: Record<string, number[]> = { "POST /api/auth/login": [401], "POST /api/setup": [409], "POST /api/setup/demo": [409] };

describe.each(dialects())("authorization matrix on $name", (dialect) => {
  let w: World;
  beforeAll(async () => {
    const s = await makeTestServer(dialect, { apiRatePerMinute: 1_000_000, loginRatePerMinute: 1_000_000 }, { setup: false });
    const t0 = Date.now();
    w = await buildWorld(s);
    console.log(`authorization: dataset of ${w.callers.length} callers built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);
  afterAll(async () => w?.s.close());

  it("covers every route × role × relation with the policy's answer", async () => {
    const table = probes(w);
    const keys = allRoutes.map((r) => `${r.method} ${r.url}`);
    const uncovered = keys.filter((k) => !table[k]);
    const unknown = Object.keys(table).filter((k) => !keys.includes(k));
    expect(uncovered, "routes without a probe").toEqual([]);
    expect(unknown, "probes of routes that do not exist").toEqual([]);

    const violations: string[] = [];
    let requests = 0;
    const covered = new Set<string>();
    // Logout ends the caller's session, so it goes last.
    const order = [...allRoutes].sort((a, b) => Number(a.url === "/api/auth/logout") - Number(b.url === "/api/auth/logout"));
    for (const r of order) {
      const key = `${r.method} ${r.url}`;
      for (const cs of table[key]) {
        // Callers are independent sessions: each case asks all of them at once, a few at a time.
        await inBatches(w.callers, 8, async (c) => {
          const url = cs.prepare ? ((await cs.prepare(c)) as string) : cs.url;
          const body = typeof cs.body === "function" ? (cs.body as () => unknown)() : cs.body;
          let res: LightMyRequestResponse;
          if (cs.upload) {
            const up = multipartBody("file", cs.upload.filename, cs.upload.data, "application/octet-stream");
            res = await c.client.request(r.method, url, up.body, up.headers);
          } else res = await c.client.request(r.method, url, r.method === "GET" ? undefined : body ?? {});
          requests++;
          covered.add(key);
          const permitted = hasPermission(c.role, r.access);
          const v: Verdict | "forbidden" = !permitted ? "forbidden" : cs.expect(c);
          const got = res.statusCode;
          const okStatuses = r.access === "public" ? (PUBLIC_OK[key] ?? OK_READ) : OK_STATUS(r.method);
          const fine =
            v === "forbidden" ? got === 403 : v === "ok" ? okStatuses.includes(got) : v === "denied" ? got === 403 || got === 404 : got === 404;
          const where = `${key} [${cs.label}] as ${c.key} (${c.role})`;
          if (!fine) violations.push(`${where}: expected ${v}, got ${got} ${res.body.slice(0, 120)}`);
          else if (v === "ok" && cs.check) {
            const problem = cs.check(c, res, true);
            if (problem) violations.push(`${where}: ${problem}`);
          }
          if (cs.prepare && v !== "ok") {
            const still = await w.clients["A.office"].get(url);
            if (still.statusCode !== 200) violations.push(`${where}: refused, yet the record is gone (${still.statusCode})`);
          }
        });
      }
    }
    console.log(`authorization: routes covered ${covered.size}/${keys.length}, requests ${requests}, violations ${violations.length}`);
    if (violations.length) console.log(violations.slice(0, Number(process.env.MATRIX_SHOW ?? 80)).join("\n"));
    expect(covered.size).toBe(keys.length);
    expect(violations).toEqual([]);
  }, 600_000);
});
