// Example data for a first look: an org tree, units, one account per role, and two example
// plans imported through the real extraction pipeline and published.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../db/connection.js";
import { inTransaction, now } from "../db/transaction.js";
import { errors } from "../errors.js";
import { hashPassword, temporaryPassword } from "../auth/passwords.js";
import { SYSTEM_ACTOR, writeAudit, type Actor } from "./audit.js";
import { auditableUser, claimSetup, needsSetup } from "./accounts.js";
import { createOrg, createUnit } from "./directory.js";
import { importPlan, runExtraction } from "./plans/import-plan.js";
import { getPlan } from "./plans/plan-edit.js";
import { publishPlan } from "./plans/plan-lifecycle.js";
import { normalizeName } from "./plans/unit-matching.js";
import type { Role } from "../policies/index.js";

const PLAN_DIR = fileURLToPath(new URL("../demo/plans/", import.meta.url));

const UNITS: { name: string; aliases?: string[] }[] = [
  { name: "办公室" }, { name: "组织人事股", aliases: ["人事股"] }, { name: "基础教育股", aliases: ["基教股"] },
  { name: "职成与学前教育股", aliases: ["职成股"] }, { name: "计划财务股", aliases: ["计财股"] }, { name: "教育督导室", aliases: ["督导室"] },
  { name: "安全管理股", aliases: ["安全股"] }, { name: "教师工作股" }, { name: "电教站" }, { name: "教研室" }, { name: "体卫艺股" }, { name: "纪检监察室" },
];
const SCHOOLS = ["示例县第一中学", "示例县实验小学", "示例县城关幼儿园"];

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  roleName?: string;
  unit?: string | null;
  password: string;
  /** The password came from DUBAN_ADMIN_PASSWORD: never printed. */
  passwordFromEnv?: boolean;
}

/** Creates the example bureau; refused once the system has accounts. */
export async function loadDemoData(database: Database, opts: { mustChangePassword: boolean; adminPassword?: string }): Promise<DemoAccount[]> {
  if (!(await needsSetup(database.db))) throw errors.alreadySetUp();
  const files = readdirSync(PLAN_DIR).filter((f) => /\.(txt|md|docx)$/.test(f)).sort();
  // Leader accounts are named after the leaders the example plans name, so the tasks find them.
  const leaderNames = new Set<string>();
  for (const f of files) {
    const { plan } = await runExtraction(readFileSync(join(PLAN_DIR, f)), f);
    for (const t of plan.tasks) for (const l of t.leaders) leaderNames.add(normalizeName(l));
  }

  const accounts: DemoAccount[] = [];
  const { countyId, admin } = await inTransaction(database, async (tx) => {
    await claimSetup(tx);
    const province = await createOrg(tx, SYSTEM_ACTOR, { name: "示例省教育厅", parentId: null, level: "province" });
    const city = await createOrg(tx, SYSTEM_ACTOR, { name: "示例市教育局", parentId: province.id, level: "city" });
    const county = await createOrg(tx, SYSTEM_ACTOR, { name: "示例县教育局", parentId: city.id, level: "county" });
    const unitId = new Map<string, number>();
    for (const u of UNITS) unitId.set(u.name, (await createUnit(tx, SYSTEM_ACTOR, { orgId: county.id, name: u.name, kind: "department", aliases: u.aliases ?? [] })).id);
    for (const s of SCHOOLS) unitId.set(s, (await createUnit(tx, SYSTEM_ACTOR, { orgId: county.id, name: s, kind: "school", aliases: [] })).id);

    const people: Omit<DemoAccount, "password">[] = [
      { username: "admin", name: "系统管理员", role: "admin" },
      { username: "office", name: "办公室刘敏", role: "office", unit: "办公室" },
      { username: "jjg_staff", name: "基教股王芳", role: "unit_staff", unit: "基础教育股" },
      { username: "jjg_head", name: "基教股李强", role: "unit_head", unit: "基础教育股" },
      { username: "cwg_staff", name: "计财股张丽", role: "unit_staff", unit: "计划财务股" },
      { username: "cwg_head", name: "计财股陈刚", role: "unit_head", unit: "计划财务股" },
      { username: "director", name: "局长黄建华", role: "director" },
      ...[...leaderNames].map((name, i) => ({ username: `leader${i + 1}`, name, role: "leader" as Role })),
    ];
    let admin: Actor = SYSTEM_ACTOR;
    for (const p of people) {
      const password = p.username === "admin" && opts.adminPassword ? opts.adminPassword : temporaryPassword();
      const user = await tx
        .insertInto("users")
        .values({
          org_id: county.id, unit_id: p.unit ? unitId.get(p.unit)! : null, username: p.username, name: p.name, phone: null,
          roles: JSON.stringify([p.role]), password_hash: await hashPassword(password),
          must_change_password: opts.mustChangePassword && !(p.username === "admin" && opts.adminPassword) ? 1 : 0,
          active: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: 1, created_at: now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, SYSTEM_ACTOR, { action: "demo.user", entity: "user", entityId: user.id, after: auditableUser(user) });
      if (p.role === "admin") admin = { id: user.id, name: user.name, orgId: county.id };
      accounts.push({ ...p, password, ...(p.username === "admin" && opts.adminPassword ? { passwordFromEnv: true } : {}) });
    }
    const viewerPassword = temporaryPassword();
    const viewer = await tx
      .insertInto("users")
      .values({
        org_id: city.id, unit_id: null, username: "city_viewer", name: "市教育局督导科", phone: null, roles: JSON.stringify(["viewer"]),
        password_hash: await hashPassword(viewerPassword), must_change_password: opts.mustChangePassword ? 1 : 0,
        active: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: 1, created_at: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, SYSTEM_ACTOR, { action: "demo.user", entity: "user", entityId: viewer.id, after: auditableUser(viewer) });
    accounts.push({ username: "city_viewer", name: viewer.name, role: "viewer", password: viewerPassword });
    return { countyId: county.id, admin };
  });

  for (const f of files) {
    const { planId } = await importPlan(database, admin, { orgId: countyId, filename: f, data: readFileSync(join(PLAN_DIR, f)) });
    await inTransaction(database, async (tx) => publishPlan(tx, admin, await getPlan(tx, [countyId], planId)));
  }
  return accounts;
}

export const ENV_PASSWORD = "（环境变量设置的密码）";

export function formatDemoAccounts(accounts: DemoAccount[], mustChange: boolean): string {
  const lines = accounts.map((a) => `  ${a.username.padEnd(12)} ${(a.passwordFromEnv ? ENV_PASSWORD : a.password).padEnd(16)} ${a.name}（${a.role}）`);
  return [`示例数据已创建。账号和密码（只显示这一次${mustChange ? "，首次登录须修改密码" : ""}）：`, ...lines].join("\n");
}
