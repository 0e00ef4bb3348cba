// The directory as the API answers it (presenters/index.ts): bureaus, units, accounts and the
// audit log's entries, for the server and the web client alike.
import type { Role } from "./roles.js";

export type OrgLevel = "province" | "city" | "county";

export interface Org {
  id: number;
  name: string;
  parentId: number | null;
  level: OrgLevel;
  version: number;
}

export type UnitKind = "department" | "school" | "external";

export interface Unit {
  id: number;
  orgId: number;
  name: string;
  kind: UnitKind;
  aliases: string[];
  active: boolean;
  version: number;
}

export interface User {
  id: number;
  username: string;
  name: string;
  phone: string | null;
  email: string | null;
  roles: Role[];
  unitId: number | null;
  unitName: string | null;
  orgId: number;
  orgName?: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** Set while the account is locked after too many wrong passwords. */
  lockedUntil: string | null;
  version: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The record's name (unit, user, task, plan …); null when deleted or nameless. */
  entityName?: string | null;
  before: unknown;
  after: unknown;
}
