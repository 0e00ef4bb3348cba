// 系统管理: one tab per sub-page; each tab is its own route (/admin/units, /admin/users, …).
import { Card, Tabs } from "antd";
import { Outlet, useLocation, useNavigate } from "react-router-dom";

const ADMIN_TABS = [
  { key: "orgs", label: "机构" },
  { key: "units", label: "单位" },
  { key: "users", label: "用户" },
  { key: "import", label: "批量导入" },
  { key: "audit", label: "审计日志" },
  { key: "notifications", label: "通知设置" },
];

export function AdminLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const activeKey = location.pathname.split("/")[2] ?? "units";
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={activeKey} items={ADMIN_TABS} onChange={(key) => navigate(`/admin/${key}`)} />
      <Outlet />
    </Card>
  );
}
