import type { Database } from "./db/connection.js";
import type { ServerConfig } from "./config.js";
import type { UserRow } from "./auth/sessions.js";
import type { Actor } from "./commands/audit.js";
import { systemClock, type Clock } from "./clock.js";

export interface AppContext {
  database: Database;
  config: ServerConfig;
  version: string;
  /** Now, replaceable in tests (reminders, due dates). */
  clock?: Clock;
}

export const nowOf = (ctx: AppContext) => (ctx.clock ?? systemClock)();

/** The signed-in user of a request (null on public routes without a session). */
export type RequestUser = (UserRow & { roleList: readonly string[]; sessionId: string; csrfToken: string }) | null;

export function actorOf(user: NonNullable<RequestUser>): Actor {
  return { id: user.id, name: user.name, orgId: user.org_id };
}
