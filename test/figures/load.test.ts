// Figure 6, load: simulated users of the example bureau on loopback against a real server, each
// with its own session, doing what people do in a round — sign in, the ledger, 我的任务, the
// to-do list, notifications, saving report drafts. Every answer must be right (2xx; a 409 on a
// report saved by a colleague at the same moment is answered by reloading, as the web app does).
// No assertion on time: p50/p95 are printed. Short in CI; FIGURES_FULL=1 (npm run figures:load)
// runs 200 users for 10 minutes.
import { afterAll, describe, expect, it } from "vitest";
import { dialects } from "../helpers/harness.js";
import { dubanBin, HttpClient, LiveServer, makeDataset, openRounds, percentile, prng, signedIn, size, type Answer, type Dataset } from "./live.js";

const WRITERS = ["jjg_staff", "jjg_head", "cwg_staff", "cwg_head"];
const READERS = ["office", "director", "city_viewer", "admin", "leader1", "leader2"];

describe.each(dialects())("figure 6 — load on $name", (dialect) => {
  const users = size("FIGURES_USERS", 30, 200);
  const seconds = size("FIGURES_SECONDS", 20, 600);
  const thinkMs = size("FIGURES_THINK_MS", 100, 1000);
  let ds: Dataset | undefined;
  let server: LiveServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await ds?.drop();
  });

  it(`serves ${users} users for ${seconds} s without an error`, { timeout: (seconds + 300) * 1000 }, async () => {
    ds = await makeDataset(dialect, { demo: true });
    server = new LiveServer(await dubanBin(), ds.env);
    const base = await server.start();
    const accounts = new Map(ds.accounts.map((a) => [a.username, a]));
    await openRounds(await signedIn(base, accounts.get("office")!));
    const plans = ((await (await signedIn(base, accounts.get("admin")!)).get("/api/plans")).json().items as { id: number }[]).map((p) => p.id);

    const latencies: number[] = [];
    const errors: string[] = [];
    let conflicts = 0;
    const deadline = Date.now() + seconds * 1000;
    const rssBefore = server.rssMb();

    const check = (what: string, res: Answer, ok = [200]) => {
      latencies.push(res.ms);
      if (!ok.includes(res.status)) errors.push(`${what}: ${res.status} ${res.body.slice(0, 200)}`);
      return ok.includes(res.status);
    };

    const simulate = async (i: number) => {
      const random = prng(1000 + i);
      const pool = i % 2 === 0 ? WRITERS : READERS;
      const names = pool.filter((n) => accounts.has(n));
      const account = accounts.get(names[Math.floor(i / 2) % names.length])!;
      const writer = pool === WRITERS;
      const c = new HttpClient(base);
      const think = () => new Promise((r) => setTimeout(r, random() * 2 * thinkMs));
      await think();
      const signIn = async () => check("登录", await c.login(account.username, account.password));
      try {
        if (!(await signIn())) return;
        while (Date.now() < deadline) {
          const r = random();
          if (r < 0.2) {
            const plan = plans[Math.floor(random() * plans.length)];
            check("台账", await c.get(`/api/plans/${plan}/tasks`));
          } else if (r < 0.35) check("我的任务", await c.get("/api/tasks/mine"));
          else if (r < 0.5) check("待办", await c.get("/api/me/todos"));
          else if (r < 0.65) check("通知", await c.get("/api/notifications"));
          else if (r < 0.7) check("方案列表", await c.get("/api/plans"));
          else if (r < 0.73) {
            check("退出", await c.post("/api/auth/logout"), [200, 204]);
            c.cookie = c.csrf = "";
            if (!(await signIn())) return;
          } else if (writer) {
            const todos = await c.get("/api/me/todos");
            if (!check("待办", todos)) continue;
            const mine = todos.json().write as { id: number }[];
            if (!mine.length) continue;
            const id = mine[Math.floor(random() * mine.length)].id;
            for (let attempt = 0; attempt < 5; attempt++) {
              const report = await c.get(`/api/reports/${id}`);
              if (!check("报告", report)) break;
              const saved = await c.put(`/api/reports/${id}`, { text: `模拟用户${i}的进展（${attempt}）`, version: report.json().version });
              if (saved.status === 409) {
                conflicts++;
                latencies.push(saved.ms);
                continue; // a colleague saved first: reload and save again
              }
              check("保存报告", saved);
              break;
            }
          } else {
            check("我的任务", await c.get("/api/tasks/mine"));
          }
          await think();
        }
      } catch (e) {
        errors.push(`用户 ${i}：${(e as Error).message}`);
      }
    };

    await Promise.all(Array.from({ length: users }, (_, i) => simulate(i)));
    const sorted = [...latencies].sort((a, b) => a - b);
    const fmt = (x: number) => Math.round(x);
    console.log(
      `load: users ${users}, requests ${latencies.length}, errors ${errors.length}, p50 ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms ` +
        `(${dialect.name}, ${seconds} s, conflicts reloaded ${conflicts}, rss before ${rssBefore} MB after ${server.rssMb()} MB)`,
    );
    expect(errors.slice(0, 20)).toEqual([]);
    expect(latencies.length).toBeGreaterThan(users);
  });
});
