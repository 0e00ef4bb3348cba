// Bulk import of units and users from the XLSX template: every row is checked first,
// errors name the sheet and row in Chinese, and nothing is written unless all rows are good.
import type ExcelJS from "exceljs";
import { newWorkbook } from "../../export/sheet.js";
import type { Database } from "../db/connection.js";
import { inTransaction } from "../db/transaction.js";
import { AppError, errors } from "../errors.js";
import { ROLE_NAMES, ROLES, type Role } from "../policies/index.js";
import { passwordProblem } from "../auth/passwords.js";
import { cleanAliases, conflictMessage, createUnit, unitNameConflicts, updateUnit, type UnitKind } from "./directory.js";
import { createUser, preparePassword } from "./accounts.js";
import { cellText as readCell } from "../../export/cells.js";
import type { Actor } from "./audit.js";
import { guardSpreadsheet } from "./spreadsheet-guard.js";
import type { DirectoryImportResult, ImportRowError } from "../../shared/directory-import.js";

const KIND_NAMES: Record<UnitKind, string> = { department: "股室", school: "学校", external: "外单位" };
export const UNIT_SHEET = "单位";
export const USER_SHEET = "用户";
const UNIT_HEADERS = ["单位名称", "类型（股室/学校/外单位）", "别名（多个用、分隔）"];
const USER_HEADERS = ["用户名", "姓名", "手机号", "所属单位", "角色（多个用、分隔）", "初始密码（可不填）"];

export async function directoryTemplate(): Promise<Buffer> {
  const wb = await newWorkbook();
  const units = wb.addWorksheet(UNIT_SHEET);
  units.addRow(UNIT_HEADERS);
  units.addRow(["基础教育股", "股室", "基教股、县教育局基教股"]);
  units.addRow(["示例县第一中学", "学校", "一中"]);
  const users = wb.addWorksheet(USER_SHEET);
  users.addRow(USER_HEADERS);
  users.addRow(["zhangsan", "张三", "13800000000", "基础教育股", "单位经办人", ""]);
  users.addRow(["lisi", "李四", "", "基础教育股", "单位负责人、单位经办人", ""]);
  const help = wb.addWorksheet("说明");
  help.addRow(["1. 请删除示例行后填写；带表头的第一行不要修改。"]);
  help.addRow([`2. 单位类型：${Object.values(KIND_NAMES).join("、")}。`]);
  help.addRow([`3. 角色：${Object.values(ROLE_NAMES).join("、")}。`]);
  help.addRow(["4. 所属单位须是本表“单位”页或系统中已有的单位名称或别名。"]);
  help.addRow(["5. 初始密码不填时由系统生成临时密码；用户首次登录须修改密码。"]);
  help.addRow(["6. 导入是整体的：任何一行有错，全部不导入。"]);
  help.addRow(["7. 可以重复导入完整名单：已有的单位（类型相同）和信息相同的用户保持不变，只新增表中新的单位和用户；已有单位的新别名会补充进去。"]);
  for (const ws of [units, users]) {
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 22));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's text, trimmed. */
const cellText = (v: ExcelJS.CellValue): string => readCell(v).trim();
const splitList = (s: string) => s.split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean);

function parseRole(s: string): Role | null {
  if ((ROLES as readonly string[]).includes(s)) return s as Role;
  const hit = (Object.entries(ROLE_NAMES) as [Role, string][]).find(([, name]) => name === s || name.split("/").includes(s));
  return hit ? hit[0] : null;
}

