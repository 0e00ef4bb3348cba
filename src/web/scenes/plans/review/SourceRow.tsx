// The table row a task was read from, as a small table: the header cells over the row's cells,
// the cell holding the selected field marked as the source text marks it.
import { Typography } from "antd";
import type { SourceCell, Span, TableRowSource } from "../../../api/types.js";

const within = (field: Span | null, cell: SourceCell) => !!field && !!cell.span && field[0] >= cell.span[0] && field[1] <= cell.span[1] && field[1] > field[0];

const cellStyle = { border: "1px solid #d9d9d9", padding: "2px 6px", verticalAlign: "top", minWidth: 48, maxWidth: 280 } as const;

export function SourceRow({ source, fieldSpan }: { source: TableRowSource; fieldSpan: Span | null }) {
  const width = Math.max(source.header.length, ...source.rows.map((r) => r.cells.length));
  const pad = (cells: SourceCell[]) => [...cells, ...Array.from({ length: width - cells.length }, () => ({ text: "", span: null }))];
  return (
    <div data-testid="source-row" style={{ padding: "6px 12px", borderBottom: "1px solid #f0f0f0", maxHeight: 200, overflow: "auto" }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        本任务来自表格第 {source.table + 1} 个表的第 {source.rows.map((r) => r.row + 1).join("、")} 行
      </Typography.Text>
      <table style={{ borderCollapse: "collapse", fontSize: 12, lineHeight: 1.5, marginTop: 4 }}>
        {source.header.length ? (
          <thead>
            <tr>
              {pad(source.header).map((cell, i) => (
                <th key={i} scope="col" style={{ ...cellStyle, background: "#fafafa", fontWeight: 500, whiteSpace: "nowrap" }}>
                  {cell.text}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {source.rows.map((row) => (
            <tr key={row.row}>
              {pad(row.cells).map((cell, i) => {
                const hit = within(fieldSpan, cell);
                return (
                  <td
                    key={i}
                    data-highlight={hit ? "field" : undefined}
                    aria-current={hit ? "true" : undefined}
                    style={{ ...cellStyle, whiteSpace: "pre-wrap", ...(hit ? { background: "#ffd591", outline: "2px solid #fa8c16", outlineOffset: -2 } : {}) }}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
