import { z } from "zod";
import type { FastifyReply } from "fastify";
import { route } from "./define.js";
import { text } from "../validation.js";
import { changePassword, login, needsSetup, setUp } from "../commands/accounts.js";
import { createSession, endSession, SESSION_COOKIE, type UserRow } from "../auth/sessions.js";
import { presentSessionUser } from "../presenters/index.js";
import type { AppContext } from "../context.js";
import { errors } from "../errors.js";
import { ROLE_NAMES } from "../policies/index.js";
import { workBelowOrgs } from "../policies/scope.js";
import { bookkeeping } from "../db/data-version.js";

async function sessionUser(ctx: AppContext, user: UserRow) {
  const org = await ctx.database.db.selectFrom("orgs").select("name").where("id", "=", user.org_id).executeTakeFirst();
  return presentSessionUser(user, org?.name ?? null, (await workBelowOrgs(ctx.database.db, user)).length > 0);
}

/** A fresh session for a user: the cookie is new at every login (rotation). */
async function startSession(ctx: AppContext, reply: FastifyReply, user: UserRow) {
  // Bookkeeping: a login leaves the response cache's entries be (db/data-version.ts).
  const { token, csrfToken } = await bookkeeping(ctx.database, (tx) => createSession(tx, user.id));
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure: ctx.config.cookieSecure });
  return { user: await sessionUser(ctx, user), csrfToken, mustChangePassword: !!user.must_change_password };
}

const username = z.string().trim().min(1, "请输入用户名").max(64);

export const authRoutes = [
  route({
    method: "GET", url: "/api/setup", tag: "auth", access: "public", summary: "是否需要首次运行设置",
    handler: async ({ ctx }) => ({ needsSetup: await needsSetup(ctx.database.db) }),
  }),
  route({
    method: "POST", url: "/api/setup", tag: "auth", access: "public", noCsrf: true, status: 201, summary: "首次运行：创建教育局和管理员",
    body: z.strictObject({
      orgName: z.string().trim().min(2, "请输入教育局名称").max(100),
      username: username.regex(/^[A-Za-z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和横线"),
      name: text(1, 50).optional(),
      password: z.string().min(1, "请输入密码"),
      level: z.enum(["province", "city", "county"], { error: "机构级别须为 province（省）、city（市）或 county（县/区）" }).optional(),
    }),
    handler: async ({ ctx, reply, body }) => {
      const user = await setUp(ctx.database, { ...body, name: body.name ?? "系统管理员" });
      return startSession(ctx, reply, user);
    },
  }),
  route({
    method: "POST", url: "/api/setup/demo", tag: "auth", access: "public", noCsrf: true, status: 201,
    summary: "首次运行：加载示例数据（示例省→市→县、各角色账号、已发布的示例方案），账号密码只返回这一次",
    handler: async ({ ctx }) => {
      const { loadDemoData } = await import("../commands/demo.js");
      const accounts = await loadDemoData(ctx.database, { mustChangePassword: true });
      return { accounts: accounts.map((a) => ({ ...a, roleName: ROLE_NAMES[a.role] })) };
    },
  }),
  route({
    method: "POST", url: "/api/auth/login", tag: "auth", access: "public", noCsrf: true, summary: "登录",
    ratePerMinute: (ctx) => ctx.config.loginRatePerMinute,
    body: z.strictObject({ username, password: z.string().min(1, "请输入密码").max(200) }),
    handler: async ({ ctx, reply, body, user: current }) => {
      const user = await login(ctx.database, body.username, body.password);
      if (current) await endSession(ctx.database, current.sessionId);
      return startSession(ctx, reply, user);
    },
  }),
  route({
    method: "GET", url: "/api/auth/me", tag: "auth", access: "session", duringPasswordChange: true, summary: "当前登录用户",
    handler: async ({ ctx, user }) => ({
      user: await sessionUser(ctx, user!),
      csrfToken: user!.csrfToken,
      mustChangePassword: !!user!.must_change_password,
    }),
  }),
  route({
    method: "POST", url: "/api/auth/logout", tag: "auth", access: "session", duringPasswordChange: true, summary: "退出登录",
    handler: async ({ ctx, reply, user }) => {
      await endSession(ctx.database, user!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return undefined;
    },
  }),
  route({
    method: "POST", url: "/api/auth/password", tag: "auth", access: "session", duringPasswordChange: true, summary: "修改密码",
    body: z.strictObject({ currentPassword: z.string().min(1, "请输入当前密码"), newPassword: z.string().min(1, "请输入新密码") }),
    handler: async ({ ctx, user, body }) => {
      if (!user) throw errors.unauthenticated();
      const updated = await changePassword(ctx.database, user, body.currentPassword, body.newPassword, user.sessionId);
      return { user: await sessionUser(ctx, updated), csrfToken: user.csrfToken, mustChangePassword: false };
    },
  }),
];
