import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionIdleMinutes: number;
  adminUsername: string;
  adminPassword?: string;
  orgName?: string;
  /** Level of the installation's top bureau at first start (a city or province sets up its bureaus below). */
  orgLevel?: "province" | "city" | "county";
  cookieSecure: boolean;
  /** Per-address login attempts per minute; the per-account lockout does the fine work. */
  loginRatePerMinute: number;
  apiRatePerMinute: number;
  /** Addresses or CIDRs of reverse proxies whose X-Forwarded-* headers are believed; none by default. */
  trustProxy: string[];
  logLevel: string;
  /** DUBAN_REQUEST_LOG=1: one log line per request (off by default: the console shows start-up, warnings and errors). */
  requestLog?: boolean;
  /** DUBAN_AUDIT_KEY: the audit chain's key, else data/audit.key. */
  auditKey?: string;
  /** DUBAN_SCHEDULER_INTERVAL_MS: how often the scheduler looks for due jobs and messages. */
  schedulerIntervalMs: number;
  /** DUBAN_LEASE_MS: how long a job or message stays leased to an instance that may have died (unset: 10 min for jobs, 2 min for messages). */
  leaseMs?: number;
  /** DUBAN_RESPONSE_CACHE_MB: memory for the data-version response cache of the dashboards (responseCache.ts); 0 turns it off. */
  responseCacheMB: number;
}

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: resolve(env.DUBAN_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: Number(env.DUBAN_SESSION_IDLE_MINUTES ?? 30),
    adminUsername: env.DUBAN_ADMIN_USERNAME || "admin",
    adminPassword: env.DUBAN_ADMIN_PASSWORD || undefined,
    orgName: env.DUBAN_ORG_NAME || undefined,
    orgLevel: env.DUBAN_ORG_LEVEL === "province" || env.DUBAN_ORG_LEVEL === "city" || env.DUBAN_ORG_LEVEL === "county" ? env.DUBAN_ORG_LEVEL : undefined,
    cookieSecure: env.DUBAN_COOKIE_SECURE === "1",
    loginRatePerMinute: Number(env.DUBAN_LOGIN_RATE ?? 60),
    apiRatePerMinute: Number(env.DUBAN_API_RATE ?? 1200),
    trustProxy: (env.DUBAN_TRUST_PROXY ?? "").split(/[,\s]+/).filter(Boolean),
    auditKey: env.DUBAN_AUDIT_KEY || undefined,
    schedulerIntervalMs: positive(env.DUBAN_SCHEDULER_INTERVAL_MS) ?? 30_000,
    leaseMs: positive(env.DUBAN_LEASE_MS),
    responseCacheMB: env.DUBAN_RESPONSE_CACHE_MB === "0" ? 0 : positive(env.DUBAN_RESPONSE_CACHE_MB) ?? 32,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    requestLog: env.DUBAN_REQUEST_LOG === "1",
    ...overrides,
  };
}

function positive(v: string | undefined): number | undefined {
  const n = Number(v);
  return v && Number.isFinite(n) && n > 0 ? n : undefined;
}