export async function importDirectory(database: Database, actor: Actor, orgId: number, file: Buffer): Promise<DirectoryImportResult> {
  guardSpreadsheet(file);
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(file as any);
  } catch {
    throw errors.unprocessable("UNREADABLE_FILE", "无法读取该文件：请上传由模板填写的 .xlsx 文件");
  }
  const problems: ImportRowError[] = [];
  const unitRows: { row: number; name: string; kind: UnitKind; aliases: string[] }[] = [];
  const userRows: { row: number; username: string; name: string; phone: string | null; unitName: string; roles: Role[]; password?: string }[] = [];

  const unitSheet = wb.getWorksheet(UNIT_SHEET);
  const userSheet = wb.getWorksheet(USER_SHEET);
  if (!unitSheet && !userSheet) throw errors.validation(`文件中没有“${UNIT_SHEET}”或“${USER_SHEET}”工作表，请使用下载的模板`);

  unitSheet?.eachRow((row, n) => {
    if (n === 1) return;
    const [name, kindText, aliasText] = [1, 2, 3].map((i) => cellText(row.getCell(i).value));
    if (!name && !kindText && !aliasText) return;
    const kind = (Object.entries(KIND_NAMES) as [UnitKind, string][]).find(([code, label]) => label === kindText || code === kindText)?.[0];
    if (!name) problems.push({ sheet: UNIT_SHEET, row: n, message: "单位名称不能为空" });
    else if (name.length < 2) problems.push({ sheet: UNIT_SHEET, row: n, message: "单位名称至少 2 个字" });
    if (!kind) problems.push({ sheet: UNIT_SHEET, row: n, message: `类型“${kindText}”无效，应为 股室、学校 或 外单位` });
    if (unitRows.some((u) => u.name === name)) problems.push({ sheet: UNIT_SHEET, row: n, message: `单位“${name}”在表中重复` });
    if (name && kind) unitRows.push({ row: n, name, kind, aliases: splitList(aliasText) });
  });

  userSheet?.eachRow((row, n) => {
    if (n === 1) return;
    const [username, name, phone, unitName, roleText, password] = [1, 2, 3, 4, 5, 6].map((i) => cellText(row.getCell(i).value));
    if (![username, name, phone, unitName, roleText, password].some(Boolean)) return;
    const roleNames = splitList(roleText);
    const roles = roleNames.map(parseRole);
    const bad = roleNames.filter((_, i) => !roles[i]);
    if (!/^[A-Za-z0-9_.-]{2,64}$/.test(username)) problems.push({ sheet: USER_SHEET, row: n, message: `用户名“${username}”无效（2–64 位字母、数字、下划线、点或横线）` });
    if (!name) problems.push({ sheet: USER_SHEET, row: n, message: "姓名不能为空" });
    if (!roleNames.length) problems.push({ sheet: USER_SHEET, row: n, message: "角色不能为空" });
    if (bad.length) problems.push({ sheet: USER_SHEET, row: n, message: `角色“${bad.join("、")}”无效` });
    if (phone && !/^[0-9+\- ]{5,20}$/.test(phone)) problems.push({ sheet: USER_SHEET, row: n, message: `手机号“${phone}”格式不正确` });
    if (password) {
      const p = passwordProblem(password, username);
      if (p) problems.push({ sheet: USER_SHEET, row: n, message: `初始密码不符合要求：${p}` });
    }
    if (userRows.some((u) => u.username === username)) problems.push({ sheet: USER_SHEET, row: n, message: `用户名“${username}”在表中重复` });
    userRows.push({ row: n, username, name, phone: phone || null, unitName, roles: roles.filter(Boolean) as Role[], password: password || undefined });
  });

  if (!problems.length && !unitRows.length && !userRows.length) throw errors.validation("文件中没有可导入的数据行");
  if (problems.length) throw importFailed(problems);

  // Passwords are hashed before the transaction: scrypt inside it would hold the database for everybody.
  const prepared = await Promise.all(userRows.map((u) => preparePassword(u.password)));
  return inTransaction(database, async (tx) => {
    const rowErrors: ImportRowError[] = [];
    const existingUnits = await tx.selectFrom("units").selectAll().where("org_id", "=", orgId).execute();
    const unitByName = new Map<string, number>();
    const remember = (id: number, names: string[]) => {
      for (const n of names) if (!unitByName.has(n)) unitByName.set(n, id);
    };
    for (const u of existingUnits) remember(u.id, [u.name, ...(JSON.parse(u.aliases) as string[])]);
    let unitsAdded = 0;
    let unitsExisting = 0;
    for (const u of unitRows) {
      const existing = existingUnits.find((e) => e.name === u.name);
      if (existing) {
        // Re-importing the full roster: the same unit is left as it is, with any new aliases added.
        if (existing.kind !== u.kind) {
          rowErrors.push({ sheet: UNIT_SHEET, row: u.row, message: `单位“${u.name}”已存在，类型为${KIND_NAMES[existing.kind]}，与表中的${KIND_NAMES[u.kind]}不一致` });
          continue;
        }
        unitsExisting++;
        const had = JSON.parse(existing.aliases) as string[];
        const merged = cleanAliases(existing.name, [...had, ...u.aliases]);
        if (merged.length === had.length) continue;
        const conflicts = await unitNameConflicts(tx, orgId, merged.filter((a) => !had.includes(a)), existing.id);
        if (conflicts.length) {
          for (const c of conflicts) rowErrors.push({ sheet: UNIT_SHEET, row: u.row, message: conflictMessage(c) });
          continue;
        }
        await updateUnit(tx, actor, existing.id, { aliases: merged });
        remember(existing.id, merged);
        continue;
      }
      const conflicts = await unitNameConflicts(tx, orgId, [u.name, ...cleanAliases(u.name, u.aliases)]);
      if (conflicts.length) {
        for (const c of conflicts) rowErrors.push({ sheet: UNIT_SHEET, row: u.row, message: conflictMessage(c) });
        continue;
      }
      const created = await createUnit(tx, actor, { orgId, name: u.name, kind: u.kind, aliases: u.aliases });
      unitsAdded++;
      remember(created.id, [created.name, ...(JSON.parse(created.aliases) as string[])]);
    }
    const passwords: DirectoryImportResult["passwords"] = [];
    const existingUsers = new Map((await tx.selectFrom("users").selectAll().execute()).map((r) => [r.username, r]));
    let usersAdded = 0;
    let usersExisting = 0;
    for (const [i, u] of userRows.entries()) {
      const unitId = u.unitName ? unitByName.get(u.unitName.replace(/\s+/g, "")) : null;
      if (u.unitName && !unitId) {
        rowErrors.push({ sheet: USER_SHEET, row: u.row, message: `所属单位“${u.unitName}”不存在` });
        continue;
      }
      const existing = existingUsers.get(u.username);
      if (existing) {
        // The same account again is left as it is; a different one under the same user name is an error.
        const differs = [
          existing.org_id !== orgId && "所属机构",
          existing.name !== u.name && "姓名",
          (existing.phone ?? null) !== u.phone && "手机号",
          (existing.unit_id ?? null) !== (unitId ?? null) && "所属单位",
          [...(JSON.parse(existing.roles) as string[])].sort().join() !== [...new Set(u.roles)].sort().join() && "角色",
        ].filter((d): d is string => !!d);
        if (differs.length) {
          rowErrors.push({ sheet: USER_SHEET, row: u.row, message: `用户名“${u.username}”已被使用，且${differs.join("、")}与表中不一致` });
        } else usersExisting++;
        continue;
      }
      if (rowErrors.length) continue;
      const { temporaryPassword } = await createUser(tx, actor, { username: u.username, name: u.name, phone: u.phone, password: u.password, roles: [...new Set(u.roles)], unitId: unitId ?? null, orgId }, prepared[i]);
      usersAdded++;
      if (temporaryPassword) passwords.push({ username: u.username, temporaryPassword });
    }
    if (rowErrors.length) throw importFailed(rowErrors);
    return { units: unitsAdded, users: usersAdded, existingUnits: unitsExisting, existingUsers: usersExisting, passwords };
  });
}

function importFailed(details: ImportRowError[]) {
  const first = details.slice(0, 3).map((d) => `“${d.sheet}”第 ${d.row} 行：${d.message}`).join("；");
  return new AppError(400, "IMPORT_FAILED", `导入失败，共 ${details.length} 处错误，未导入任何数据。${first}${details.length > 3 ? "……" : ""}`, details);
}
