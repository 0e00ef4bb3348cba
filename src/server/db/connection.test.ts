// The SQLite statement cache (perf12): kept statements are bounded in number, and a text with a long
// parameter list (an id list bound one apiece) is prepared for its one use and not kept.
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { KEPT_STATEMENT_PARAMS, KEPT_STATEMENTS, keepingStatements } from "./connection.js";

describe("keepingStatements", () => {
  const native = new SQLite(":memory:");
  native.exec("create table t (id integer primary key)");

  it("gives a kept statement back for the same text", () => {
    const db = keepingStatements(native);
    expect(db.prepare("select id from t where id = ?")).toBe(db.prepare("select id from t where id = ?"));
  });

  it("keeps no statement with more than KEPT_STATEMENT_PARAMS parameters", () => {
    const db = keepingStatements(native);
    const list = (n: number) => `select id from t where id in (${Array.from({ length: n }, () => "?").join(", ")})`;
    expect(db.prepare(list(KEPT_STATEMENT_PARAMS))).toBe(db.prepare(list(KEPT_STATEMENT_PARAMS)));
    expect(db.prepare(list(KEPT_STATEMENT_PARAMS + 1))).not.toBe(db.prepare(list(KEPT_STATEMENT_PARAMS + 1)));
    expect(db.prepare(list(1000)).all(...Array.from({ length: 1000 }, (_, i) => i))).toEqual([]);
  });

  it("keeps at most KEPT_STATEMENTS, the least recently used going first", () => {
    const db = keepingStatements(native);
    const text = (i: number) => `select id from t where id = ? and ${i} = ${i}`;
    const first = db.prepare(text(0));
    const second = db.prepare(text(1));
    for (let i = 2; i < KEPT_STATEMENTS; i++) db.prepare(text(i)); // KEPT_STATEMENTS kept
    db.prepare(text(1)); // used again: kept
    db.prepare(text(KEPT_STATEMENTS)); // one too many: the least recently used (text 0) goes
    expect(db.prepare(text(1))).toBe(second);
    expect(db.prepare(text(0))).not.toBe(first);
  });
});
