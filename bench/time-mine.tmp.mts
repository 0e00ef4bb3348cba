import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { myTasksPage } from "../src/server/commands/plans/my-tasks.ts";
const raw = new SQLite(process.argv[2], { readonly: true });
const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
const busy = raw.prepare("select unit_id, count(*) n from task_units group by unit_id order by n desc limit 1").get() as any;
const user = raw.prepare("select id from users where unit_id = ? limit 1").get(busy.unit_id) as any;
for (const q of [{ page: 1, pageSize: 15 }, { page: 5, pageSize: 15, role: "co" }]) {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) { const t0 = performance.now(); await myTasksPage(db as any, { userId: user.id, unitId: busy.unit_id }, q as any); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify(q), "median", times[20].toFixed(2), "ms, min", times[0].toFixed(2));
}
