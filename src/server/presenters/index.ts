// Database rows → API JSON (camelCase, parsed JSON columns, booleans).
import type { Selectable } from "kysely";
import type { AuditEventTable, OrgTable, UnitTable } from "../db/schema.js";
import type { UserRow } from "../auth/sessions.js";
import type { AuditEntry, Org, Unit, User } from "../../shared/directory.js";
import type { Role } from "../../shared/roles.js";

export function presentOrg(o: Selectable<OrgTable>): Org {
  return { id: o.id, name: o.name, parentId: o.parent_id, level: o.level, version: o.version };
}

export function presentUnit(u: Selectable<UnitTable>): Unit {
  return { id: u.id, orgId: u.org_id, name: u.name, kind: u.kind, aliases: JSON.parse(u.aliases) as string[], active: !!u.active, version: u.version };
}

export function presentUser(u: UserRow, extra: { unitName?: string | null; orgName?: string | null } = {}): User {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    phone: u.phone,
    email: u.email ?? null,
    roles: JSON.parse(u.roles) as Role[],
    unitId: u.unit_id,
    unitName: extra.unitName ?? null,
    orgId: u.org_id,
    ...(extra.orgName !== undefined ? { orgName: extra.orgName } : {}),
    active: !!u.active,
    mustChangePassword: !!u.must_change_password,
    lockedUntil: u.locked_until && Date.parse(u.locked_until) > Date.now() ? u.locked_until : null,
    version: u.version,
  };
}

/** The session's view of the signed-in user (login, me, setup). */
/** `readsBelow`: the user's org has bureaus below it and the user reads their work (下级对比 in the menu). */
export function presentSessionUser(u: UserRow, orgName: string | null, readsBelow = false) {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    roles: JSON.parse(u.roles) as string[],
    unitId: u.unit_id,
    orgId: u.org_id,
    orgName,
    readsBelow,
  };
}

export function presentAudit(a: Selectable<AuditEventTable>): AuditEntry {
  return {
    id: a.seq,
    at: a.at,
    actorId: a.actor_id,
    actorName: a.actor_name,
    action: a.action,
    entity: a.entity,
    entityId: a.entity_id,
    before: a.before_json ? JSON.parse(a.before_json) : null,
    after: a.after_json ? JSON.parse(a.after_json) : null,
  };
}
