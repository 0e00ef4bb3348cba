// Bureaus the API tests build by hand, in the shapes several tests share: `must` for a request that
// has to succeed; one bureau's people and a plan published with exact task fields (whatever the
// extraction read); a second bureau (乙县) written straight into the database; and sibling county
// bureaus below a city (甲县, 乙县) with their accounts and a plan of hand-made tasks.
import { expect } from "vitest";
import { hashPassword } from "../../src/server/auth/passwords.js";
import { setUp } from "../../src/server/commands/accounts.js";
import { signedInAccount, type TestClient, type TestServer } from "./harness.js";

type Res = { statusCode: number; body: string; json(): any };
/** The JSON of a response that must have `status` (else 200 or 201); the body in the error otherwise. */
export const must = (res: Res, status?: number) => {
  if (status ? res.statusCode !== status : res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
};

/** The admin's departments (key → name), then the office 督查室, the director 局长 and the leader 张明;
 * a clerk `<key>_staff` and a head `<key>_head` for each of `staffed`. */
export async function bureauPeople(s: TestServer, units: [key: string, name: string][], staffed: string[]) {
  const admin = await s.admin();
  const unit: Record<string, number> = {};
  for (const [key, name] of units) unit[key] = must(await admin.post("/api/units", { name, kind: "department" }), 201).id;
  const office = await s.user({ username: "office", name: "督查室", roles: ["office"] });
  const director = await s.user({ username: "director", name: "局长", roles: ["director"] });
  const zhang = await s.user({ username: "zhang", name: "张明", roles: ["leader"] });
  const users: Record<string, TestClient> = {};
  for (const key of staffed) {
    users[`${key}_staff`] = await s.user({ username: `${key}_staff`, name: `${key}经办`, roles: ["unit_staff"], unitId: unit[key] });
    users[`${key}_head`] = await s.user({ username: `${key}_head`, name: `${key}负责人`, roles: ["unit_head"], unitId: unit[key] });
  }
  const zhangId = must(await zhang.get("/api/auth/me")).user.id as number;
  return { admin, unit, office, director, zhang, zhangId, users };
}

/** Imports `text`, gives each drafted task (by its number) exactly the fields of `shape`, publishes:
 * the plan's id and its published tasks by number. The drafted numbers must be the shape's. */
export async function publishShaped(office: TestClient, text: string, shape: Record<string, object>) {
  const planId = must(await office.post("/api/plans/import", { text, filename: "要点.txt" }), 201).plan.id as number;
  const drafted = must(await office.get(`/api/plans/${planId}/tasks`)).items as any[];
  expect(drafted.map((t) => t.no)).toEqual(Object.keys(shape));
  for (const t of drafted) must(await office.request("PATCH", `/api/tasks/${t.id}`, { ...shape[t.no], version: t.version }));
  must(await office.post(`/api/plans/${planId}/publish`, {}));
  const task: Record<string, any> = {};
  for (const t of must(await office.get(`/api/plans/${planId}/tasks`)).items) task[t.no] = t;
  return { planId, task };
}

/** A second bureau, 乙县教育局 (below `parentId`, else a root of its own): its office 乙县督查室 (office_b),
 * written into the database and signed in, imports `planText` and publishes it as drafted. */
export async function otherBureau(s: TestServer, planText: string, parentId: number | null = null) {
  const db = s.database.db;
  const now = new Date().toISOString();
  const org = (await db.insertInto("orgs").values({ name: "乙县教育局", parent_id: parentId, level: "county", version: 1, created_at: now }).returningAll().executeTakeFirstOrThrow()).id;
  const pw = "Other#Office2026";
  await db.insertInto("users").values({ org_id: org, unit_id: null, username: "office_b", name: "乙县督查室", roles: JSON.stringify(["office"]), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: now } as never).execute();
  const office = s.client();
  must(await office.login("office_b", pw));
  const planId = must(await office.post("/api/plans/import", { text: planText, filename: "乙县要点.txt" }), 201).plan.id as number;
  must(await office.post(`/api/plans/${planId}/publish`, {}));
  return { org, office, planId };
}

/** A city bureau 丙市教育局 set up on a server made with `setup: false`: its admin, signed in, and its org. */
export async function cityAdmin(s: TestServer) {
  await setUp(s.database, { orgName: "丙市教育局", username: "admin", name: "管理员", password: "Duban#Test2026", level: "city" });
  const top = s.client();
  await top.login("admin", "Duban#Test2026");
  const orgId = (await top.get("/api/auth/me")).json().user.orgId as number;
  return { top, orgId };
}

export interface CountyBureau {
  org: number;
  units: Record<string, number>;
  /** office, leader, and `<key>_staff` / `<key>_head` of each staffed unit. */
  c: Record<string, TestClient>;
  /** The accounts' ids by the same keys, and the tasks' ids by the keys `tasks` gave them. */
  ids: Record<string, number>;
  plan: number;
}

/**
 * A county bureau `<mark>教育局` below the city admin `top`: its units (names prefixed with the mark),
 * an office and a leader, a clerk and a head for each of `staffed` (in that order; usernames
 * `<prefix>_<key>`), and a published plan `planTitle` of the `tasks` (key → title and fields; `ref`
 * names a unit of the bureau), each led by the leader.
 */
export async function countyBureau(s: TestServer, top: TestClient, b: {
  mark: string;
  prefix: string;
  parentId: number;
  units: readonly (readonly [key: string, name: string, kind: string])[];
  staffed: string[];
  planTitle: string;
  tasks: (ref: (key: string, name: string) => { name: string; unitId: number }) => Record<string, [title: string, fields: object]>;
}): Promise<CountyBureau> {
  const m = b.mark;
  const org = (await top.post("/api/orgs", { name: `${m}教育局`, level: "county", parentId: b.parentId })).json().id as number;
  const units: Record<string, number> = {};
  for (const [key, name, kind] of b.units) {
    const res = await top.post("/api/units", { orgId: org, name: `${m}${name}`, kind });
    expect(res.statusCode, res.body).toBe(201);
    units[key] = res.json().id;
  }
  const c: Record<string, TestClient> = {};
  const ids: Record<string, number> = {};
  const account = async (key: string, roles: string[], unit?: string) => {
    const made = await signedInAccount(s, top, { orgId: org, username: `${b.prefix}_${key}`, name: `${m}${key}`, roles, ...(unit ? { unitId: units[unit] } : {}) });
    ids[key] = made.id;
    c[key] = made.client;
  };
  await account("office", ["office"]);
  await account("leader", ["leader"]);
  for (const key of b.staffed) {
    await account(`${key}_staff`, ["unit_staff"], key);
    await account(`${key}_head`, ["unit_head"], key);
  }
  const ref = (key: string, name: string) => ({ name: `${m}${name}`, unitId: units[key] });
  const plan = (await c.office.post("/api/plans", { title: `${m}${b.planTitle}`, year: 2026 })).json().plan.id as number;
  for (const [key, [title, fields]] of Object.entries(b.tasks(ref))) {
    const res = await c.office.post(`/api/plans/${plan}/tasks`, { title: `${m}${title}`, leaders: [{ name: `${m}leader`, userId: ids.leader }], ...fields });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id as number;
  }
  const fresh = (await c.office.get(`/api/plans/${plan}`)).json();
  expect((await c.office.post(`/api/plans/${plan}/publish`, { version: fresh.version })).statusCode).toBe(200);
  return { org, units, c, ids, plan };
}
