// npx duban …: serve, migrate, user, backup, restore, audit verify, extract.
import { Command } from "commander";
// Each command loads its module only when it runs, so `duban extract` never opens a database.
const admin = () => import("./admin.js");

const program = new Command();
program.name("duban").description("督办 — 教育局工作方案落实督办系统").showHelpAfterError();

program.command("serve").description("启动网页服务（PORT，默认 3000）").action(async () => (await import("./serve.js")).runServe());
program.command("migrate").description("执行数据库迁移").action(async () => exit(await (await admin()).runMigrate()));

const user = program.command("user").description("管理账号");
user
  .command("add")
  .description("新建账号（不给密码则生成临时密码，首次登录须修改）")
  .requiredOption("-u, --username <username>", "用户名")
  .requiredOption("-n, --name <name>", "姓名")
  .option("-r, --roles <roles>", "角色，逗号分隔：admin,office,unit_staff,unit_head,leader,director,viewer", "unit_staff")
  .option("-p, --password <password>", "初始密码")
  .option("--unit <unit>", "所属单位名称")
  .action(async (o) => exit(await (await admin()).runUserAdd(o)));
user.command("list").description("列出账号").action(async () => exit(await (await admin()).runUserList()));
user
  .command("reset-password <username>")
  .description("重置为临时密码（下次登录须修改）并解除锁定")
  .action(async (username) => exit(await (await admin()).runUserResetPassword(username)));

program.command("backup <file>").description("在线备份 SQLite 数据库到文件（一致性副本）").action(async (file) => exit(await (await admin()).runBackup(file)));
program
  .command("restore <file>")
  .description("从备份文件恢复 SQLite 数据库（服务运行时拒绝；覆盖已有数据库须加 --force）")
  .option("-f, --force", "覆盖数据文件夹中已有的数据库")
  .action(async (file, o: { force?: boolean }) => exit(await (await admin()).runRestore(file, o)));
program
  .command("audit")
  .description("审计日志")
  .command("verify")
  .description("校验审计日志的密钥哈希链和锚点，指出第一条有问题的记录")
  .option("--anchor <file>", "用这个锚点文件核对（如备份旁的 .anchor.json），默认用数据文件夹中的")
  .action(async (o: { anchor?: string }) => exit(await (await admin()).runAuditVerify(o)));

program
  .command("extract <files...>")
  .description("从工作方案文件中抽取任务，输出 JSON")
  .option("-o, --out <dir>", "输出目录（每个文件一个 JSON）")
  .action(async (files: string[], o: { out?: string }) => exit(await (await import("./extract.js")).runExtract(files, { out: o.out })));

function exit(code: number) {
  process.exitCode = code;
}

await program.parseAsync(process.argv);
