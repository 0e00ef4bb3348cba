import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, type LogEvent } from "kysely";
import { myTasksPage } from "../src/server/commands/plans/my-tasks.ts";
const file = process.argv[2];
const raw = new SQLite(file, { readonly: true });
const queries: { sql: string; params: readonly unknown[] }[] = [];
const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }), log: (e: LogEvent) => { queries.push({ sql: e.query.sql, params: e.query.parameters }); } });
const busy = raw.prepare("select unit_id, count(*) n from task_units tu join tasks t on t.id = tu.task_id join plans p on p.id = t.plan_id where p.status='published' and unit_id is not null group by unit_id order by n desc limit 1").get() as any;
const leader = raw.prepare("select user_id, count(*) n from task_leaders group by user_id order by n desc limit 1").get() as any;
const user = raw.prepare("select id from users where unit_id = ? limit 1").get(busy.unit_id) as any;
console.log("busiest unit", busy, "leader", leader);
for (const [label, who, q] of [
  ["clerk p1", { userId: user.id, unitId: busy.unit_id }, { page: 1, pageSize: 15 }],
  ["clerk co p3", { userId: user.id, unitId: busy.unit_id }, { page: 3, pageSize: 15, role: "co" }],
  ["leader -plan", { userId: leader.user_id, unitId: null }, { page: 1, pageSize: 15, sort: "-plan" }],
] as const) {
  queries.length = 0;
  const t0 = performance.now();
  const r = await myTasksPage(db as any, who as any, q as any);
  console.log(`\n== ${label}: ${(performance.now() - t0).toFixed(1)} ms, total ${r.total}, counts ${JSON.stringify(r.counts)}, plans ${r.plans.length}`);
  for (const x of queries) {
    console.log("SQL:", x.sql.slice(0, 400));
    for (const row of raw.prepare("explain query plan " + x.sql).all(...(x.params as any[])) as any[]) console.log("   ", row.detail);
  }
}
