// Parallel lists over the same items (xrepeat17): made-up plans.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const tasks = async (lines: string[]) => (await extractPlan(Buffer.from(lines.join("\n\n")), { filename: "plan.txt" })).plan.tasks;

describe("a later part that lists the same items again, each with another fact", () => {
  it("makes one task per item: named by the run that says something on it, with the unit and leader the other runs give", async () => {
    const got = await tasks([
      "关于举办青禾中学2031年教职工趣味运动会的通知",
      "各年级组、各处室：",
      "为丰富教职工业余生活，学校工会定于5月举办趣味运动会，现将有关事项通知如下：",
      "一、比赛项目",
      "1、“齐心协力”拔河对抗赛",
      "2、“步调一致”三人四足接力赛",
      "3、“百发百中”定点投篮赛",
      "二、比赛组织",
      "1、拔河对抗赛由体育教研组承办",
      "2、三人四足接力赛由年级工会小组承办",
      "3、定点投篮赛由篮球兴趣协会承办",
      "三、项目负责人",
      "1、“齐心协力”拔河对抗赛",
      "负责人：李明远 联系电话：13900000001",
      "2、“步调一致”三人四足接力赛",
      "负责人：周文静 联系电话：13900000002",
      "3、“百发百中”定点投篮赛",
      "负责人：孙浩然 联系电话：13900000003",
    ]);
    expect(got.map((t) => [t.title, t.lead, t.leaders])).toEqual([
      ["拔河对抗赛由体育教研组承办", ["体育教研组"], ["李明远"]],
      ["三人四足接力赛由年级工会小组承办", ["年级工会小组"], ["周文静"]],
      ["定点投篮赛由篮球兴趣协会承办", ["篮球兴趣协会"], ["孙浩然"]],
    ]);
  });

  it("pairs short names when the later run says something on each", async () => {
    const got = await tasks([
      "青禾小学2031年春季运动会方案",
      "一、活动项目",
      "1. 跳绳赛",
      "2. 踢毽赛",
      "3. 拔河赛",
      "二、组织分配",
      "1. 跳绳赛由一年级组承办",
      "2. 踢毽赛由二年级组承办",
      "3. 拔河赛由三年级组承办",
    ]);
    expect(got.map((t) => [t.title, t.lead])).toEqual([
      ["跳绳赛由一年级组承办", ["一年级组"]],
      ["踢毽赛由二年级组承办", ["二年级组"]],
      ["拔河赛由三年级组承办", ["三年级组"]],
    ]);
  });

  it("keeps short categories each part treats on its own (放假 and 开学 for 学生 and 教职工)", async () => {
    const got = await tasks([
      "青禾学院2031年暑假放假及开学安排的通知",
      "一、放假时间安排",
      "1. 学生",
      "7月10日（星期四）起放暑假。",
      "2. 教职工",
      "7月12日（星期六）起放暑假。",
      "二、开学时间安排",
      "1. 学生",
      "8月30日报到注册，9月1日正式上课。",
      "2. 教职工",
      "8月28日全体教职工上班。",
    ]);
    expect(got.map((t) => t.title)).toEqual(["学生", "教职工", "学生", "教职工"]);
  });

  it("leaves runs of different lengths, or items that do not pair in order, as they are", async () => {
    const got = await tasks([
      "青禾中学2031年春季教研工作计划",
      "一、工作重点",
      "1. 课堂教学改革",
      "2. 青年教师培养",
      "3. 校本课程开发",
      "二、工作措施",
      "1. 课堂教学改革",
      "推进小组合作学习，每学期每位教师上一节公开课。",
      "2. 青年教师培养",
      "开展师徒结对，每月听课不少于4节。",
    ]);
    expect(got.map((t) => t.title)).toEqual(["课堂教学改革", "青年教师培养", "校本课程开发", "课堂教学改革", "青年教师培养"]);
  });
});
