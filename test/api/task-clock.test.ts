// Overdue milestones and the light follow the app clock (issue 12): the ledger, the task page and
// 我的任务 read "today" from nowOf(ctx), never the machine's clock, so a test that moves the clock
// sees one day everywhere; 我的任务 is kept by the response cache for that day only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../helpers/harness.js";
import { buildCounties, must, type CountiesWorld } from "../helpers/counties.js";

describe.each(dialects())("tasks on the app clock on $name", (dialect) => {
  let w: CountiesWorld;
  let taskId: number;

  beforeAll(async () => {
    w = await buildCounties(dialect);
    const { office, tasks } = w.counties.A;
    taskId = tasks["2"];
    const t = must(await office.get(`/api/tasks/${taskId}`));
    must(await office.request("PATCH", `/api/tasks/${taskId}`, { milestones: [{ what: "完成中期评估", by: "2026-04" }], version: t.version }));
  }, 180_000);
  afterAll(async () => w?.s.close());

  const figures = async () => {
    const { office, staff, planId } = w.counties.A;
    const ledger = (must(await office.get(`/api/plans/${planId}/tasks?view=list`)).items as any[]).find((t) => t.id === taskId);
    const page = must(await office.get(`/api/tasks/${taskId}`));
    const mineRes = await staff.get("/api/tasks/mine");
    const mine = (must(mineRes).items as any[]).find((t) => t.id === taskId);
    return {
      ledger: [ledger.milestones[0].state, ledger.hasOverdueMilestone, ledger.light],
      page: [page.milestones[0].state, page.hasOverdueMilestone, page.light],
      mine: [mine.milestoneSummary.next.state, mine.hasOverdueMilestone, mine.light],
      // 我的任务's tooltip (GET /api/tasks/:id/milestones) follows the same clock.
      detail: [must(await staff.get(`/api/tasks/${taskId}/milestones`)).items[0].state, mine.milestoneSummary.total, mine.milestoneSummary.done],
      cache: mineRes.headers["x-response-cache"],
    };
  };

  it("a milestone due in April is due on 03-28 and overdue on 05-02, on every list at once", async () => {
    w.setDay("2026-03-28");
    const before = await figures();
    expect(before.ledger).toEqual(["due", false, before.ledger[2]]);
    expect(before.ledger[2]).not.toBe("red");
    expect(before.page).toEqual(before.ledger);
    expect(before.mine).toEqual(before.ledger);
    expect(before.detail).toEqual(["due", 1, 0]);
    try {
      w.setDay("2026-05-02");
      const after = await figures();
      expect(after.ledger).toEqual(["overdue", true, "red"]);
      expect(after.page).toEqual(after.ledger);
      expect(after.mine).toEqual(after.ledger);
      expect(after.detail).toEqual(["overdue", 1, 0]);
      // A new day is a new cache generation: 我的任务 was not answered from the 03-28 entry.
      expect(after.cache).toBe("miss");
    } finally {
      w.setDay("2026-03-28");
    }
  });

  it("我的任务 is answered again from the cache while nothing is written", async () => {
    const { staff } = w.counties.A;
    const first = await staff.get("/api/tasks/mine");
    let again = first;
    // On PostgreSQL other test files' writes move the data version too: ask until a hit.
    for (let i = 0; i < 6 && again.headers["x-response-cache"] !== "hit"; i++) again = await staff.get("/api/tasks/mine");
    expect(again.headers["x-response-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
  });
});
