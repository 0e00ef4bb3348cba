import { beforeEach, describe, expect, it, vi } from "vitest";

const notify = vi.hoisted(() => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }));
vi.mock("../lib/notify.js", () => notify);

const { createActionRunner } = await import("./useAction.js");

describe("createActionRunner", () => {
  beforeEach(() => {
    notify.notifyError.mockReset();
    notify.notifySuccess.mockReset();
  });

  it("is busy while the work runs, toasts the success and returns the value", async () => {
    const states: unknown[] = [];
    const run = createActionRunner<"save">((s) => states.push(s));
    const outcome = await run(async () => 7, { label: "save", success: (n) => `已保存 ${n}` });
    expect(outcome).toEqual({ ok: true, value: 7 });
    expect(states).toEqual([{ label: "save" }, null]);
    expect(notify.notifySuccess).toHaveBeenCalledWith("已保存 7");
    expect(notify.notifyError).not.toHaveBeenCalled();
  });

  it("toasts the error, or hands it to onError instead, and is free again afterwards", async () => {
    const run = createActionRunner(() => {});
    const boom = new Error("x");
    expect(await run(() => Promise.reject(boom), { success: "不应出现" })).toEqual({ ok: false });
    expect(notify.notifyError).toHaveBeenCalledWith(boom);
    const seen: unknown[] = [];
    await run(() => Promise.reject(boom), { onError: (e) => seen.push(e) });
    expect(seen).toEqual([boom]);
    expect(notify.notifyError).toHaveBeenCalledTimes(1);
    expect(notify.notifySuccess).not.toHaveBeenCalled();
  });

  it("ignores a second call while the first runs (no double submit)", async () => {
    const run = createActionRunner(() => {});
    let release!: () => void;
    const work = vi.fn(() => new Promise<void>((r) => (release = r)));
    const first = run(work);
    expect(await run(work)).toEqual({ ok: false });
    expect(work).toHaveBeenCalledTimes(1);
    release();
    expect(await first).toEqual({ ok: true, value: undefined });
    await run(async () => {});
    expect(work).toHaveBeenCalledTimes(1);
  });
});
