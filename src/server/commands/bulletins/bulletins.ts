// 通报 / 工作专报: generated from a round as a draft (numbered 第N期 per bureau, kind and year),
// edited by the office, approved (审定) by a leader or the director, published (印发) to the units,
// who see it in the app and get a notice. One transaction per step, its audit event inside it.
import type { Selectable } from "kysely";
import type { BulletinTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { lockNumbering, NUMBER_LOCKS } from "../../db/yearly-numbers.js";
import type { UserRow } from "../../auth/sessions.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { notify } from "../rounds/notify.js";
import { localDay } from "../../clock.js";
import { BULLETIN_KINDS, BULLETIN_STATES, bulletinIssue, type BulletinEdit, type BulletinKind, type BulletinSection } from "../../../shared/bulletins.js";
import { blocksFromText, cleanBlocks, cleanText, sectionFromStored, stripUnsafe } from "../../../shared/bulletin-blocks.js";

export type { BulletinEdit };
import { composeBulletin } from "./compose.js";
import type { Rhythm } from "../rounds/periods.js";
import { reindex } from "../search/store.js";

export type BulletinRow = Selectable<BulletinTable>;

export interface BulletinAccess {
  read: boolean;
  /** office/admin of the bulletin's bureau: generate, edit, publish */
  manage: boolean;
  /** leader/director of the bulletin's bureau: approve (审定) */
  approve: boolean;
}

export interface LoadedBulletin {
  bulletin: BulletinRow;
  access: BulletinAccess;
}

/** The stored sections as rich text: those saved as plain text before are read as blocks (sectionFromStored). */
export const sectionsOf = (b: Pick<BulletinRow, "sections">): BulletinSection[] => (JSON.parse(b.sections) as Parameters<typeof sectionFromStored>[0][]).map(sectionFromStored);

/** What is stored of an edit: blocks cleaned (no control characters, no empty runs), plain text turned into blocks. */
const storedSections = (sections: NonNullable<BulletinEdit["sections"]>): BulletinSection[] =>
  sections.map((s) => ({ heading: cleanText(s.heading).trim(), blocks: cleanBlocks("blocks" in s ? s.blocks : blocksFromText(s.text)) }));
export const bulletinNumber = (b: Pick<BulletinRow, "kind" | "year" | "seq">) => `${BULLETIN_KINDS[b.kind]}${bulletinIssue(b.year, b.seq)}`;

/** The next 期 of a kind in the bureau's year (db/yearly-numbers.ts). */
async function nextSeq(tx: Tx, orgId: number, kind: BulletinKind, year: number): Promise<number> {
  await lockNumbering(tx, NUMBER_LOCKS.bulletins, orgId);
  const row = await tx.selectFrom("bulletins").select((eb) => eb.fn.max("seq").as("n")).where("org_id", "=", orgId).where("kind", "=", kind).where("year", "=", year).executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function generateBulletin(
  tx: Tx, user: UserRow, actor: Actor,
  round: { id: number; period: string; due_on: string; plan_id: number },
  plan: { id: number; org_id: number; title: string; rhythm: Rhythm },
  input: { kind: BulletinKind; highlightReportIds?: number[] }, now: Date,
): Promise<BulletinRow> {
  if (plan.org_id !== user.org_id) throw errors.forbidden("只能为本机构的调度生成通报");
  const composed = await composeBulletin(tx, round, plan, input.kind, now, input.highlightReportIds);
  const org = await tx.selectFrom("orgs").select("name").where("id", "=", plan.org_id).executeTakeFirstOrThrow();
  const year = Number(localDay(now).slice(0, 4));
  const at = now.toISOString();
  const row = await tx
    .insertInto("bulletins")
    .values({
      org_id: plan.org_id, kind: input.kind, year, seq: await nextSeq(tx, plan.org_id, input.kind, year), plan_id: plan.id, round_id: round.id,
      title: composed.title, issuer: `${org.name}${BULLETIN_KINDS[input.kind]}`, sections: JSON.stringify(composed.sections),
      distribution: "各股室，局属各学校", state: "draft", created_by: user.id, approved_by: null, approved_at: null, published_by: null, published_at: null,
      version: 1, created_at: at, updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "bulletin.generate", entity: "bulletin", entityId: row.id, after: { number: bulletinNumber(row), roundId: round.id, title: row.title } });
  await reindex(tx, "bulletin", [row.id]);
  return row;
}

export async function saveBulletin(tx: Tx, actor: Actor, { bulletin: b, access }: LoadedBulletin, input: BulletinEdit, now: Date): Promise<BulletinRow> {
  if (!access.manage) throw errors.forbidden("只有办公室（督查室）可以修改通报");
  if (b.state !== "draft") throw errors.conflict("BULLETIN_WRONG_STATE", `该通报${BULLETIN_STATES[b.state]}，不能再修改`);
  if (input.version !== b.version) throw errors.stale();
  const changes = {
    ...(input.title !== undefined ? { title: cleanText(input.title).trim() } : {}),
    ...(input.issuer !== undefined ? { issuer: cleanText(input.issuer).trim() } : {}),
    ...(input.distribution !== undefined ? { distribution: stripUnsafe(input.distribution).trim() } : {}),
    ...(input.sections !== undefined ? { sections: JSON.stringify(storedSections(input.sections)) } : {}),
  };
  const updated = await updateVersioned(tx, "bulletins", b, { ...changes, updated_at: now.toISOString() });
  await writeAudit(tx, actor, { action: "bulletin.save", entity: "bulletin", entityId: b.id, before: { title: b.title, sections: b.sections }, after: { title: updated.title, sections: updated.sections } });
  await reindex(tx, "bulletin", [updated.id]);
  return updated;
}

export async function decideBulletin(tx: Tx, user: UserRow, actor: Actor, { bulletin: b, access }: LoadedBulletin, step: "approve" | "publish", version: number, now: Date): Promise<BulletinRow> {
  if (step === "approve" ? !access.approve : !access.manage) throw errors.forbidden(step === "approve" ? "通报由分管领导或局长审定" : "只有办公室（督查室）可以印发通报");
  const from = step === "approve" ? "draft" : "approved";
  if (b.state !== from) throw errors.conflict("BULLETIN_WRONG_STATE", step === "approve" ? `该通报${BULLETIN_STATES[b.state]}，不能审定` : `该通报${b.state === "draft" ? "尚未审定" : BULLETIN_STATES[b.state]}，不能印发`);
  if (step === "approve" && b.created_by === user.id) throw errors.forbidden("不能审定自己起草的通报");
  if (version !== b.version) throw errors.stale();
  const at = now.toISOString();
  const changes = step === "approve" ? { state: "approved" as const, approved_by: user.id, approved_at: at } : { state: "published" as const, published_by: user.id, published_at: at };
  const updated = await updateVersioned(tx, "bulletins", b, { ...changes, updated_at: at });
  await writeAudit(tx, actor, { action: `bulletin.${step}`, entity: "bulletin", entityId: b.id, before: { state: b.state }, after: { state: updated.state } });
  if (step === "publish") {
    // Everyone of the bureau hears of it: the units it goes to, the leaders, the director.
    const users = await tx.selectFrom("users").select(["id", "roles"]).where("org_id", "=", b.org_id).where("active", "=", 1).execute();
    const to = users.filter((u) => u.id !== user.id && (JSON.parse(u.roles) as string[]).some((r) => ["unit_staff", "unit_head", "leader", "director"].includes(r))).map((u) => u.id);
    await notify(tx, to, { kind: "bulletin.publish", title: `${BULLETIN_KINDS[b.kind]}${bulletinIssue(b.year, b.seq)}：${b.title}`, link: `/bulletins/${b.id}`, dedupe: `bulletin-publish:${b.id}` }, now);
  }
  await reindex(tx, "bulletin", [updated.id]);
  return updated;
}
