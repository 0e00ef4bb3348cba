// Years of one bureau's work, written through the data model (kysely on the app's tables, the
// tasks through insertNewPlanTasks) in one bulk transaction per year: what `bench:api` measures.
// Past years' plans are archived and their rounds closed; the current year has 11 closed monthly
// rounds and an open one (December). Every year is the same shape, so the current year's plans
// are the same whatever the number of years before them.
import type { Kysely } from "kysely";
import type { DB } from "../src/server/db/schema.js";
import type { TaskValue } from "../src/shared/tasks.js";

export interface Shape {
  plans: number;
  tasks: number;
  units: number;
  users: number;
  rounds: number;
}

/** Issue 12's "1×": a year of one busy bureau. */
export const FULL: Shape = { plans: 20, tasks: 60, units: 300, users: 1000, rounds: 12 };
/** The default: the same proportions, a few minutes for 1×, 3× and 10× together. */
export const SMALL: Shape = { plans: 4, tasks: 30, units: 60, users: 200, rounds: 12 };

export const PASSWORD = "Bench#2026pw";

export interface People {
  orgId: number;
  busyUnitId: number;
  clerk: string;
  leader: string;
  director: string;
  office: string;
}

type Row<T extends keyof DB> = Record<string, unknown> & Partial<Record<keyof DB[T], unknown>>;

/** Multi-row inserts kept under SQLite's 32,766 bound parameters. */
export async function bulk<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Row<T>[]): Promise<void> {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]).length));
  for (let i = 0; i < rows.length; i += per) await (db as Kysely<any>).insertInto(table).values(rows.slice(i, i + per)).execute();
}

/** Units and users (one password hash for all: scrypt a thousand times would be the whole build). */
export async function buildPeople(db: Kysely<DB>, shape: Shape, passwordHash: string): Promise<People> {
  const org = await db.selectFrom("orgs").select("id").orderBy("id").executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  await bulk(db, "units", Array.from({ length: shape.units }, (_, i) => ({
    org_id: org.id, name: `第${i + 1}单位`, kind: i % 3 ? "school" : "department", aliases: "[]", active: 1, version: 1, created_at: at,
  })));
  const units = await db.selectFrom("units").select("id").where("org_id", "=", org.id).orderBy("id").execute();
  const user = (username: string, name: string, roles: string[], unitId: number | null) => ({
    org_id: org.id, unit_id: unitId, username, name, phone: null, roles: JSON.stringify(roles), password_hash: passwordHash,
    must_change_password: 0, active: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: 1, created_at: at,
  });
  const leaders = leaderCount(shape);
  const rows = [user("office", "办公室", ["office"], null), user("director", "局长", ["director"], null)];
  for (let i = 0; i < leaders; i++) rows.push(user(`leader${i}`, `领导${i + 1}`, ["leader"], null));
  const perUnit = Math.max(1, Math.floor((shape.users - rows.length) / shape.units));
  units.forEach((u, i) => {
    for (let k = 0; k < perUnit; k++) rows.push(user(`u${i}_${k}`, `单位${i + 1}经办${k}`, [k === 0 ? "unit_head" : "unit_staff"], u.id));
  });
  await bulk(db, "users", rows);
  return { orgId: org.id, busyUnitId: units[0].id, clerk: "u0_1", leader: "leader0", director: "director", office: "office" };
}

const leaderCount = (shape: Shape) => Math.max(2, Math.round(shape.users / 70));

const LEVELS = ["on_track", "on_track", "done", "behind", "on_track", "not_started"] as const;

