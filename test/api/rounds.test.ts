import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { runReminders } from "../../src/server/commands/rounds/reminders.js";
import { deliverOutbox } from "../../src/server/commands/rounds/outbox.js";
import { runDueJobs, type JobDef } from "../../src/server/jobs/scheduler.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%，9月底前完成新园建设。（责任领导：张明，责任股室：基础教育股）
2. 加强教师队伍建设。完成教师培训1200人次以上。（责任领导：李华，责任股室：教师工作股）
3. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

/** A local receiver for robot webhooks: records bodies and query strings; can be told to fail. */
function webhookReceiver() {
  const got: { url: string; body: any }[] = [];
  let fail = false;
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      if (fail) {
        res.writeHead(500).end("down");
        return;
      }
      got.push({ url: req.url!, body: JSON.parse(data) });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
    });
  });
  return {
    got, server,
    setFail: (f: boolean) => (fail = f),
    start: () => new Promise<string>((r) => server.listen(0, "127.0.0.1", () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
  };
}

describe.each(dialects())("reporting rounds on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-21", 10);
  const clock = () => now;
  let admin: TestClient;
  const users: Record<string, TestClient> = {};
  let planId: number;
  const taskIds: Record<string, number> = {};


  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock });
    admin = await s.admin();
    const unit = async (name: string) => (await admin.post("/api/units", { name, kind: "department" })).json().id as number;
    const jj = await unit("基础教育股"), cw = await unit("计划财务股"), js = await unit("教师工作股"), aq = await unit("安全管理股");
    const add = async (username: string, name: string, roles: string[], unitId?: number, email?: string) => {
      users[username] = await s.user({ username, name, roles, unitId, email });
    };
    await add("jj_staff", "基教经办", ["unit_staff"], jj);
    await add("jj_head", "基教负责人", ["unit_head"], jj);
    await add("cw_staff", "计财经办", ["unit_staff"], cw);
    await add("cw_head", "计财负责人", ["unit_head"], cw);
    await add("aq_staff", "安全经办", ["unit_staff"], aq, "aq@example.test");
    // 李华 leads task 2 and also heads its unit: the one who could approve their own report.
    await add("lihua", "李华", ["leader", "unit_head"], js);
    await add("zhangming", "张明", ["leader"]);
    await add("office1", "办公室", ["office"]);

    const imported = await admin.post("/api/plans/import", { text: PLAN, filename: "要点.txt" });
    expect(imported.statusCode, imported.body).toBe(201);
    planId = imported.json().plan.id;
    const tasks = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    for (const t of tasks) taskIds[t.no] = t.id;
    // Task 1 gets a co-unit, as a 分工方案 would give it.
    const t1 = tasks.find((t: any) => t.no === "1");
    expect((await admin.patch(`/api/tasks/${t1.id}`, { co: [{ name: "计划财务股" }], version: t1.version })).statusCode).toBe(200);
    expect((await admin.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => s?.close());

  let roundId: number;
  const reportOf = async (c: TestClient, task: string, role: "lead" | "co") => {
    const items = (await c.get(`/api/rounds/${roundId}/reports`)).json().items;
    return items.find((r: any) => r.taskId === taskIds[task] && r.role === role);
  };

  it("opens a round with one report per task and responsible unit", async () => {
    expect((await users.jj_staff.post(`/api/plans/${planId}/rounds`, { period: "2026-03" })).statusCode).toBe(403);
    const res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-03" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().round).toMatchObject({ period: "2026-03", dueOn: "2026-03-25", state: "open" });
    roundId = res.json().round.id;
    expect((await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-03" })).statusCode).toBe(409);
    const items = (await admin.get(`/api/rounds/${roundId}/reports`)).json().items;
    expect(items).toHaveLength(4);
    // A unit sees its own reports; as the lead unit of task 1 also its co-unit's.
    expect((await users.aq_staff.get(`/api/rounds/${roundId}/reports`)).json().items).toHaveLength(1);
    expect((await users.jj_staff.get(`/api/rounds/${roundId}/reports`)).json().items).toHaveLength(2);
    expect(items.every((r: any) => r.state === "draft" && typeof r.version === "number")).toBe(true);
    const bell = (await users.jj_staff.get("/api/notifications")).json();
    expect(bell.unread).toBeGreaterThan(0);
    expect(bell.items[0].title).toContain("2026年3月");
  });

  it("co-unit reports, lead consolidates, leader returns then approves", async () => {
    const co = await reportOf(admin, "1", "co");
    const coDetail = (await users.cw_staff.get(`/api/reports/${co.id}`)).json();
    const target = coDetail.task.targets.find((t: any) => t.unit === "%");
    let saved = await users.cw_staff.request("PUT", `/api/reports/${co.id}`, { text: "已完成两所新园选址。", status: "正常推进", values: [{ targetId: target.id, value: 92 }], version: co.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().statusLabel).toBe("正常推进");
    // Only the unit head submits; a stale version is refused.
    expect((await users.cw_staff.post(`/api/reports/${co.id}/submit`, { version: saved.json().version })).statusCode).toBe(403);
    expect((await users.cw_head.post(`/api/reports/${co.id}/submit`, { version: co.version })).statusCode).toBe(409);
    const submitted = await users.cw_head.post(`/api/reports/${co.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().state).toBe("submitted");
    expect((await users.cw_head.post(`/api/reports/${co.id}/submit`, { version: submitted.json().version })).statusCode).toBe(409);

    // Another unit cannot write this report, nor even see the lead's draft: to it the report does not exist.
    const lead = await reportOf(admin, "1", "lead");
    expect((await users.cw_staff.request("PUT", `/api/reports/${lead.id}`, { text: "越权", version: lead.version })).statusCode).toBe(404);

    const todos = (await users.jj_head.get("/api/me/todos")).json();
    expect(todos.consolidate.map((r: any) => r.id)).toContain(lead.id);
    const leadView = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    expect(leadView.coReports[0]).toMatchObject({ unitName: "计划财务股", state: "submitted", text: "已完成两所新园选址。" });
    saved = await users.jj_staff.request("PUT", `/api/reports/${lead.id}`, { text: "新园建设按计划推进，计财股已完成选址。", status: "正常推进", values: [{ targetId: target.id, value: 93 }], version: lead.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const leadSubmitted = await users.jj_head.post(`/api/reports/${lead.id}/submit`, { version: saved.json().version });
    expect(leadSubmitted.statusCode, leadSubmitted.body).toBe(200);
    expect((await admin.get(`/api/reports/${co.id}`)).json().state).toBe("merged");

    // Not this task's leader: refused (the report is not theirs to see).
    expect((await users.lihua.post(`/api/reports/${lead.id}/approve`, { version: leadSubmitted.json().version })).statusCode).toBe(404);
    expect((await users.zhangming.get("/api/me/todos")).json().approve.map((r: any) => r.id)).toContain(lead.id);
    expect((await users.zhangming.post(`/api/reports/${lead.id}/return`, { version: leadSubmitted.json().version, comment: "" })).statusCode).toBe(400);
    const returned = await users.zhangming.post(`/api/reports/${lead.id}/return`, { version: leadSubmitted.json().version, comment: "请补充新园开工时间。" });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().state).toBe("returned");
    const back = (await users.jj_head.get("/api/me/todos")).json();
    expect(back.returned.map((r: any) => r.id)).toContain(lead.id);
    const detail = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    expect(detail.comment).toBe("请补充新园开工时间。");
    expect(detail.events.map((e: any) => e.action)).toEqual(["save", "submit", "return"]);

    saved = await users.jj_staff.request("PUT", `/api/reports/${lead.id}`, { text: "新园建设按计划推进，4月10日开工。", version: detail.version });
    const again = await users.jj_head.post(`/api/reports/${lead.id}/submit`, { version: saved.json().version });
    expect(again.statusCode).toBe(200);
    const approved = await users.zhangming.post(`/api/reports/${lead.id}/approve`, { version: again.json().version, comment: "同意" });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().state).toBe("approved");
    const bell = (await users.jj_staff.get("/api/notifications")).json();
    expect(bell.items.map((n: any) => n.title).join()).toContain("已审定");

    // The ledger shows where the task stands and its target's value against the goal.
    const ledger = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    const t1 = ledger.find((t: any) => t.no === "1");
    expect(t1.statusLabel).toBe("正常推进");
    const pct = t1.targets.find((t: any) => t.unit === "%");
    expect(pct).toMatchObject({ latest: 93, assessment: "on_track" });
    expect(pct.points.map((p: any) => p.period)).toContain("2026-03");
    expect((await admin.get(`/api/plans/${planId}/tasks?status=on_track`)).json().items.map((t: any) => t.no)).toEqual(["1"]);
    // The ledger screen's rows (?view=list): what it shows, without texts, provenance or target series.
    const listed = (await admin.get(`/api/plans/${planId}/tasks?view=list&status=on_track`)).json().items;
    expect(listed.map((t: any) => t.no)).toEqual(["1"]);
    expect(listed[0]).toMatchObject({ id: t1.id, title: t1.title, lead: t1.lead, co: t1.co, leaders: t1.leaders, statusLabel: "正常推进", light: t1.light, signoffs: t1.signoffs });
    expect(listed[0].targets.find((t: any) => t.unit === "%")).toEqual({ id: pct.id, metric: pct.metric, op: pct.op, value: pct.value, unit: "%", latest: 93, assessment: "on_track" });
    expect(listed[0].milestones.map((m: any) => m.state)).toEqual(t1.milestones.map((m: any) => m.state));
    // Read without the series (latestTargetValue per target), every target's latest value and assessment are the full view's.
    const full = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    for (const row of (await admin.get(`/api/plans/${planId}/tasks?view=list`)).json().items) {
      const whole = full.find((t: any) => t.id === row.id);
      expect(row.targets, row.no).toEqual(whole.targets.map(({ id, metric, op, value, unit, latest, assessment }: any) => ({ id, metric, op, value, unit, latest, assessment })));
      expect({ status: row.status, latestPeriod: row.latestPeriod }).toEqual({ status: whole.status, latestPeriod: whole.latestPeriod });
    }
    for (const field of ["body", "measures", "provenance", "confidence"]) expect(listed[0]).not.toHaveProperty(field);
    // 我的任务 likewise: the list's columns, not the task page's.
    const mine = (await users.jj_staff.get("/api/tasks/mine")).json().items.find((t: any) => t.id === t1.id);
    expect(mine).toMatchObject({ no: "1", title: t1.title, lead: t1.lead, myRoles: ["lead"], light: t1.light, unsigned: t1.unsigned });
    for (const field of ["body", "measures", "provenance", "targets", "co", "liaison", "signoffs", "pendingExtensions"]) expect(mine).not.toHaveProperty(field);
    expect(mine).toMatchObject({ signoffCount: t1.signoffs.length, closure: { state: t1.closure.state } });
    // A target that units have reported on cannot silently disappear.
    const dropped = await admin.patch(`/api/tasks/${t1.id}`, { targets: t1.targets.filter((t: any) => t.id !== pct.id).map(({ id, metric, op, value, unit }: any) => ({ id, metric, op, value, unit })), version: t1.version });
    expect(dropped.statusCode).toBe(409);
    expect(dropped.json().error.code).toBe("PART_IN_USE");
  });

  it("refuses self-approval", async () => {
    const lead = await reportOf(admin, "2", "lead");
    const saved = await users.lihua.request("PUT", `/api/reports/${lead.id}`, { text: "培训已完成600人次。", status: "正常推进", version: lead.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const sub = await users.lihua.post(`/api/reports/${lead.id}/submit`, { version: saved.json().version });
    expect(sub.statusCode, sub.body).toBe(200);
    const self = await users.lihua.post(`/api/reports/${lead.id}/approve`, { version: sub.json().version });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain("自己");
    expect((await users.lihua.get("/api/me/todos")).json().approve).toHaveLength(0);
  });

  it("keeps evidence files in the database with a type whitelist", async () => {
    const lead = await reportOf(admin, "3", "lead");
    let mp = multipartBody("file", "现场照片.png", Buffer.from("\x89PNG\r\n\x1a\nfake"));
    const up = await users.aq_staff.request("POST", `/api/reports/${lead.id}/evidence`, mp.body, mp.headers);
    expect(up.statusCode, up.body).toBe(201);
    const file = await users.aq_staff.get(up.json().url);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(String(file.headers["content-disposition"])).toMatch(/^inline/);
    mp = multipartBody("file", "脚本.exe", Buffer.from("MZ"));
    expect((await users.aq_staff.request("POST", `/api/reports/${lead.id}/evidence`, mp.body, mp.headers)).statusCode).toBe(415);
    expect((await users.cw_staff.get(up.json().url)).statusCode).toBe(404);
  });

  it("reminds before, on and after the due day, escalates, and never twice", async () => {
    const hook = webhookReceiver();
    const base = await hook.start();
    const mails: string[] = [];
    const smtp = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], onData(stream, _s, cb) { let d = ""; stream.on("data", (c) => (d += c)); stream.on("end", () => { mails.push(d); cb(); }); } });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    try {
      const saved = await admin.request("PUT", "/api/settings/notifications", {
        reminders: { beforeDays: 2, escalateAfterDays: 3 },
        channels: {
          dingtalk: { enabled: true, webhook: `${base}/robot/send?access_token=abc`, secret: "SECtest" },
          wecom: { enabled: true, webhook: `${base}/cgi-bin/webhook/send?key=k` },
          email: { enabled: true, host: "127.0.0.1", port: smtpPort, secure: false, user: "", pass: "", from: "duban@example.test" },
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await admin.get("/api/settings/notifications")).json().channels.dingtalk.secret).toBe("********");

      const bellCount = async () => (await users.aq_staff.get("/api/notifications")).json().items.filter((n: any) => n.kind.startsWith("remind")).length;
      now = shanghaiInstant("2026-03-22", 9); // 3 days before: nothing
      await runReminders(s.database, now);
      expect(await bellCount()).toBe(0);
      now = shanghaiInstant("2026-03-23", 9); // 2 days before
      await runReminders(s.database, now);
      await runReminders(s.database, now); // a second instance the same day: no duplicates
      expect(await bellCount()).toBe(1);
      now = shanghaiInstant("2026-03-25", 9);
      await runReminders(s.database, now);
      expect(await bellCount()).toBe(2);
      now = shanghaiInstant("2026-03-29", 9); // 4 days overdue ≥ 3: escalates to the task's leader
      await runReminders(s.database, now);
      expect(await bellCount()).toBe(3);
      const leaderBell = (await users.zhangming.get("/api/notifications")).json().items;
      expect(leaderBell.some((n: any) => n.kind === "remind.escalated" && n.title.includes("安全管理股"))).toBe(true);

      const delivered = await deliverOutbox(s.database, now);
      expect(delivered.failed).toBe(0);
      const ding = hook.got.filter((g) => g.url.startsWith("/robot/send"));
      expect(ding.length).toBeGreaterThanOrEqual(3);
      expect(ding[0].url).toMatch(/timestamp=\d+&sign=/);
      expect(ding[0].body.text.content).toContain("安全管理股");
      expect(hook.got.some((g) => g.url.startsWith("/cgi-bin/webhook/send"))).toBe(true);
      expect(mails.length).toBeGreaterThanOrEqual(1);
      expect(mails[0]).toContain("aq@example.test");
      // Delivered once: another pass sends nothing.
      const count = hook.got.length;
      await deliverOutbox(s.database, now);
      expect(hook.got.length).toBe(count);

      // A failing receiver: retried later, visible, not lost.
      hook.setFail(true);
      now = shanghaiInstant("2026-03-30", 9);
      await runReminders(s.database, now);
      const failed = await deliverOutbox(s.database, now);
      expect(failed.failed).toBeGreaterThan(0);
      const pending = (await admin.get("/api/outbox?state=pending")).json().items;
      expect(pending[0].lastError).toContain("500");
      hook.setFail(false);
      now = new Date(now.getTime() + 2 * 60_000);
      const retried = await deliverOutbox(s.database, now);
      expect(retried.sent).toBeGreaterThan(0);
    } finally {
      hook.server.close();
      smtp.close();
    }
  });

  it("runs each scheduled job once even when two instances try", async () => {
    let runs = 0;
    const job: JobDef = { name: "test-job", cron: "0 9 * * *", run: async () => { runs++; await new Promise((r) => setTimeout(r, 50)); } };
    const t0 = shanghaiInstant("2026-04-01", 8);
    await runDueJobs(s.ctx, [job], t0); // registers the job for 09:00
    const t1 = shanghaiInstant("2026-04-01", 9);
    await Promise.all([runDueJobs(s.ctx, [job], t1), runDueJobs(s.ctx, [job], t1)]);
    expect(runs).toBe(1);
    await runDueJobs(s.ctx, [job], shanghaiInstant("2026-04-01", 12));
    expect(runs).toBe(1);
    await runDueJobs(s.ctx, [job], shanghaiInstant("2026-04-02", 9));
    expect(runs).toBe(2);
  });

  it("closes the round; nothing can be written after", async () => {
    const lead = await reportOf(admin, "3", "lead");
    expect((await users.office1.post(`/api/rounds/${roundId}/remind`, {})).json().reports).toBeGreaterThan(0);
    const closed = await users.office1.post(`/api/rounds/${roundId}/close`, {});
    expect(closed.json().round.state).toBe("closed");
    const late = await users.aq_staff.request("PUT", `/api/reports/${lead.id}`, { text: "迟到的报告", version: lead.version });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("ROUND_CLOSED");
  });

  it("starts the next round from last round's text and flags an unchanged copy", async () => {
    now = shanghaiInstant("2026-04-20", 10);
    const res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-04" });
    expect(res.json().round.state).toBe("open");
    const r2 = res.json().round.id;
    const moved = await users.office1.patch(`/api/rounds/${r2}`, { dueOn: "2026-04-27" });
    expect(moved.json().round.dueOn).toBe("2026-04-27");
    expect((await users.office1.patch(`/api/rounds/${r2}`, { opensOn: "2026-04-22" })).statusCode).toBe(409);
    const items = (await admin.get(`/api/rounds/${r2}/reports`)).json().items;
    const lead = items.find((r: any) => r.taskId === taskIds["1"] && r.role === "lead");
    const detail = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    expect(detail.text).toBe("新园建设按计划推进，4月10日开工。");
    expect(detail.carriedOver).toEqual(["新园建设按计划推进，4月10日开工。"]);
    const saved = await users.jj_staff.request("PUT", `/api/reports/${lead.id}`, { status: "正常推进", version: detail.version });
    const sub = await users.jj_head.post(`/api/reports/${lead.id}/submit`, { version: saved.json().version });
    expect(sub.json().copiedUnchanged).toBe(true);
  });

  it("assembles a quarterly summary from approved reports, approves it, and exports a DOCX", async () => {
    const created = await users.jj_staff.post(`/api/plans/${planId}/summaries`, { quarter: "2026-Q1", scope: "unit" });
    expect(created.statusCode, created.body).toBe(201);
    const summary = created.json();
    expect(summary.title).toBe("基础教育股2026年第一季度工作总结");
    expect(summary.text).toContain("新园建设按计划推进，4月10日开工。");
    expect(summary.text).toContain("指标：");
    expect(summary.text).toMatch(/（目标(不低于|不高于|达到|高于|低于)\d/);
    expect(summary.text).not.toMatch(/[<>]=?/);
    // A second one of the same quarter: the screen is given the existing one to open.
    const again = await users.jj_staff.post(`/api/plans/${planId}/summaries`, { quarter: "2026-Q1", scope: "unit" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "SUMMARY_EXISTS", details: { id: summary.id } });
    expect((await users.cw_staff.get(`/api/summaries/${summary.id}`)).statusCode).toBe(404);
    const saved = await users.jj_staff.request("PUT", `/api/summaries/${summary.id}`, { text: summary.text + "\n（经办人补充）", version: summary.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const sub = await users.jj_head.post(`/api/summaries/${summary.id}/submit`, { version: saved.json().version });
    expect(sub.statusCode, sub.body).toBe(200);
    const ok = await users.zhangming.post(`/api/summaries/${summary.id}/approve`, { version: sub.json().version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe("approved");
    const docx = await users.jj_staff.get(`/api/summaries/${summary.id}/export.docx`);
    expect(docx.statusCode).toBe(200);
    const { unzipSync, strFromU8 } = await import("fflate");
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))["word/document.xml"]);
    expect(xml).toContain("基础教育股2026年第一季度工作总结");
    expect(xml).toContain("经办人补充");
    // Headings (一、…) keep with the next paragraph: none left alone at a page's foot.
    const headings = xml.split("</w:p>").filter((p) => /<w:t[^>]*>[一二三四五六七八九十]+、/.test(p));
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h).toContain("<w:keepNext/>");
  });
});
