import { route } from "./define.js";
import { ping } from "../db/connection.js";

export const systemRoutes = [
  route({
    method: "GET", url: "/api/health", tag: "system", access: "public", summary: "健康检查",
    handler: async ({ ctx }) => {
      await ping(ctx.database);
      return { status: "ok", db: ctx.database.dialect, version: ctx.version };
    },
  }),
];
