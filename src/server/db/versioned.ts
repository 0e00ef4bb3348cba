// Optimistic concurrency in one place: the row changes only if nobody changed it since it was
// read; otherwise the caller's write is stale (409: errors.stale, or the caller's own wording).
// Undefined fields are left as they are.
import type { Kysely, Selectable, Updateable } from "kysely";
import type { DB } from "./schema.js";
import type { Tx } from "./transaction.js";
import { errors, type AppError } from "../errors.js";

type Versioned = "users" | "units" | "orgs" | "plans" | "rounds" | "reports" | "summaries" | "findings" | "bulletins";

export async function updateVersioned<T extends Versioned>(
  tx: Tx,
  table: T,
  before: { id: number; version: number },
  changes: Omit<Updateable<DB[T]>, "id" | "version">,
  stale: () => AppError = errors.stale,
): Promise<Selectable<DB[T]>> {
  const after = await (tx as unknown as Kysely<any>)
    .updateTable(table as string)
    .set({ ...changes, version: before.version + 1 })
    .where("id", "=", before.id)
    .where("version", "=", before.version)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw stale();
  return after as Selectable<DB[T]>;
}

/** A boolean from the API as the 0/1 the tables keep; undefined stays undefined. */
export const flag = (b: boolean | undefined) => (b === undefined ? undefined : b ? 1 : 0);
