// Every error a user can cause: a stable code, an HTTP status and a Chinese message.
export class AppError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const errors = {
  validation: (message: string, details?: unknown) => new AppError(400, "VALIDATION_FAILED", message, details),
  unauthenticated: () => new AppError(401, "UNAUTHENTICATED", "请先登录"),
  sessionExpired: () => new AppError(401, "SESSION_EXPIRED", "登录已过期，请重新登录"),
  /** One answer for an unknown user, a wrong password and a locked account: it must not tell them apart. */
  invalidCredentials: () =>
    new AppError(401, "INVALID_CREDENTIALS", "用户名或密码错误。连续输错 5 次，账号将锁定 15 分钟，锁定期间无法登录；如需提前解锁请联系管理员"),
  accountInactive: () => new AppError(403, "ACCOUNT_INACTIVE", "该账号已停用，请联系管理员"),
  passwordChangeRequired: () => new AppError(403, "PASSWORD_CHANGE_REQUIRED", "请先修改初始密码"),
  weakPassword: (message: string) => new AppError(400, "PASSWORD_WEAK", message),
  forbidden: (message = "没有权限执行此操作") => new AppError(403, "FORBIDDEN", message),
  csrf: () => new AppError(403, "CSRF_INVALID", "请求校验失败，请刷新页面后重试"),
  badOrigin: () => new AppError(403, "ORIGIN_INVALID", "请求来源不被允许"),
  notFound: (code: string, message: string) => new AppError(404, code, message),
  conflict: (code: string, message: string) => new AppError(409, code, message),
  stale: () => new AppError(409, "VERSION_CONFLICT", "该记录已被他人修改，请刷新后重试"),
  alreadySetUp: () => new AppError(409, "ALREADY_SET_UP", "系统已完成初始化"),
  tooLarge: (message = "上传内容过大") => new AppError(413, "PAYLOAD_TOO_LARGE", message),
  unsupportedMedia: (message: string) => new AppError(415, "UNSUPPORTED_MEDIA_TYPE", message),
  unprocessable: (code: string, message: string, details?: unknown) => new AppError(422, code, message, details),
  rateLimited: () => new AppError(429, "RATE_LIMITED", "请求过于频繁，请稍后再试"),
};
