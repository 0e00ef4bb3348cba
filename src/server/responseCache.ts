// A per-process cache of the JSON answers of read-only aggregate GETs (issues 12 and 14): the
// dashboard, 进展调度, the round grid, 对标, 下级对比. Such an answer depends only on who asks, what is
// asked, the data and today's date, so it is kept under
//   route + parameters + query + user id + today (Asia/Shanghai) + the database's DATA VERSION,
// and the data version (db/data-version.ts) changes on every committed write, from this process or
// any other, but a session's last-seen touch. It never comes back, so when it moves every entry is
// dropped at once.
// Bounded by entries and bytes (least recently used go first); the compressed bodies are kept
// beside the JSON; an ETag (hash of the JSON) answers If-None-Match with 304.
// A route opts in with `cached: true` (routes/define.ts); its handler must read nothing else
// (no clock finer than the day, no request headers) and must not write.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "./db/connection.js";
import { dataVersion } from "./db/data-version.js";

export interface ResponseCacheOptions {
  /** Most entries kept (default 500). */
  maxEntries?: number;
  /** Most bytes kept, JSON and compressed bodies together (default 32 MB). */
  maxBytes?: number;
}

/** What the handler gave: an entry to keep and send, or (not JSON-able, or already sent) its bare result. */
type Produced = { entry: Entry } | { entry: null; result: unknown };

interface Entry {
  json: string;
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
  private generation = "";
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

  /** The data version (db/data-version.ts): changes on every committed write but a session touch. */
  dataVersion(): Promise<string> {
    return dataVersion(this.database);
  }

  /**
   * Answers from the cache, or runs `produce` (the route's handler) and keeps its JSON. `scope` is
   * the route, its parameters and query and the caller; `today` the caller's calendar day.
   */
  async serve(req: FastifyRequest, reply: FastifyReply, scope: string, today: string, produce: () => Promise<unknown>): Promise<unknown> {
    const generation = `${await this.dataVersion()}|${today}`;
    if (generation !== this.generation) {
      // The data moved on (or the day did): nothing kept can be asked for again.
      this.generation = generation;
      this.entries.clear();
      this.bytes = 0;
    }
    const key = `${generation}|${scope}`;
    let entry = this.entries.get(key);
    let state = "hit";
    if (entry) {
      this.hits++;
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
    } else {
      this.misses++;
      // Clients of one user asking at once share one computation.
      let pending = this.inFlight.get(key);
      state = pending ? "shared" : "miss";
      if (!pending) {
        pending = this.produce(reply, produce).finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, pending);
        const made = await pending;
        if (!made.entry) return made.result;
        if (this.generation === generation) this.keep(key, made.entry);
        entry = made.entry;
      } else {
        const made = await pending;
        if (!made.entry) return this.serve(req, reply, scope, today, produce); // nothing to share: run it here
        entry = made.entry;
      }
    }
    this.send(req, reply, key, entry, state);
    return reply;
  }

  private async produce(reply: FastifyReply, produce: () => Promise<unknown>): Promise<Produced> {
    const result = await produce();
    if (reply.sent || result === undefined || result === null || typeof result !== "object" || Buffer.isBuffer(result)) return { entry: null, result };
    const json = JSON.stringify(result);
    const etag = `W/"${createHash("sha1").update(json).digest("base64url")}"`;
    return { entry: { json, etag, bytes: Buffer.byteLength(json) } };
  }

  private keep(key: string, entry: Entry) {
    if (entry.bytes > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.trim();
  }

  private trim() {
    for (const [key, old] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= old.bytes;
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

/** The part of the key that names the request and the caller: the route, parsed params and query, the user. */
export function scopeKey(route: string, params: unknown, query: unknown, userId: number | null): string {
  return `${route}|${stable(params)}|${stable(query)}|u${userId ?? "-"}`;
}

function stable(v: unknown): string {
  if (v === undefined) return "";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  return `{${Object.keys(v as object).sort().filter((k) => (v as any)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stable((v as any)[k])}`).join(",")}}`;
}
