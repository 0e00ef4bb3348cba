// Optimistic concurrency in one place: the row changes only if nobody changed it since it was
// read; otherwise the caller's write is stale (409). Undefined fields are left as they are.
import type { Kysely, Selectable } from "kysely";
import type { DB } from "./schema.js";
import type { Tx } from "./transaction.js";
import { errors } from "../errors.js";

type Versioned = "users" | "units" | "orgs" | "plans" | "rounds";

export async function updateVersioned<T extends Versioned>(
  tx: Tx,
  table: T,
  before: { id: number; version: number },
  changes: Record<string, unknown>,
): Promise<Selectable<DB[T]>> {
  const after = await (tx as unknown as Kysely<any>)
    .updateTable(table as string)
    .set({ ...changes, version: before.version + 1 })
    .where("id", "=", before.id)
    .where("version", "=", before.version)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw errors.stale();
  return after as Selectable<DB[T]>;
}

/** A boolean from the API as the 0/1 the tables keep; undefined stays undefined. */
export const flag = (b: boolean | undefined) => (b === undefined ? undefined : b ? 1 : 0);
