// A per-process cache of the JSON answers of read-only aggregate GETs (issues 12 and 14): the
// dashboard, 进展调度, the round grid, 对标, 下级对比, the lists. Such an answer depends only on who
// asks, what is asked, the data and today's date, so it is kept under
//   route + parameters + query + today (Asia/Shanghai) + the database's DATA VERSION + the caller,
// and the data version (db/data-version.ts) changes on every committed write, from this process or
// any other, but a session's bookkeeping (touch, login, logout, expiry) and the writes attributed to a
// bureau (perf11). It never comes back, so when it moves every entry is dropped at once. An attributed
// write (its audit events name the bureau) moves instead the versions of the bureaus that read its
// data (itself, above, below: orgVersion); an entry is kept under its caller's bureau's version too,
// and a bureau's entries go when that moves — another bureau's write leaves them served. The bell
// (`cached: "bell"`: it reads only the caller's notifications) is kept under the caller's bell version
// instead (perf13), which moves only with a write of their notifications: a write elsewhere in the
// bureau leaves it served.
// The caller is keyed by what decided the answer, found out while it is computed: the handler gets
// the user behind a guard that notes every field it reads. An answer that read only the user's
// bureau, unit and roles (their PLACE: what the policies decide by) is kept for every user of that
// place — 50 office users share one ledger. One that read anything else (the id: 我的任务's own
// tasks, the bell, a leader's approvals) is kept for that user alone, and the place is remembered
// as personal for that route and query until the data moves. Sound because a handler is a function
// of what it reads: two users of one place run the same path until the first read where they
// differ, and that read is of a field outside the place.
// Bounded by entries and bytes (least recently used go first); the compressed bodies are kept
// beside the JSON; an ETag (hash of the JSON) answers If-None-Match with 304.
// A route opts in with `cached: true` (routes/define.ts); its handler must read nothing else
// (no clock finer than the day, no request headers, the caller only through the user it is given)
// and must not write.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "./db/connection.js";
import { bellVersion, dataVersion, orgVersion } from "./db/data-version.js";
import type { RequestUser } from "./context.js";

export interface ResponseCacheOptions {
  /** Most entries kept (default 500). */
  maxEntries?: number;
  /** Most bytes kept, JSON and compressed bodies together (default 32 MB). */
  maxBytes?: number;
}

/**
 * What the handler gave: an entry to keep and send (`shared`: it read no more of the caller than
 * their place), or (not JSON-able, or already sent) its bare result.
 */
type Produced = { entry: Entry; shared: boolean } | { entry: null; result: unknown };

/** What an answer's entry is kept under besides the global data version: the caller's bureau's version, or their bell's. */
export type CacheScope = "org" | "bell";

interface Entry {
  /** The caller's bureau ("o12") or bell ("b345") the answer was made for: its entries go when that version moves. */
  scope?: string;
  /**
   * The JSON as UTF-8 bytes, outside V8's heap: counted exactly (a JSON string in the heap takes two
   * bytes a character once it holds one Chinese character, up to twice its UTF-8 size) and sent as is.
   */
  json: Buffer;
  etag: string;
  bytes: number;
  br?: Buffer;
  gzip?: Buffer;
}

/** Answers smaller than this go uncompressed (the compress plugin's threshold in app.ts). */
const COMPRESS_FROM = 1024;

