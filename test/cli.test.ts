// The duban CLI as a user runs it: a child process on a real data folder.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import SQLite from "better-sqlite3";

const run = promisify(execFile);
const BIN = resolve("bin/duban.mjs");

async function duban(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, DUBAN_DATA_DIR: dataDir, DATABASE_URL: "", DUBAN_ADMIN_PASSWORD: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

describe("duban CLI", { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "duban-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("migrates, refuses users before setup, and verifies an empty chain", async () => {
    expect((await duban(dir, "migrate")).code).toBe(0);
    const add = await duban(dir, "user", "add", "-u", "x", "-n", "某人");
    expect(add.code).toBe(1);
    expect(add.stderr).toContain("尚未初始化");
    const verify = await duban(dir, "audit", "verify");
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("共 0 条");
  });

  it("adds users, lists them and resets a password", async () => {
    // Set up the bureau the way a first start with DUBAN_ADMIN_PASSWORD would.
    const { prepareDatabase } = await import("../src/server/start.js");
    const { configFromEnv } = await import("../src/server/config.js");
    const { setUp } = await import("../src/server/commands/accounts.js");
    const database = await prepareDatabase(configFromEnv({ DUBAN_DATA_DIR: dir }));
    await setUp(database, { orgName: "示例县教育局", username: "admin", name: "管理员", password: "Duban#Cli2026" });
    await database.close();

    const add = await duban(dir, "user", "add", "-u", "office1", "-n", "办公室小李", "-r", "office");
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/临时密码：\S+/);
    const bad = await duban(dir, "user", "add", "-u", "y", "-n", "某人", "-r", "king");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("无效的角色");
    const list = await duban(dir, "user", "list");
    expect(list.stdout).toContain("office1");
    const reset = await duban(dir, "user", "reset-password", "office1");
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain("临时密码");
  });

  it("backs up online and restores, refusing while a server runs", async () => {
    const backup = join(dir, "backup.sqlite");
    const b = await duban(dir, "backup", backup);
    expect(b.code, b.stderr).toBe(0);
    expect(existsSync(backup)).toBe(true);
    expect(existsSync(`${backup}.anchor.json`)).toBe(true); // the audit head at backup time
    expect((await duban(dir, "backup", backup)).code).toBe(1); // never overwrites

    const { startServer } = await import("../src/server/start.js");
    const server = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir, env: { NODE_ENV: "test" } });
    try {
      const refused = await duban(dir, "restore", backup);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("服务正在运行");
    } finally {
      await server.close();
    }
    // Add a user after the backup; the restore takes it away again.
    await duban(dir, "user", "add", "-u", "late", "-n", "后来者");
    expect((await duban(dir, "user", "list")).stdout).toContain("late");
    // An existing database is overwritten only when asked to.
    const refused = await duban(dir, "restore", backup);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    expect((await duban(dir, "user", "list")).stdout).toContain("late");
    const r = await duban(dir, "restore", backup, "--force");
    expect(r.code, r.stderr).toBe(0);
    expect((await duban(dir, "user", "list")).stdout).not.toContain("late");
    expect((await duban(dir, "restore", join(dir, "missing.sqlite"))).code).toBe(1);
  });

  it("restore explains a missing data folder in Chinese, without a stack trace", async () => {
    const backup = join(dir, "backup.sqlite");
    const missing = join(dir, "no-such-folder", "data");
    const r = await duban(missing, "restore", backup);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("数据文件夹不存在");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(missing)).toBe(false);
    const b = await duban(dir, "backup", join(dir, "no-such-folder", "b.sqlite"));
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("备份文件夹不存在");
  });

  it("audit verify names the first tampered row", async () => {
    const ok = await duban(dir, "audit", "verify");
    expect(ok.code).toBe(0);
    const count = Number(/共 (\d+) 条/.exec(ok.stdout)![1]);
    expect(count).toBeGreaterThan(2);
    expect(ok.stdout).toContain("与锚点");
    // Tampering needs the triggers out of the way: exactly what an attacker with file access would do.
    const native = new SQLite(join(dir, "duban.sqlite"));
    native.exec("DROP TRIGGER audit_events_no_update");
    native.exec("DROP TRIGGER audit_events_no_delete");
    // Cut the last row and rewind the head: the chain itself is intact, the anchor is not.
    const last = native.prepare("select seq, prev_hash from audit_events order by seq desc limit 1").get() as { seq: number; prev_hash: string };
    native.prepare("DELETE FROM audit_events WHERE seq = ?").run(last.seq);
    native.prepare("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").run(last.seq - 1, last.prev_hash);
    const cut = await duban(dir, "audit", "verify");
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(`第 ${last.seq} 条`);
    expect(cut.stderr).toContain("截断");
    native.prepare("UPDATE audit_events SET actor_name = '篡改者' WHERE seq = 2").run();
    native.close();
    const bad = await duban(dir, "audit", "verify");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("第 2 条");
  });
});
