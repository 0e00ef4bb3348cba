// Builds the fastify instance: security plugins, the route table, errors as JSON, the web app.
import { createReadStream, existsSync } from "node:fs";
import { constants as zlib, createBrotliCompress, createGzip } from "node:zlib";
import { join, resolve } from "node:path";
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import { z } from "zod";
import { AppError, errors } from "./errors.js";
import { constraintError } from "./db/constraint-errors.js";
import { nowOf, type AppContext, type RequestUser } from "./context.js";
import { lookupSession, SESSION_COOKIE } from "./auth/sessions.js";
import { hasPermission } from "./policies/index.js";
import { parseWith, stripNul } from "./validation.js";
import { allRoutes } from "./routes/index.js";
import { addSecurityHeaders } from "./security-headers.js";
import type { RouteDef } from "./routes/define.js";
import { preferredEncoding, ResponseCache, scopeKey } from "./responseCache.js";
import { localDay } from "./clock.js";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 50 * 1024 * 1024;
/** In-memory answers up to this size are compressed in one call instead of through a stream. */
const COMPRESS_SYNC_LIMIT = 1024 * 1024;

export async function buildApp(ctx: AppContext, opts: { webDir?: string } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: ctx.config.logLevel },
    // One JSON line per request only when asked for (DUBAN_REQUEST_LOG=1); server errors are logged
    // either way (our error handler, below).
    logController: new LogController({ disableRequestLogging: !ctx.config.requestLog }),
    bodyLimit: JSON_BODY_LIMIT,
    // Only the configured proxies may say who the client is (X-Forwarded-For/-Host/-Proto): the
    // per-address login limit keys on req.ip, which anybody could set if every peer were trusted.
    trustProxy: ctx.config.trustProxy.length ? ctx.config.trustProxy : false,
    genReqId: () => Math.random().toString(36).slice(2, 10),
    // A graceful stop (SIGTERM, a rolling restart) answers the requests already sent on open
    // connections instead of 503: a load balancer does not resend a POST.
    return503OnClosing: false,
  });

  app.setValidatorCompiler(() => () => true); // zod validates in the route wrapper, with Chinese messages
  limitJsonDepth(app);
  app.setErrorHandler(async (err, req, reply) => {
    await drainUnreadBody(req, reply, toAppError(err).status);
    return sendError(err, req, reply);
  });

  addSecurityHeaders(app);
  // JSON and the web bundle compressed (a 60-task ledger is ~200 KB of JSON); brotli at quality 4
  // costs about what gzip does, its default 11 would cost more than the bytes it saves.
  // A JSON answer is in memory: compressed in one call, sent with its length in one write. Through
  // a zlib stream (the plugin's default above 8 KB on two cores) a 10 KB answer cost more in
  // stream set-up and chunked writes than the rest of the request; compressing 200 KB takes ~1 ms.
  await app.register(compress, {
    threshold: 1024,
    syncThreshold: COMPRESS_SYNC_LIMIT,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10 } });
  await app.register(rateLimit, {
    global: true,
    max: ctx.config.apiRatePerMinute,
    timeWindow: "1 minute",
    errorResponseBuilder: (_req, context) => Object.assign(errors.rateLimited(), { statusCode: context.statusCode }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "督办 duban API", version: ctx.version, description: "教育局工作方案落实督办系统" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } } },
    },
  });

  const cache = ctx.config.responseCacheMB > 0 ? new ResponseCache(ctx.database, { maxBytes: ctx.config.responseCacheMB * 1024 * 1024 }) : undefined;
  for (const def of allRoutes) registerRoute(app, ctx, def, def.cached ? cache : undefined);
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const webDir = opts.webDir ?? resolve("dist/web");
  const hasWeb = existsSync(join(webDir, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Vite names every file under assets/ by its content hash: a browser may keep it for good.
      // index.html names the current ones, so it is revalidated on every load.
      setHeaders: (res, path) => {
        res.setHeader("cache-control", path.startsWith(join(resolve(webDir), "assets")) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || req.url === "/api" || req.method !== "GET") {
      return reply.status(404).send({ error: { code: "NOT_FOUND", message: `找不到接口 ${req.method} ${req.url.split("?")[0]}` } });
    }
    if (!hasWeb) return reply.status(404).type("text/plain; charset=utf-8").send("网页尚未构建：请运行 npm run build:web");
    // The app's own paths (/tasks, /rounds/1 …) get index.html, compressed here: the compress
    // plugin covers routes, not the not-found handler.
    const encoding = preferredEncoding(String(req.headers["accept-encoding"] ?? ""));
    const html = createReadStream(join(webDir, "index.html"));
    reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").header("vary", "accept-encoding");
    if (!encoding) return reply.send(html);
    return reply.header("content-encoding", encoding).send(html.pipe(encoding === "br" ? createBrotliCompress() : createGzip()));
  });

  return app;
}

