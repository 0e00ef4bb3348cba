import { Card } from "antd";
import { usePhone } from "../../hooks/usePhone.js";
import { MyTasksTable } from "./MyTasksTable.js";

export default function MyTasksPage() {
  const phone = usePhone();
  return (
    <Card title="我的任务" variant="borderless" size={phone ? "small" : undefined}>
      <MyTasksTable pageSize={15} filters />
    </Card>
  );
}
