// The security headers of every answer (CSP, nosniff, frame and referrer policies …), as helmet
// writes them, worked out once at start. @fastify/helmet built a new helmet middleware from its
// options on every request, in two async hooks: a fifth of the CPU of a small answer.
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"], // antd writes its styles at run time
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  hsts: false,
  crossOriginEmbedderPolicy: false,
};

/** The headers helmet sets for these options, in its order (it only sets and removes headers). */
export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): [string, string][] {
  const set: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: () => {},
  };
  helmet(options)({} as never, res as never, (err?: unknown) => {
    if (err) throw err;
  });
  return set;
}

/** Every answer (routes, the web app, not-found, errors) carries them, set before any handler runs. */
export function addSecurityHeaders(app: FastifyInstance, options: HelmetOptions = HELMET_OPTIONS): void {
  const headers = helmetHeaders(options);
  app.addHook("onRequest", (_req, reply, done) => {
    const res = reply.raw;
    for (const [name, value] of headers) res.setHeader(name, value);
    done();
  });
}
