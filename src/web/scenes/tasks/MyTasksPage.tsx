import { Card } from "antd";
import { MyTasksTable } from "./MyTasksTable.js";

export default function MyTasksPage() {
  return (
    <Card title="我的任务" variant="borderless">
      <MyTasksTable pageSize={15} />
    </Card>
  );
}