/** Deeper JSON than any form of ours sends is refused before it is parsed (deep recursion ends in 500). */
export const MAX_JSON_DEPTH = 32;

function limitJsonDepth(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => {
    if (jsonDepth(body as string) > MAX_JSON_DEPTH) return done(errors.validation(`请求内容的嵌套层数过多（最多 ${MAX_JSON_DEPTH} 层）`), undefined);
    return parseJson(req, body as string, done);
  });
}

/** The deepest nesting of [ and { outside strings; a scan, no parse. */
export function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** The caller, decided in onRequest: before fastify reads any body (JSON or multipart). */
const callers = new WeakMap<FastifyRequest, RequestUser>();
/** The data version read with the caller's session (one statement): the response cache's for the request. */
const versions = new WeakMap<FastifyRequest, string>();

function registerRoute(app: FastifyInstance, ctx: AppContext, def: RouteDef, cache?: ResponseCache) {
  const rate = typeof def.ratePerMinute === "function" ? def.ratePerMinute(ctx) : def.ratePerMinute;
  app.route({
    method: def.method,
    url: def.url,
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    config: rate ? { rateLimit: { max: rate, timeWindow: "1 minute" } } : {},
    onRequest: async (req, reply) => {
      try {
        callers.set(req, await authorize(ctx, def, req));
      } catch (e) {
        // A refused upload is not read: the connection closes instead of draining its body.
        if (req.headers["content-length"] !== "0" && (req.headers["content-length"] || req.headers["transfer-encoding"])) reply.header("connection", "close");
        throw e;
      }
    },
    schema: {
      summary: def.summary,
      tags: [def.tag],
      ...(def.body && !def.multipart ? { body: z.toJSONSchema(def.body, { io: "input", unrepresentable: "any" }) } : {}),
      ...(def.query ? { querystring: z.toJSONSchema(def.query, { io: "input", unrepresentable: "any" }) } : {}),
      ...(def.params ? { params: z.toJSONSchema(def.params, { io: "input", unrepresentable: "any" }) } : {}),
      ...(def.multipart ? { consumes: ["multipart/form-data"] } : {}),
      ...(def.access !== "public" ? { security: [{ session: [] }] } : {}),
    },
    handler: async (req, reply) => {
      // U+0000 is dropped from every JSON body, query and path parameter (PostgreSQL cannot store it).
      if (!def.multipart || !req.isMultipart()) req.body = stripNul(req.body);
      req.query = stripNul(req.query);
      req.params = stripNul(req.params);
      const user = callers.get(req) ?? null;
      // The address first: a body cannot be right for a record that "abc" does not name.
      const params = def.params ? parseWith(def.params, req.params, "地址参数", def.url) : undefined;
      const query = def.query ? parseWith(def.query, req.query, "查询参数", def.url) : undefined;
      const body = def.multipart ? undefined : def.body ? parseWith(def.body, req.body, "请求内容", def.url) : undefined;
      const run = (caller: RequestUser) => def.handler({ req, reply, ctx, user: caller, body, query, params });
      const result = cache
        ? await cache.serve(req, reply, scopeKey(`${def.method} ${def.url}`, params, query), user, localDay(nowOf(ctx)), run, def.cached === "bell" ? "bell" : "org", versions.get(req))
        : await run(user);
      if (reply.sent || result === reply) return reply;
      if (result === undefined) return reply.status(204).send();
      return reply.status(def.status ?? 200).send(result);
    },
  });
}