/** One year: its plans, tasks, rounds, reports with values, milestones and events, and the bell's notifications. */
export async function buildYear(db: Kysely<DB>, shape: Shape, people: People, year: number, current: boolean, insertTasks: (db: Kysely<DB>, planId: number, items: { value: TaskValue }[]) => Promise<void>): Promise<void> {
  const units = (await db.selectFrom("units").select("id").where("org_id", "=", people.orgId).orderBy("id").execute()).map((u) => u.id);
  const users = await db.selectFrom("users").select(["id", "unit_id", "roles", "username"]).where("org_id", "=", people.orgId).execute();
  const leaders = users.filter((u) => u.username.startsWith("leader")).sort((a, b) => a.id - b.id);
  const reporters = new Map<number, number[]>();
  for (const u of users) if (u.unit_id) reporters.set(u.unit_id, [...(reporters.get(u.unit_id) ?? []), u.id]);
  const iso = (day: string) => `${day}T02:00:00.000Z`;
  for (let p = 0; p < shape.plans; p++) {
    const plan = await db
      .insertInto("plans")
      .values({
        org_id: people.orgId, title: `示例县教育局${year}年工作要点（${p + 1}）`, year, doc_number: `示教〔${year}〕${p + 1}号`, issuer: "示例县教育局",
        issued_on: `${year}-01-10`, region: "示例县", status: current ? "published" : "archived", sections: "[]", warnings: "[]", source_text: "",
        source_format: "md", meta_provenance: "{}", file_name: null, file_type: null, file_data: null, created_by: null,
        created_at: iso(`${year}-01-10`), published_at: iso(`${year}-01-12`), archived_at: current ? null : iso(`${year + 1}-01-05`), version: 2,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // Task i: lead unit (the busy unit leads one task in eight and helps on another), 2 co-units, 1–2 leaders.
    const items = Array.from({ length: shape.tasks }, (_, i) => {
      const k = p * shape.tasks + i;
      const lead = i % 8 === 0 ? units[0] : units[1 + (k % (units.length - 1))];
      const co = [i % 8 === 4 ? units[0] : units[1 + ((k * 7 + 3) % (units.length - 1))], units[1 + ((k * 13 + 5) % (units.length - 1))]].filter((u) => u !== lead);
      const value: TaskValue = {
        no: String(i + 1), sectionNo: String(1 + Math.floor(i / 10)), sectionTitle: `第${1 + Math.floor(i / 10)}部分`,
        title: `${year}年重点任务${p + 1}-${i + 1}：推进义务教育优质均衡发展`,
        body: "完善学区化集团化办学机制，推进城乡学校共同体建设，缩小校际差距。".repeat(2),
        lead: [{ name: `第${units.indexOf(lead) + 1}单位`, unitId: lead }],
        co: [...new Set(co)].map((u) => ({ name: `第${units.indexOf(u) + 1}单位`, unitId: u })), liaison: [],
        leaders: [leaders[k % leaders.length], ...(i % 3 === 0 ? [leaders[(k + 1) % leaders.length]] : [])].map((l) => ({ name: `领导${leaders.indexOf(l) + 1}`, userId: l.id })),
        measures: ["制定实施方案", "开展督导检查"],
        targets: i % 2 === 0 ? [{ metric: "新建幼儿园", op: ">=", value: 4, unit: "所" }, { metric: "入园率", op: ">=", value: 95, unit: "%" }] : [{ metric: "培训教师", op: ">=", value: 800, unit: "人次" }],
        milestones: [{ what: "完成方案制定", by: `${year}-03` }, { what: "完成年度任务", by: `${year}-11` }],
      };
      return { value };
    });
    await insertTasks(db, plan.id, items);
    const tasks = await db.selectFrom("tasks").select(["id", "position"]).where("plan_id", "=", plan.id).orderBy("position").execute();
    const taskIds = tasks.map((t) => t.id);
    const taskUnits = await db.selectFrom("task_units").select(["task_id", "unit_id", "role"]).where("task_id", "in", taskIds).where("role", "in", ["lead", "co"]).orderBy("position").execute();
    const targets = await db.selectFrom("targets").select(["id", "task_id", "value"]).where("task_id", "in", taskIds).execute();
    const milestones = await db.selectFrom("milestones").select(["id", "task_id", "by"]).where("task_id", "in", taskIds).execute();
    const taskLeaders = await db.selectFrom("task_leaders").select(["task_id", "user_id"]).where("task_id", "in", taskIds).execute();
    const previous = new Map<string, string>();
    for (let m = 1; m <= shape.rounds; m++) {
      const period = `${year}-${String(m).padStart(2, "0")}`;
      const open = current && m === shape.rounds;
      const round = await db
        .insertInto("rounds")
        .values({
          plan_id: plan.id, period, opens_on: `${period}-20`, due_on: `${period}-25`, state: open ? "open" : "closed",
          opened_at: iso(`${period}-20`), closed_at: open ? null : iso(`${period}-28`), version: 3, created_at: iso(`${period}-01`),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const reports = taskUnits.map((tu, n) => {
        const key = `${tu.task_id}:${tu.unit_id}`;
        const prev = previous.get(key) ?? "";
        const state = open
          ? (["draft", "submitted", "approved", "returned", "draft"] as const)[n % 5]
          : tu.role === "lead" ? "approved" : "merged";
        const text = open && state === "draft" ? prev : `${period}：按计划推进，完成阶段目标。组织专题调度，督促各校落实。`.repeat(3);
        previous.set(key, text);
        const sent = state !== "draft";
        return {
          round_id: round.id, task_id: tu.task_id, unit_id: tu.unit_id!, role: tu.role === "lead" ? "lead" : "co", state, text,
          status: sent ? LEVELS[n % LEVELS.length] : null, problems: sent ? "经费尚未完全到位。" : "", next_steps: sent ? "下月完成验收。" : "", previous_text: prev,
          submitted_by: sent ? reporters.get(tu.unit_id!)?.[0] ?? null : null, submitted_at: sent ? iso(`${period}-24`) : null,
          decided_by: state === "approved" || state === "returned" ? leaders[0].id : null, decided_at: state === "approved" || state === "returned" ? iso(`${period}-27`) : null,
          comment: state === "returned" ? "请补充数据" : null, editors: JSON.stringify(reporters.get(tu.unit_id!)?.slice(0, 1) ?? []), version: sent ? 4 : 1,
          updated_at: iso(`${period}-27`),
        } as const;
      });
      await bulk(db, "reports", reports as unknown as Row<"reports">[]);
      const stored = await db.selectFrom("reports").select(["id", "task_id", "unit_id", "role", "state"]).where("round_id", "=", round.id).execute();
      const counted = stored.filter((r) => r.state !== "draft" && r.state !== "returned");
      await bulk(db, "report_values", counted.filter((r) => r.role === "lead").flatMap((r) =>
        targets.filter((t) => t.task_id === r.task_id).map((t) => ({ report_id: r.id, target_id: t.id, value: Math.round((Number(t.value) * m) / shape.rounds) }))));
      await bulk(db, "report_milestones", counted.filter((r) => r.role === "lead").flatMap((r) =>
        milestones.filter((x) => x.task_id === r.task_id && x.by <= period).map((x) => ({ report_id: r.id, milestone_id: x.id, done_on: `${x.by}-15` }))));
      const events = stored.flatMap((r) => {
        const list: Row<"report_events">[] = [{ report_id: r.id, at: iso(`${period}-22`), actor_id: null, actor_name: "经办", action: "save", comment: null }];
        if (r.state !== "draft") list.push({ report_id: r.id, at: iso(`${period}-24`), actor_id: null, actor_name: "负责人", action: "submit", comment: null });
        if (r.state === "approved" || r.state === "merged") list.push({ report_id: r.id, at: iso(`${period}-27`), actor_id: null, actor_name: "领导", action: r.state === "merged" ? "merge" : "approve", comment: null });
        return list;
      });
      await bulk(db, "report_events", events);
      // The bell: the round's opening to every reporter of a unit, each decision to the unit, each lead submission to the task's leaders.
      const notes: Row<"notifications">[] = [];
      const note = (userId: number, kind: string, title: string, dedupe: string, day: string, link: string | null) =>
        notes.push({ user_id: userId, kind, title, body: `《示例县教育局${year}年工作要点（${p + 1}）》`, link, dedupe_key: `${dedupe}:u${userId}`, created_at: iso(day), read_at: current && m >= shape.rounds - 1 ? null : iso(day) });
      for (const unitId of new Set(stored.map((r) => r.unit_id))) for (const u of reporters.get(unitId) ?? []) note(u, "round.open", `${year}年${m}月进展调度已开始`, `round-open:${round.id}:${unitId}`, `${period}-20`, "/");
      for (const r of stored) {
        if (r.role === "lead" && r.state !== "draft") for (const l of taskLeaders.filter((x) => x.task_id === r.task_id)) note(l.user_id!, "report.to-approve", `待审定：${r.task_id}`, `to-approve:${r.id}`, `${period}-24`, `/reports/${r.id}`);
        if (r.state === "approved" || r.state === "returned") for (const u of reporters.get(r.unit_id) ?? []) note(u, `report.${r.state}`, `${r.state === "approved" ? "已审定" : "被退回"}：${r.task_id}`, `${r.state}:${r.id}`, `${period}-27`, `/reports/${r.id}`);
      }
      await bulk(db, "notifications", notes);
    }
  }
}
