import { z } from "zod";
import { sql, type Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { route } from "./define.js";
import { idParam, queryInt } from "../validation.js";
import { nowOf } from "../context.js";
import { localDay } from "../clock.js";
import { presentReportSummary } from "../presenters/reports.js";
import { copiedUnchangedSql, REPORT_SUMMARY_COLUMNS } from "../commands/rounds/reports.js";
import { summariesAccess, workReadOrgs } from "../policies/scope.js";
import { quarterLabel } from "../commands/rounds/summaries.js";
import { filersOf } from "../commands/rounds/filers.js";
import { signTodos } from "../commands/supervision/sign-requests.js";
import { markRead } from "../commands/rounds/notify.js";

export const meRoutes = [
  route({
    method: "GET", url: "/api/me/todos", cached: true, tag: "me", access: "plans.read", summary: "我的待办：待填报、待汇总、待审定、已逾期、被退回、待签收",
    handler: async ({ ctx, user }) => {
      const db = ctx.database.db;
      const roles = user!.roleList;
      const today = localDay(nowOf(ctx));
      const orgIds = await workReadOrgs(db, user!);
      const base = db
        .selectFrom("reports")
        .innerJoin("rounds", "rounds.id", "reports.round_id")
        .innerJoin("plans", "plans.id", "rounds.plan_id")
        .innerJoin("tasks", "tasks.id", "reports.task_id")
        .innerJoin("units", "units.id", "reports.unit_id")
        .select([...REPORT_SUMMARY_COLUMNS, copiedUnchangedSql(), "reports.submitted_by", "reports.editors"])
        .select(["tasks.no as task_no", "tasks.title as task_title", "units.name as unit_name", "rounds.due_on", "rounds.period", "plans.title as plan_title"])
        .where("rounds.state", "=", "open")
        .where("plans.org_id", "in", orgIds)
        // One order on both databases (PostgreSQL returns an unordered join in any order).
        .orderBy("rounds.due_on")
        .orderBy("plans.id")
        .orderBy("tasks.position")
        .orderBy("reports.role", "desc")
        .orderBy("reports.id");
      const present = (rows: Awaited<ReturnType<typeof base.execute>>) =>
        rows.map(({ task_no, task_title, unit_name, due_on, period, plan_title, ...r }) => ({
          ...presentReportSummary(r, { unitName: unit_name, taskNo: task_no, taskTitle: task_title }), dueOn: due_on, period, planTitle: plan_title, overdue: due_on < today,
        }));
      const unitRole = user!.unit_id && roles.some((r) => r === "unit_staff" || r === "unit_head");
      const own = unitRole ? await base.where("reports.unit_id", "=", user!.unit_id!).where("reports.state", "in", ["draft", "returned"]).execute() : [];
      // Reports filed on behalf of units without accounts (代报): by the liaison unit of their task, else by the office.
      const pending = base.where("plans.org_id", "=", user!.org_id).where("reports.state", "in", ["draft", "returned"]);
      const proxyCandidates = [
        ...(unitRole
          ? await pending.where("reports.unit_id", "!=", user!.unit_id!)
              .where("reports.task_id", "in", (eb) => eb.selectFrom("task_units").select("task_id").where("unit_id", "=", user!.unit_id!).where("role", "=", "liaison"))
              .execute()
          : []),
        ...(roles.includes("office") ? await pending.execute() : []),
      ];
      const filers = await filersOf(db, proxyCandidates);
      // The first of each report (a liaison unit's office user sees it in both lists), in one pass.
      const proxiedIds = new Set<number>();
      const proxied = proxyCandidates.filter((r) => {
        const f = filers.get(r.id)!;
        const mineToFile = (f.kind === "liaison" && unitRole && f.unitId === user!.unit_id) || (f.kind === "office" && roles.includes("office"));
        if (!mineToFile || proxiedIds.has(r.id)) return false;
        proxiedIds.add(r.id);
        return true;
      });
      const mine = [...present(own), ...present(proxied).map((r) => ({ ...r, proxy: filers.get(r.id)!.kind }))];
      const write = mine.filter((r) => r.state === "draft");
      const returned = mine.filter((r) => r.state === "returned");
      // A lead draft with co-units' input waiting is a consolidation to do.
      const coWaiting = unitRole
        ? await db
            .selectFrom("reports")
            .select(["round_id", "task_id"])
            .where("role", "=", "co")
            .where("state", "=", "submitted")
            .where("round_id", "in", [...new Set(mine.map((r) => r.roundId))].concat(-1))
            .execute()
        : [];
      const waiting = new Set(coWaiting.map((c) => `${c.round_id}:${c.task_id}`));
      const consolidate = mine.filter((r) => r.role === "lead" && waiting.has(`${r.roundId}:${r.taskId}`));
      const toDecide = roles.some((r) => r === "leader" || r === "director")
        ? await (roles.includes("director")
            ? base
            : base.where((eb) => eb.exists(eb.selectFrom("task_leaders").select("task_leaders.id").whereRef("task_leaders.task_id", "=", "reports.task_id").where("task_leaders.user_id", "=", user!.id)))
          )
            .where("plans.org_id", "=", user!.org_id) // an upper org reads below, never decides there
            .where("reports.state", "=", "submitted")
            .where("reports.role", "=", "lead")
            .execute()
        : [];
      // Nobody approves their own report, so one's own never shows up here.
      const approve = present(toDecide.filter((r) => r.submitted_by !== user!.id && !(JSON.parse(r.editors) as number[]).includes(user!.id)));
      // Quarterly summaries waiting for my decision count among 待审定 too.
      const submittedSummaries = roles.some((r) => r === "leader" || r === "director")
        ? await db.selectFrom("summaries").innerJoin("plans", "plans.id", "summaries.plan_id").selectAll("summaries").select(["plans.title as plan_title", "plans.org_id"])
            .where("plans.org_id", "=", user!.org_id).where("summaries.state", "=", "submitted").orderBy("summaries.submitted_at").orderBy("summaries.id").limit(500).execute()
        : [];
      const summaryRights = await summariesAccess(db, user!, submittedSummaries.map(({ plan_title, org_id, ...summary }) => ({ summary, orgId: org_id })));
      const approveSummaries = submittedSummaries
        .filter((_, i) => summaryRights[i].decide)
        .map((sm) => ({ id: sm.id, title: sm.title, quarter: sm.quarter, quarterLabel: quarterLabel(sm.quarter), scope: sm.scope, submittedAt: sm.submitted_at, planTitle: sm.plan_title }));
      const overseer = roles.some((r) => r === "office" || r === "admin" || r === "director");
      const late = overseer
        ? present(await base.where("reports.state", "in", ["draft", "returned"]).where("rounds.due_on", "<", today).execute())
        : mine.filter((r) => r.overdue);
      // Findings waiting for me: the unit's assigned ones to rectify; the office's to notice, assign or verify.
      const manage = roles.some((r) => r === "office" || r === "admin");
      const officeStates = ["registered", "noticed", "reported"] as const;
      const unitStates = ["assigned", "rectifying"] as const;
      const findingsWaiting = manage || unitRole
        ? await db.selectFrom("findings").select(["id", "title", "state", "deadline"]).where("org_id", "=", user!.org_id)
            .where((eb) => eb.or([
              ...(manage ? [eb("state", "in", officeStates)] : []),
              ...(unitRole ? [eb.and([eb("unit_id", "=", user!.unit_id!), eb("state", "in", unitStates)])] : []),
            ]))
            .orderBy("id").limit(500).execute()
        : [];
      // 待签收: tasks of published plans my unit has not signed, and those I sign for on a unit's behalf (代签).
      const sign = await signTodos(db, { org_id: user!.org_id, unit_id: user!.unit_id, roles });
      return {
        sign,
        findings: { waiting: findingsWaiting.length, overdue: findingsWaiting.filter((f) => f.deadline && f.deadline < today).length, items: findingsWaiting.slice(0, 20) },
        write, returned, consolidate, approve, late, approveSummaries,
        counts: { write: write.length, returned: returned.length, consolidate: consolidate.length, approve: approve.length + approveSummaries.length, late: late.length, sign: sign.length },
      };
    },
  }),
  route({
    method: "GET", url: "/api/notifications", cached: "bell", tag: "me", access: "session", summary: "我的通知（铃铛）：最新的一页，before 取更早的一页",
    query: z.strictObject({ unread: z.enum(["0", "1"]).optional(), limit: queryInt().min(1).max(200).default(50), before: queryInt().positive().optional() }),
    handler: async ({ ctx, user, query }) => {
      const db = ctx.database.db;
      const userId = user!.id;
      // One statement: a page read backwards along notifications(user_id, id) — the cost of a page, not
      // of the years kept — with each body cut to what the bell shows, and the unread count beside it as
      // a capped aggregate over notifications(user_id, read_at) (an index-only count of ≤ UNREAD_CAP entries).
      let q = db.selectFrom("notifications")
        .select(["id", "kind", "title", "link", "created_at", "read_at"])
        .select(sql<string>`substr(body, 1, ${sql.lit(BODY_EXCERPT + 1)})`.as("body"))
        .select(unreadCount(db, userId).as("unread"))
        .where("user_id", "=", userId);
      if (query.unread === "1") q = q.where("read_at", "is", null);
      if (query.before) q = q.where("id", "<", query.before);
      const rows = await q.orderBy("id", "desc").limit(query.limit + 1).execute();
      const page = rows.slice(0, query.limit);
      // No row, no count beside it: nothing at all (or unread) means none unread; an empty older page asks.
      const unread = rows.length ? Number(rows[0].unread) : query.before ? Number((await db.selectNoFrom(unreadCount(db, userId).as("n")).executeTakeFirst())?.n ?? 0) : 0;
      return {
        items: page.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: excerpt(n.body), link: n.link, createdAt: n.created_at, read: !!n.read_at })),
        unread,
        /** The `before` of the next (older) page; null on the last one. */
        nextBefore: rows.length > query.limit ? page.at(-1)!.id : null,
      };
    },
  }),
  route({
    method: "POST", url: "/api/notifications/:id/read", tag: "me", access: "session", summary: "标为已读",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      await markRead(ctx.database, user!.id, params.id, nowOf(ctx));
      return undefined;
    },
  }),
  route({
    method: "POST", url: "/api/notifications/read-all", tag: "me", access: "session", summary: "全部标为已读",
    handler: async ({ ctx, user }) => {
      await markRead(ctx.database, user!.id, "all", nowOf(ctx));
      return undefined;
    },
  }),
];

/**
 * Counted no further than the badge shows (antd's Badge: "99+"): a user who never reads costs no more
 * than one who does.
 */
export const UNREAD_CAP = 100;

/** Characters of a notice's body the bell answers (it shows two lines, about 60; the link opens the record). */
export const BODY_EXCERPT = 140;

/** The unread count, as a scalar subquery: notifications(user_id, read_at) holds a user's unread rows together. */
function unreadCount(db: Kysely<DB>, userId: number) {
  const unread = db.selectFrom("notifications").select("id").where("user_id", "=", userId).where("read_at", "is", null).limit(UNREAD_CAP);
  return db.selectFrom(unread.as("u")).select((eb) => eb.fn.countAll().as("n"));
}

/** The database cut at BODY_EXCERPT + 1 characters (code points): one more says there was more. */
function excerpt(body: string): string {
  if (body.length <= BODY_EXCERPT) return body;
  const chars = Array.from(body);
  return chars.length > BODY_EXCERPT ? `${chars.slice(0, BODY_EXCERPT).join("")}…` : body;
}
