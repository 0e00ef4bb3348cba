// Where to go after login: only same-site paths are accepted from the URL.

export function safeRedirectTarget(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw.startsWith("/login") || raw.startsWith("/setup")) return "/";
  return raw;
}

export function loginPath(options: { expired?: boolean; redirect?: string }): string {
  const params = new URLSearchParams();
  if (options.expired) params.set("expired", "1");
  if (options.redirect && options.redirect !== "/") params.set("redirect", options.redirect);
  const text = params.toString();
  return text ? `/login?${text}` : "/login";
}
