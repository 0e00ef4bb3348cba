// 进展调度 for leaders and the director: each task with its latest lead-unit report — an excerpt of the text
// once it left the unit (the whole text on demand: excerptOf, boardText), its state, whether it came in on
// time — one row per task, picked in SQL. A row carries
// only what ProgressBoard shows (no plan or section titles, no report comment or timestamps: the report page has them).
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DB } from "../../db/schema.js";
import { REPORT_STATUSES } from "../../../shared/reports.js";
import type { DashboardScope } from "./overview.js";
import { taskLight } from "../../../shared/supervision.js";
import { latestLeadOf } from "../rounds/progress.js";

/** What a report's reader sees of its text: nothing of a draft the unit has not sent. */
const SENT = ["submitted", "approved", "merged", "returned"];

/** The milestones (id, 时间节点) of the tasks `taskIds` selects, by task: for the 红黄绿灯 of a list of tasks. */
export async function milestonesByTask(db: Kysely<DB>, taskIds: SelectQueryBuilder<DB, any, { task_id: number }>): Promise<Map<number, { id: number; by: string }[]>> {
  const out = new Map<number, { id: number; by: string }[]>();
  for (const m of await db.selectFrom("milestones").select(["id", "task_id", "by"]).where("task_id", "in", taskIds).execute()) {
    const list = out.get(m.task_id);
    if (list) list.push(m);
    else out.set(m.task_id, [m]);
  }
  return out;
}

/** How many characters of a report's text a board row shows (issue 12: the texts were most of its bytes). */
export const EXCERPT_CHARS = 60;
/** Read from the database: more than the excerpt, so that collapsing white space still leaves enough. */
const HEAD = 2 * EXCERPT_CHARS;

/**
 * A board row's excerpt of a report's text: its start with white space collapsed, at most EXCERPT_CHARS
 * characters (not cutting a character in two), and whether there is more to read.
 */
export function excerptOf(head: string | null, length: number): { excerpt: string | null; more: boolean } {
  if (head == null) return { excerpt: null, more: false };
  const chars = Array.from(head.replace(/\s+/g, " ").trim());
  return { excerpt: chars.slice(0, EXCERPT_CHARS).join(""), more: chars.length > EXCERPT_CHARS || length > HEAD };
}

/** A lead report's whole text as the board shows it (nothing of a draft the unit has not sent). */
export function boardText(report: { role: string; state: string; text: string }): string | null {
  return report.role === "lead" && SENT.includes(report.state) ? report.text : null;
}

/** 按时 as a filter: in before the end of the due day, late (or still missing after it), not yet due. */
export const BOARD_ON_TIME = ["on_time", "late", "not_due"] as const;
/** 推进状态 as a filter: a sent report's status, or `none` (nothing sent, no status, no report). */
export const BOARD_STATUS = ["not_started", "on_track", "done", "behind", "blocked", "none"] as const;

export interface BoardQuery {
  leaderId: number | null;
  /** 1-based page of `pageSize` rows (issue 12: the table shows 15 of a province's 1,000). */
  page?: number;
  pageSize?: number;
  status?: readonly (typeof BOARD_STATUS)[number][];
  onTime?: readonly (typeof BOARD_ON_TIME)[number][];
}

/**
 * One page of the board, its filters applied in SQL, with the count of every row they keep (a SQL
 * aggregate). The 红黄绿灯's milestones and latest lead progress are read for the page's tasks only.
 */
