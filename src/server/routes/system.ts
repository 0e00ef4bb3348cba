import { route } from "./define.js";

export const systemRoutes = [
  route({
    method: "GET", url: "/api/health", tag: "system", access: "public", summary: "健康检查",
    handler: async ({ ctx }) => {
      const { ping } = await import("../db/connection.js");
      await ping(ctx.database);
      return { status: "ok", db: ctx.database.dialect, version: ctx.version };
    },
  }),
];
