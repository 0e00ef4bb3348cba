// SQLite binds at most 32,766 parameters in one statement. A list of ids that grows with the data
// (a unit's tasks over the years) is never bound whole: it is queried in chunks far below the limit.
export const ID_CHUNK = 1000;

export async function inChunks<T>(ids: readonly number[], query: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    for (const row of await query(ids.slice(i, i + ID_CHUNK))) out.push(row);
  }
  return out;
}
