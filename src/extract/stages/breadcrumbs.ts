// a page's breadcrumb trail before its title: "您的当前位置：首页 > 工作计划 > …", "您现在的位置是:首页>>…", ">>新闻中心>>…"
const TRAIL_HEAD = /^(?:(?:您的|您)?(?:当前|現在|现在|所在)?的?位置(?:是)?\s*[:：]|(?:>>|»|›))/u;
const CRUMB_SEPARATOR = /\s*(?:>>|>|»|›|→)\s*/gu;
// the trail's last crumb, the page itself, glued to its title: "首页…", "文章内容…", "正文…"
const LAST_CRUMB = /^(?:首页|首頁|文章内容|文章內容|正文|详情|詳情)\s*/u;

/**
 * A title without the breadcrumb trail a web page printed before it ("您的当前位置:首页2031小学开学典礼活动方案" →
 * "2031小学开学典礼活动方案"); the title as it was where it holds no trail, or where the trail leaves under six
 * characters (the trail alone, "位置:首页 > 工作方案 > 策划方案", names a section, not the page).
 */
export function withoutBreadcrumb(title: string): string {
  const head = TRAIL_HEAD.exec(title);
  if (!head) return title;
  const rest = title.slice(head[0].length);
  const crumbs = rest.split(CRUMB_SEPARATOR);
  const bare = crumbs[crumbs.length - 1].replace(LAST_CRUMB, "").trim();
  return bare.length >= 6 ? bare : title;
}