export class ResponseCache {
  readonly maxEntries: number;
  readonly maxBytes: number;
  private entries = new Map<string, Entry>();
  private inFlight = new Map<string, Promise<Produced>>();
  /** Place keys whose answers turned out to be per user, for the current generation. */
  private personal = new Set<string>();
  private generation = "";
  /** Each bureau's data version ("o12") and each bell's ("b345") as last seen, and the keys kept under it. */
  private seen = new Map<string, { version: number; keys: Set<string> }>();
  bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private database: Database, opts: ResponseCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 500;
    this.maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
  }

  get size() {
    return this.entries.size;
  }

  /**
   * The global data version (db/data-version.ts): changes on every committed write but a session
   * touch and the writes attributed to bureaus (those move orgVersion).
   */
  dataVersion(): Promise<string> {
    return dataVersion(this.database);
  }

  /** A bureau's data version: moves with each write of a bureau whose data it reads (itself, above, below). */
  orgVersion(orgId: number): number {
    return orgVersion(this.database, orgId);
  }

  /**
   * Answers from the cache, or runs `produce` (the route's handler, given the guarded user) and
   * keeps its JSON. `scope` is the route, its parameters and query; `today` the caller's calendar day;
   * `by` what the entry is kept under besides the global version (the caller's bureau, or their bell);
   * `known` the data version when the request has read it already (with its session, in the same
   * statement: auth/sessions.ts), read before the handler runs as this one would be.
   */
  async serve(req: FastifyRequest, reply: FastifyReply, scope: string, user: RequestUser, today: string, produce: (user: RequestUser) => Promise<unknown>, by: CacheScope = "org", known?: string): Promise<unknown> {
    const global = `${known ?? (await this.dataVersion())}|${today}`;
    if (global !== this.generation) {
      // The data moved on by a write of no known bureau (or the day did): nothing kept can be asked for again.
      this.generation = global;
      this.entries.clear();
      this.personal.clear();
      this.seen.clear();
      this.bytes = 0;
    }
    // The caller's bureau's version (or bell's), read after the global one (which moves the versions of the
    // writes it sees ended): a write of another bureau out of this one's reach leaves its entries be.
    const kept = !user ? undefined : by === "bell" ? `b${user.id}` : `o${user.org_id}`;
    const version = () => (!user ? 0 : by === "bell" ? bellVersion(this.database, user.id) : this.orgVersion(user.org_id));
    const keptGen = version();
    if (kept !== undefined) {
      const seen = this.seen.get(kept);
      if (seen && seen.version !== keptGen) {
        for (const key of seen.keys) this.drop(key);
        this.seen.delete(kept);
      }
      if (!this.seen.has(kept)) this.seen.set(kept, { version: keptGen, keys: new Set() });
    }
    const generation = `${global}|${kept ?? "-"}.${keptGen}`;
    const base = `${generation}|${scope}`;
    // The place's key (answers that read no more of the caller), and the caller's own.
    const placeKey = user ? `${base}|${placeOf(user)}` : `${base}|-`;
    const ownKey = user ? `${base}|u${user.id}` : placeKey;
    let key = this.entries.has(placeKey) ? placeKey : ownKey;
    let entry = this.entries.get(key);
    let state = "hit";
    if (entry) {
      this.hits++;
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
    } else {
      this.misses++;
      // Clients of one place (or one user) asking at once share one computation, when it turns
      // out to be the place's answer (or is this user's own).
      const knownPersonal = this.personal.has(placeKey);
      const ofPlace = knownPersonal ? undefined : this.inFlight.get(placeKey);
      const ofOwn = this.inFlight.get(ownKey);
      for (const [pending, own] of [[ofPlace, false], [ofOwn, true]] as const) {
        if (!pending || entry) continue;
        const made = await pending;
        if (made.entry && (made.shared || own)) {
          state = "shared";
          entry = made.entry;
          key = made.shared ? placeKey : ownKey;
        }
      }
      if (!entry) {
        state = "miss";
        key = knownPersonal || this.inFlight.has(placeKey) ? ownKey : placeKey;
        const guard = guarded(user);
        const running = this.produce(reply, () => produce(guard.user), () => !guard.personal);
        this.inFlight.set(key, running);
        const made = await running.finally(() => {
          if (this.inFlight.get(key) === running) this.inFlight.delete(key);
        });
        if (!made.entry) return made.result;
        key = made.shared ? placeKey : ownKey;
        if (!made.shared) this.notePersonal(placeKey);
        if (this.generation === global && version() === keptGen) this.keep(key, made.entry, kept);
        entry = made.entry;
      }
    }
    this.send(req, reply, key, entry, state);
    return reply;
  }

  /** A place whose answers to this route and query read more of the caller (kept per user until the data moves). */
  private notePersonal(placeKey: string) {
    if (this.personal.size >= this.maxEntries * 8) this.personal.clear();
    this.personal.add(placeKey);
  }

  private async produce(reply: FastifyReply, produce: () => Promise<unknown>, shared: () => boolean): Promise<Produced> {
    const result = await produce();
    if (reply.sent || result === undefined || result === null || typeof result !== "object" || Buffer.isBuffer(result)) return { entry: null, result };
    const json = Buffer.from(JSON.stringify(result));
    const etag = `W/"${createHash("sha1").update(json).digest("base64url")}"`;
    // Asked after the JSON is made: a getter or toJSON reading the user counts too.
    return { entry: { json, etag, bytes: json.length }, shared: shared() };
  }

  private keep(key: string, entry: Entry, scope: string | undefined) {
    if (entry.bytes > this.maxBytes / 4) return;
    this.drop(key);
    entry.scope = scope;
    this.entries.set(key, entry);
    if (scope !== undefined) this.seen.get(scope)?.keys.add(key);
    this.bytes += entry.bytes;
    this.trim();
  }

  private drop(key: string) {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.bytes;
    if (old.scope !== undefined) this.seen.get(old.scope)?.keys.delete(key);
  }

  private trim() {
    for (const [key] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.drop(key);
    }
  }

  private send(req: FastifyRequest, reply: FastifyReply, key: string, entry: Entry, state: string) {
    reply.header("x-response-cache", state).header("etag", entry.etag).header("cache-control", "private, no-cache");
    if (ifNoneMatch(req.headers["if-none-match"], entry.etag)) return reply.status(304).send();
    reply.status(200).type("application/json; charset=utf-8");
    const encoding = entry.bytes < COMPRESS_FROM ? undefined : preferredEncoding(String(req.headers["accept-encoding"] ?? ""));
    if (!encoding) return reply.send(entry.json);
    let body = entry[encoding];
    if (!body) {
      body = encoding === "br"
        ? brotliCompressSync(entry.json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } })
        : gzipSync(entry.json);
      // Kept with its entry, while the entry is kept.
      if (this.entries.get(key) === entry) {
        entry[encoding] = body;
        entry.bytes += body.length;
        this.bytes += body.length;
        this.trim();
      }
    }
    return reply.header("vary", "accept-encoding").header("content-encoding", encoding).send(body);
  }
}

