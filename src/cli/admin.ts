// Administrative commands on the database named by DATABASE_URL or DUBAN_DATA_DIR.
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { configFromEnv } from "../server/config.js";
import { openDatabase, SQLITE_FILE, type Database } from "../server/db/connection.js";
import { migrate } from "../server/db/migrations.js";
import { prepareDatabase, PID_FILE } from "../server/start.js";
import { inTransaction } from "../server/db/transaction.js";
import { createUser, resetPassword } from "../server/commands/accounts.js";
import { verifyAuditChain, writeAnchor, type Actor } from "../server/commands/audit.js";
import { AUDIT_ANCHOR_FILE } from "../server/db/audit-key.js";
import { ROLES, type Role } from "../server/policies/index.js";
import { AppError } from "../server/errors.js";

const CLI_ACTOR: Actor = { id: null, name: "命令行", orgId: null };

async function withDatabase(fn: (database: Database) => Promise<number>): Promise<number> {
  const config = configFromEnv();
  let database: Database | undefined;
  try {
    database = await prepareDatabase(config);
    return await fn(database);
  } catch (e) {
    console.error(e instanceof AppError ? e.message : `错误：${(e as Error).message}`);
    return 1;
  } finally {
    await database?.close();
  }
}

export async function runMigrate(): Promise<number> {
  const config = configFromEnv();
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, auditKey: config.auditKey });
  try {
    const done = await migrate(database);
    console.log(done.length ? `已执行迁移：${done.join(", ")}` : "数据库已是最新版本");
    return 0;
  } catch (e) {
    console.error(`迁移失败：${(e as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}

export async function runUserAdd(o: { username: string; name: string; roles: string; password?: string; unit?: string }): Promise<number> {
  const roles = o.roles.split(/[,，]/).map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (bad.length) {
    console.error(`无效的角色：${bad.join(", ")}（可选：${ROLES.join(", ")}）`);
    return 1;
  }
  return withDatabase(async (database) => {
    const org = await database.db.selectFrom("orgs").select("id").where("level", "=", "county").orderBy("id").executeTakeFirst()
      ?? (await database.db.selectFrom("orgs").select("id").orderBy("id").executeTakeFirst());
    if (!org) {
      console.error("系统尚未初始化：请先启动服务完成首次设置，或设置 DUBAN_ADMIN_PASSWORD 后启动");
      return 1;
    }
    let unitId: number | null = null;
    if (o.unit) {
      const unit = await database.db.selectFrom("units").select("id").where("org_id", "=", org.id).where("name", "=", o.unit).executeTakeFirst();
      if (!unit) {
        console.error(`找不到单位“${o.unit}”`);
        return 1;
      }
      unitId = unit.id;
    }
    const { user, temporaryPassword } = await inTransaction(database, (tx) =>
      createUser(tx, CLI_ACTOR, { username: o.username, name: o.name, roles: roles as Role[], password: o.password, unitId, orgId: org.id }),
    );
    console.log(`已创建账号 ${user.username}（${user.name}）${temporaryPassword ? `，临时密码：${temporaryPassword}` : ""}，首次登录须修改密码`);
    return 0;
  });
}

export async function runUserList(): Promise<number> {
  return withDatabase(async (database) => {
    const rows = await database.db.selectFrom("users").selectAll().orderBy("id").execute();
    for (const u of rows) {
      console.log([u.id, u.username, u.name, JSON.parse(u.roles).join(","), u.active ? "启用" : "停用"].join("\t"));
    }
    return 0;
  });
}

export async function runUserResetPassword(username: string): Promise<number> {
  return withDatabase(async (database) => {
    const user = await database.db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
    if (!user) {
      console.error(`找不到账号 ${username}`);
      return 1;
    }
    const temp = await inTransaction(database, (tx) => resetPassword(tx, CLI_ACTOR, user.id));
    console.log(`账号 ${username} 的临时密码：${temp}（下次登录须修改）`);
    return 0;
  });
}

export async function runBackup(file: string): Promise<number> {
  const target = resolve(file);
  if (existsSync(target)) {
    console.error(`文件已存在：${target}（为避免覆盖，请换一个文件名）`);
    return 1;
  }
  if (!existsSync(dirname(target))) {
    console.error(`备份文件夹不存在：${dirname(target)}，请先创建该文件夹`);
    return 1;
  }
  return withDatabase(async (database) => {
    if (database.dialect !== "sqlite") {
      console.error("PostgreSQL 数据库请使用 pg_dump 备份");
      return 1;
    }
    await sql`VACUUM INTO ${target}`.execute(database.db);
    // The backup's audit head, anchored beside it: a restore brings it back with the database.
    const copy = new SQLite(target, { readonly: true });
    const head = copy.prepare("select seq, hash from audit_head where id = 1").get() as { seq: number; hash: string };
    copy.close();
    writeAnchor(database.audit!, head, anchorOfBackup(target));
    console.log(`已备份到 ${target}（${Math.round(statSync(target).size / 1024)} KB；审计锚点：第 ${head.seq} 条，${anchorOfBackup(target)}）`);
    return 0;
  });
}

export const anchorOfBackup = (backupFile: string) => `${backupFile}.anchor.json`;

/** A server writes its pid into the data folder; a live one blocks a restore. */
function runningServerPid(dataDir: string): number | null {
  const pidFile = join(dataDir, PID_FILE);
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export async function runRestore(file: string, opts: { force?: boolean } = {}): Promise<number> {
  const config = configFromEnv();
  if (config.databaseUrl) {
    console.error("PostgreSQL 数据库请使用 pg_restore / psql 恢复");
    return 1;
  }
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile()) {
    console.error(`找不到备份文件：${source}`);
    return 1;
  }
  if (!existsSync(config.dataDir) || !statSync(config.dataDir).isDirectory()) {
    console.error(`数据文件夹不存在：${config.dataDir}。请检查 DUBAN_DATA_DIR 是否写对；若确是新机器，请先创建该文件夹再恢复`);
    return 1;
  }
  const pid = runningServerPid(config.dataDir);
  if (pid) {
    console.error(`服务正在运行（进程 ${pid}），请先停止服务再恢复`);
    return 1;
  }
  const target = join(config.dataDir, SQLITE_FILE);
  if (existsSync(target) && !opts.force) {
    console.error(`数据文件夹中已有数据库：${target}。恢复会覆盖它的全部数据；确认要覆盖，请加上 --force 再运行（建议先用 duban backup 另存一份）`);
    return 1;
  }
  try {
    const check = new SQLite(source, { readonly: true, fileMustExist: true });
    const ok = check.prepare("select count(*) as n from kysely_migration").get() as { n: number };
    const integrity = check.pragma("integrity_check", { simple: true });
    check.close();
    if (!ok.n || integrity !== "ok") throw new Error("integrity");
  } catch {
    console.error("该文件不是有效的督办备份（数据库损坏或格式不对）");
    return 1;
  }
  try {
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    copyFileSync(source, target);
    // The data folder's anchor belonged to the replaced database; the backup's comes with it.
    const anchor = join(config.dataDir, AUDIT_ANCHOR_FILE);
    if (existsSync(anchorOfBackup(source))) copyFileSync(anchorOfBackup(source), anchor);
    else rmSync(anchor, { force: true });
  } catch (e) {
    console.error(`恢复失败：无法写入 ${target}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}），请检查文件夹权限和磁盘空间`);
    return 1;
  }
  console.log(`已从 ${source} 恢复到 ${target}`);
  return 0;
}

export async function runAuditVerify(opts: { anchor?: string } = {}): Promise<number> {
  return withDatabase(async (database) => {
    const result = await verifyAuditChain(database, { anchorFile: opts.anchor && resolve(opts.anchor) });
    if (result.ok) {
      const anchor = result.anchor === "checked" ? `，与锚点（第 ${result.anchorSeq} 条）相符` : "，尚无锚点文件";
      console.log(`审计日志完整：共 ${result.count} 条记录${anchor}`);
      return 0;
    }
    console.error(`审计日志校验失败：第 ${result.badSeq} 条记录${result.reason}（此前 ${result.count} 条完好）`);
    return 1;
  });
}
