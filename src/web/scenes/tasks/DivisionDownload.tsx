// 分工方案表: the plan's division table with 进展情况 from the latest approved reports, as Word or Excel.
import { DownOutlined, TableOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import type { Id } from "../../api/types.js";

export function DivisionDownload({ planId }: { planId: Id }) {
  return (
    <Dropdown
      menu={{
        items: [
          { key: "docx", label: <a href={`/api/plans/${planId}/division.docx`} download>Word（横向表格）</a> },
          { key: "xlsx", label: <a href={`/api/plans/${planId}/division.xlsx`} download>Excel</a> },
        ],
      }}
    >
      <Button icon={<TableOutlined />}>分工方案表 <DownOutlined /></Button>
    </Dropdown>
  );
}
