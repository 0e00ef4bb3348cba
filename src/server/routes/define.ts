// A route is data: method, url, who may call it, what it accepts, and a handler.
// app.ts registers every route of the table the same way; the policy test walks the same table.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Access } from "../policies/index.js";
import type { AppContext, RequestUser } from "../context.js";

export interface HandlerArgs<B, Q, P> {
  req: FastifyRequest;
  reply: FastifyReply;
  ctx: AppContext;
  user: RequestUser;
  body: B;
  query: Q;
  params: P;
}

export interface RouteDef<B = any, Q = any, P = any> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  summary: string;
  tag: string;
  access: Access;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** multipart upload instead of a JSON body */
  multipart?: boolean;
  /** JSON body limit in bytes when larger than the server's default. */
  bodyLimit?: number;
  /** HTTP status on success (default 200) */
  status?: number;
  /** Per-address rate limit for this route, per minute. */
  ratePerMinute?: number | ((ctx: AppContext) => number);
  /** Allowed for a user who must still change the password. */
  duringPasswordChange?: boolean;
  /** Skip the CSRF header check (login and first-run setup: no session yet). */
  noCsrf?: boolean;
  /**
   * A read-only aggregate GET whose answer depends only on the caller, its parameters and query,
   * the data and today's date: kept in the data-version response cache (responseCache.ts). "bell": it
   * reads nothing but the caller's notifications, and is kept under the caller's bell version instead of
   * their bureau's (a write elsewhere in the bureau leaves it served).
   */
  cached?: boolean | "bell";
  handler(args: HandlerArgs<B, Q, P>): Promise<unknown>;
}

export function route<B = undefined, Q = undefined, P = undefined>(def: RouteDef<B, Q, P>): RouteDef<B, Q, P> {
  return def;
}
