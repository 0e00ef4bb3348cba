import { describe, expect, it } from "vitest";
import { joinHeadedCellLines } from "./headedCellLines.js";
import { parseTextBlocks } from "./text.js";

const rows = (text: string) => parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));

describe("a web table copied one cell a line, each closed by its pipe, under column names without a number column", () => {
  it("counts the cells off into rows by the header's width, a cell's spaces and commas kept inside it", () => {
    const text = ["二、活动安排：", "项目 |", "负责人 |", "要求 |", "完成时间 |", "手抄报评比 |", "王明(牵头) 李华、赵强配合 |", "每班两份，统一A3纸 |", "5月10日前 |", "诗歌朗诵会 |", "陈静 |", "各年级选送节目 |", "5月20日前 |", "三、其他"].join("\n");
    expect(rows(text)).toEqual(["P 二、活动安排：", "项目‖负责人‖要求‖完成时间 / 手抄报评比‖王明(牵头) 李华、赵强配合‖每班两份，统一A3纸‖5月10日前 / 诗歌朗诵会‖陈静‖各年级选送节目‖5月20日前", "P 三、其他"]);
  });
  it("ends the header at its last column name (a first row of short cells is no header) and keeps the excerpt's cut-off last cell", () => {
    const lines = ["检查类型 |", "检查内容 |", "责任部门 |", "消防安全 |", "灭火器检查 |", "1.逐层清点灭火器 2.检查压力表"];
    expect(joinHeadedCellLines(lines)).toEqual(["| 检查类型 | 检查内容 | 责任部门 |", "|---|---|---|", "| 消防安全 | 灭火器检查 | 1.逐层清点灭火器 2.检查压力表 |"]);
  });
  it("reads a two-column table whose column name carries a bracket (参加人员(部门))", () => {
    const lines = ["检查部位 |", "参加检查人员(部门) |", "教学楼、实验楼 |", "张三、总务处 |", "学生食堂 |", "李四、后勤处 |", "4、总结"];
    expect(joinHeadedCellLines(lines)).toEqual(["| 检查部位 | 参加检查人员(部门) |", "|---|---|", "| 教学楼、实验楼 | 张三、总务处 |", "| 学生食堂 | 李四、后勤处 |", "4、总结"]);
  });
  it("leaves cells that do not fill whole rows (a merged cell left out) and tables numbered by 序号 as they were", () => {
    const short = ["项目 |", "负责人 |", "完成时间 |", "布置展板 |", "王明 |", "黑板报 |", "李华 |", "5月 |", "二、要求"];
    expect(joinHeadedCellLines(short)).toEqual(short);
    const numbered = ["序号 |", "工作任务 |", "责任单位 |", "1 |", "新建幼儿园2所 |", "计财股 |"];
    expect(joinHeadedCellLines(numbered)).toEqual(numbered);
  });
});

describe("a cell line told by its pipe first (perf27)", () => {
  it("reads no line without a pipe as a cell, and still a cell line with its pipe last, spaces after it", () => {
    const plain = ["一、工作目标", "全面推进课后服务提质", "二、主要任务"];
    expect(joinHeadedCellLines(plain)).toEqual(plain);
    expect(joinHeadedCellLines(["事项 |  ", "负责人 |", "完成时间 |", "校园绿化 |", "刘某 |", "4月底前 |"])).toEqual(["| 事项 | 负责人 | 完成时间 |", "|---|---|---|", "| 校园绿化 | 刘某 | 4月底前 |"]);
  });
});