/** The compress plugin's choice for the usual browsers: brotli, else gzip, else none (q=0 refuses). */
export function preferredEncoding(accepted: string): "br" | "gzip" | undefined {
  if (/\bbr\b(?!\s*;\s*q=0(\.0*)?\b)/.test(accepted)) return "br";
  if (/\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/.test(accepted)) return "gzip";
  return undefined;
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === bare;
  });
}

/** The part of the key that names the request: the route, parsed params and query. */
export function scopeKey(route: string, params: unknown, query: unknown): string {
  return `${route}|${stable(params)}|${stable(query)}`;
}

/** The user's fields an answer may read and still be kept for every user of the same place. */
const PLACE_FIELDS = new Set<PropertyKey>(["org_id", "unit_id", "roles", "roleList"]);

/**
 * What the policies decide by: the bureau, the unit and the roles (as stored: the same list in
 * another order is another place).
 */
export function placeOf(user: NonNullable<RequestUser>): string {
  return `o${user.org_id}|n${user.unit_id ?? "-"}|r${user.roles}`;
}

/**
 * The user behind a guard noting whether a field outside the place was read (got, or its
 * descriptor taken, as spreading does). Fields a user row does not have (then, toJSON) read the
 * same for everyone.
 */
export function guarded(user: RequestUser): { user: RequestUser; readonly personal: boolean } {
  const state = { user, personal: false };
  if (!user) return state;
  const note = (target: object, prop: PropertyKey) => {
    if (!PLACE_FIELDS.has(prop) && Object.prototype.hasOwnProperty.call(target, prop)) state.personal = true;
  };
  state.user = new Proxy(user, {
    get(target, prop, receiver) {
      note(target, prop);
      return Reflect.get(target, prop, receiver);
    },
    getOwnPropertyDescriptor(target, prop) {
      note(target, prop);
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
  });
  return state;
}

function stable(v: unknown): string {
  if (v === undefined) return "";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  return `{${Object.keys(v as object).sort().filter((k) => (v as any)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stable((v as any)[k])}`).join(",")}}`;
}