export async function progressBoard(db: Kysely<DB>, s: DashboardScope, opts: BoardQuery) {
  const page = opts.page ?? 1, pageSize = opts.pageSize ?? 15;
  if (!s.planIds.length) return { items: [], total: 0, page, pageSize };
  let tasks = db
    .selectFrom("tasks as t")
    .select((eb) => [
      "t.id", "t.no", "t.title", "t.plan_id", "t.position", "t.closure_state",
      eb
        .selectFrom("reports as r")
        .innerJoin("rounds as ro", "ro.id", "r.round_id")
        .select("r.id")
        .whereRef("r.task_id", "=", "t.id")
        .where("r.role", "=", "lead")
        .where("r.state", "!=", "withdrawn")
        .where("ro.state", "!=", "scheduled")
        .$if(!!s.period, (q) => q.where("ro.period", "<=", s.period!))
        .orderBy("ro.period", "desc")
        .orderBy("r.id", "desc")
        .limit(1)
        .as("report_id"),
    ])
    .where("t.plan_id", "in", s.planIds);
  if (opts.leaderId !== null) tasks = tasks.where("t.id", "in", db.selectFrom("task_leaders").select("task_id").where("user_id", "=", opts.leaderId));
  const cutoff = sql<string>`(ro.due_on || 'T16:00:00.000Z')`;
  const filtered = db
    .selectFrom(tasks.as("x"))
    .leftJoin("reports as r", "r.id", "x.report_id")
    .leftJoin("rounds as ro", "ro.id", "r.round_id")
    .$if(!!opts.status?.length, (q) =>
      q.where((eb) => {
        const codes = opts.status!.filter((c) => c !== "none");
        const sent = eb.and([eb("r.state", "in", SENT as never[]), eb("r.status", "is not", null)]);
        return eb.or([
          ...(codes.length ? [eb.and([sent, eb("r.status", "in", codes)])] : []),
          ...(opts.status!.includes("none") ? [eb.not(sent)] : []),
        ]);
      }))
    .$if(!!opts.onTime?.length, (q) =>
      q.where((eb) => {
        // The row's onTime below, in SQL: true / false / null (with a report), as the JSON says it.
        const onTime = eb.and([eb("r.submitted_at", "is not", null), eb("ro.due_on", "is not", null), eb("r.submitted_at", "<", cutoff)]);
        const late = eb.and([
          eb("ro.due_on", "is not", null),
          eb.or([
            eb.and([eb("r.submitted_at", "is not", null), eb("r.submitted_at", ">=", cutoff)]),
            eb.and([eb("r.submitted_at", "is", null), eb("ro.due_on", "<", s.today)]),
          ]),
        ]);
        return eb.or(opts.onTime!.map((v) => (v === "on_time" ? onTime : v === "late" ? late : eb.and([eb("r.id", "is not", null), eb.not(onTime), eb.not(late)]))));
      }));
  const [{ n }, rows] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    filtered
      .select((eb) => [
        "x.id", "x.no", "x.title", "x.report_id", "x.closure_state",
        "r.state", "r.status", "r.submitted_at",
        // Only the text's head (the row shows an excerpt; GET /api/dashboard/progress/:id gives the rest on demand).
        sql<string | null>`substr(r.text, 1, ${sql.lit(HEAD)})`.as("text_head"),
        sql<number | null>`length(r.text)`.as("text_length"),
        "ro.id as round_id", "ro.period", "ro.due_on",
        eb
          .selectFrom("task_units as tu")
          .leftJoin("units as u", "u.id", "tu.unit_id")
          .select(sql<string>`coalesce(u.name, tu.name)`.as("name"))
          .whereRef("tu.task_id", "=", "x.id")
          .where("tu.role", "=", "lead")
          .orderBy("tu.position")
          .limit(1)
          .as("lead_name"),
      ])
      .orderBy("x.plan_id")
      .orderBy("x.position")
      .orderBy("x.id")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  // 红黄绿灯: milestones and what the lead unit last reported, for the page's tasks at once (never per task).
  const ids = rows.map((r) => r.id);
  const taskIds = db.selectFrom("tasks as t").select("t.id as task_id").where("t.id", "in", ids.length ? ids : [0]);
  const [milestonesOf, progress] = await Promise.all([
    milestonesByTask(db, taskIds),
    latestLeadOf(db, taskIds),
  ]);
  const items = rows.map((r) => {
    const p = progress.get(r.id);
    const { light, reason } = taskLight({
      closure: (r.closure_state ?? null) as "requested" | "closed" | null,
      milestones: (milestonesOf.get(r.id) ?? []).map((m) => ({ by: m.by, done: !!p?.milestonesDone.has(m.id) })),
      report: r.due_on && r.round_id ? { dueOn: r.due_on, submittedAt: r.state && ["submitted", "approved", "merged"].includes(r.state) ? r.submitted_at : null } : null,
      status: p?.status ?? null,
      today: s.today,
    });
    const sent = !!r.state && SENT.includes(r.state);
    const cutoff = r.due_on ? `${r.due_on}T16:00:00.000Z` : null;
    return {
      taskId: r.id, no: r.no, title: r.title,
      leadUnit: r.lead_name ?? null,
      light, lightReason: reason,
      report: r.report_id
        ? {
            id: r.report_id, period: r.period, state: r.state,
            status: sent ? r.status : null,
            statusLabel: sent && r.status ? (REPORT_STATUSES[r.status as keyof typeof REPORT_STATUSES] ?? r.status) : null,
            ...excerptOf(sent ? r.text_head : null, Number(r.text_length ?? 0)),
            /** true: in before the end of the due day; false: late or still missing after it; null: not yet due. */
            onTime: r.submitted_at && cutoff ? r.submitted_at < cutoff : r.due_on && r.due_on < s.today ? false : null,
          }
        : null,
    };
  });
  return { items, total: Number(n), page, pageSize };
}