/** Origin, session, CSRF, password-change and permission checks, in that order. */
async function authorize(ctx: AppContext, def: RouteDef, req: FastifyRequest): Promise<RequestUser> {
  const mutating = MUTATING.has(req.method);
  if (mutating) checkOrigin(req);
  const session = await lookupSession(ctx.database, req.cookies[SESSION_COOKIE], ctx.config.sessionIdleMinutes);
  if (session.state === "ok") versions.set(req, session.dataVersion);
  if (def.access === "public") {
    return session.state === "ok" ? withRoles(session) : null;
  }
  if (session.state === "none") throw errors.unauthenticated();
  if (session.state === "expired") throw errors.sessionExpired();
  if (mutating && !def.noCsrf && req.headers["x-csrf-token"] !== session.csrfToken) throw errors.csrf();
  const user = withRoles(session);
  if (user.must_change_password && !def.duringPasswordChange) throw errors.passwordChangeRequired();
  if (def.access !== "session" && !hasPermission(user.roleList, def.access)) throw errors.forbidden();
  return user;
}

function withRoles(session: Extract<Awaited<ReturnType<typeof lookupSession>>, { state: "ok" }>) {
  // The row is the request's own (read for it just now): extended in place, not copied.
  return Object.assign(session.user, { roleList: roleListOf(session.user.roles), sessionId: session.sessionId, csrfToken: session.csrfToken });
}

/** A users.roles JSON text as a list, parsed once per distinct text (a bureau has a handful); frozen, as it is shared. */
const roleLists = new Map<string, readonly string[]>();
function roleListOf(roles: string): readonly string[] {
  let list = roleLists.get(roles);
  if (!list) {
    if (roleLists.size >= 1000) roleLists.clear();
    roleLists.set(roles, (list = Object.freeze(JSON.parse(roles) as string[])));
  }
  return list;
}

function checkOrigin(req: FastifyRequest) {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw errors.badOrigin();
  }
  if (host !== req.host) throw errors.badOrigin(); // X-Forwarded-Host counts only from a trusted proxy
}

const UNAUTHORISED_READ_LIMIT = 8 * 1024 * 1024;

/**
 * A request refused before its upload was read (a locked report, a foreign record) is read to its
 * end before the answer: answering and closing while the client still sends resets the connection,
 * and the client sees a network error instead of the Chinese message. An anonymous or forbidden
 * upload (401, 403) is read only up to a few MB, and nothing larger than any upload is read: those
 * connections close (so does a body of unknown length).
 */
async function drainUnreadBody(req: FastifyRequest, reply: import("fastify").FastifyReply, status: number): Promise<void> {
  // readableEnded: the body was read (app.inject's request has no "complete")
  if (req.raw.complete || req.raw.readableEnded || !(req.headers["content-length"] || req.headers["transfer-encoding"])) return;
  const length = req.headers["content-length"] === undefined ? Infinity : Number(req.headers["content-length"]);
  const unauthorised = status === 401 || status === 403;
  if (length > (unauthorised ? UNAUTHORISED_READ_LIMIT : UPLOAD_LIMIT + 1024 * 1024)) {
    reply.header("connection", "close");
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 15_000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    req.raw.once("end", done).once("close", done).once("error", done);
    req.raw.resume();
  });
}

function sendError(err: unknown, req: FastifyRequest, reply: import("fastify").FastifyReply) {
  const e = toAppError(err);
  if (e.status >= 500) req.log.error({ err }, "unhandled error");
  return reply
    .status(e.status)
    .send({ error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } });
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const refused = constraintError(err); // a database constraint outside inTransaction
  if (refused) return refused;
  const anyErr = err as { statusCode?: number; code?: string; message?: string };
  const status = anyErr?.statusCode;
  if (status === 413 || anyErr?.code === "FST_REQ_FILE_TOO_LARGE") return errors.tooLarge();
  if (status === 415) return errors.unsupportedMedia("不支持的请求内容类型");
  if (status === 429) return errors.rateLimited();
  if (anyErr?.code === "FST_ERR_CTP_INVALID_JSON_BODY" || anyErr?.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || (status === 400 && anyErr?.code?.startsWith("FST_ERR_CTP"))) {
    return errors.validation("请求内容不是有效的 JSON");
  }
  if (status && status >= 400 && status < 500) return new AppError(status, "BAD_REQUEST", "请求无效");
  return new AppError(500, "INTERNAL", "服务器内部错误，请稍后重试或联系管理员");
}
