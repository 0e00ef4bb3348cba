// 对标 as XLSX: one block per kind of unit (名次, 单位, 计划值, 最新填报值, 填报期, 完成率, 指标原文),
// then the bureaus without such a target. Units of different kinds are never in one column.
import { safeCell } from "./cells.js";
import { titledSheet, xlsxBuffer } from "./sheet.js";
import type { BenchmarkResult } from "../shared/benchmark.js";

const HEAD = ["名次", "单位", "计划值", "最新填报值", "填报期", "完成率", "指标原文"];
const unitLabel = (u: string) => (u === "ratio" ? "比值" : u);

export async function benchmarkXlsx(r: BenchmarkResult, title: string): Promise<Buffer> {
  const note = `匹配的指标：${r.matched.join("、") || "无"}${r.year ? `；年度：${r.year}` : ""}`;
  const { wb, ws } = await titledSheet({ name: "对标", title, note, columns: HEAD.length, noteAlign: "left" });
  ws.columns = [{ width: 6 }, { width: 22 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 10 }, { width: 60 }];
  let row = 4;
  for (const sec of r.sections) {
    ws.mergeCells(row, 1, row, HEAD.length);
    ws.getCell(row, 1).value = `单位：${unitLabel(sec.unit)}`;
    ws.getCell(row, 1).font = { bold: true };
    row++;
    HEAD.forEach((h, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = h.replace("计划值", `计划值（${unitLabel(sec.unit)}）`).replace("最新填报值", `最新填报值（${unitLabel(sec.unit)}）`);
      c.font = { bold: true };
      c.border = { bottom: { style: "thin" } };
    });
    row++;
    for (const x of sec.rows) {
      const cells: (string | number | null)[] = [
        x.rank, safeCell(x.orgName), x.planned, x.latest, x.latestPeriod ?? "未填报", x.ratio,
        safeCell(x.targets.map((t) => `${t.metric} ${t.plan}（${t.planTitle}·${t.task}）`).join("；")),
      ];
      cells.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
      ws.getCell(row, 6).numFmt = "0.0%";
      ws.getCell(row, 7).alignment = { wrapText: true, vertical: "top" };
      row++;
    }
    row++;
  }
  if (r.missing.length) {
    ws.mergeCells(row, 1, row, HEAD.length);
    ws.getCell(row, 1).value = safeCell(`未设此指标：${r.missing.map((m) => m.orgName).join("、")}`);
  }
  return xlsxBuffer(wb);
}
