import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { withoutBreadcrumb } from "./breadcrumbs.js";

describe("a page's breadcrumb trail is no part of its title (xmeta)", () => {
  it("drops the trail and the page's own crumb glued to the title", () => {
    expect(withoutBreadcrumb("您的当前位置:首页2031青禾小学风筝节活动方案")).toBe("2031青禾小学风筝节活动方案");
    expect(withoutBreadcrumb("您现在的位置是:首页>>工作指南>>计划总结>>正文2031学年食堂工作计划")).toBe("2031学年食堂工作计划");
    expect(withoutBreadcrumb("当前位置：首页 > 通知公告 > 青禾县2031年春季开学工作方案")).toBe("青禾县2031年春季开学工作方案");
  });

  it("keeps a title with no trail, or one the trail alone makes", () => {
    expect(withoutBreadcrumb("青禾县2031年春季开学工作方案")).toBe("青禾县2031年春季开学工作方案");
    expect(withoutBreadcrumb("位置:首页 > 工作方案 > 活动方案")).toBe("位置:首页 > 工作方案 > 活动方案");
  });

  it("gives a page's plan its title", async () => {
    const { plan } = await extractPlan("您的当前位置:首页2031青禾小学风筝节活动方案\n一、活动时间\n4月10日下午。\n二、活动要求\n各班按时到场。\n", { filename: "x.txt" });
    expect(plan.title).toBe("2031青禾小学风筝节活动方案");
  });
});
