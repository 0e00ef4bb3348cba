// The signed-in frame: sidebar navigation, header with the bureau name and the user menu.
import {
  AlertOutlined,
  AuditOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  DownOutlined,
  FileTextOutlined,
  KeyOutlined,
  LogoutOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Dropdown, Layout, Menu, Modal, Spin, Typography, type MenuProps } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation, useNavigate, useNavigation } from "react-router-dom";
import { hasRole, useSignedInSession } from "../hooks/session.js";
import { useLogout } from "../hooks/useLogout.js";
import { ChangePasswordForm } from "./ChangePasswordForm.js";
import { notifySuccess } from "../lib/notify.js";
import { canWritePlans, hasOwnTasks } from "../lib/labels.js";
import { NotificationBell } from "./NotificationBell.js";
import type { RoleCode } from "../api/types.js";

/** 进展调度 is the office's; 季度总结 is for units, leaders and the office. */
function navigationVisible(key: string, roles: RoleCode[]): boolean {
  if (key === "/rounds") return canWritePlans(roles);
  if (key === "/summaries") return canWritePlans(roles) || roles.some((r) => r === "unit_staff" || r === "unit_head" || r === "leader" || r === "director");
  return true;
}

const NAVIGATION = [
  { key: "/", icon: <DashboardOutlined />, label: "工作台" },
  { key: "/plans", icon: <FileTextOutlined />, label: "工作方案" },
  { key: "/tasks", icon: <UnorderedListOutlined />, label: "任务台账" },
  { key: "/rounds", icon: <ScheduleOutlined />, label: "进展调度" },
  { key: "/summaries", icon: <ProfileOutlined />, label: "季度总结" },
  { key: "/findings", icon: <AlertOutlined />, label: "问题整改" },
  { key: "/bulletins", icon: <NotificationOutlined />, label: "通报" },
  { key: "/assessment", icon: <TrophyOutlined />, label: "考核" },
];
const MY_TASKS_NAVIGATION = { key: "/mine", icon: <CarryOutOutlined />, label: "我的任务" };
const ADMIN_NAVIGATION = { key: "/admin", icon: <SettingOutlined />, label: "系统管理" };

function selectedNavigationKey(pathname: string): string {
  if (pathname === "/") return "/";
  const first = "/" + (pathname.split("/")[1] ?? "");
  return first;
}

export function AppShell() {
  const session = useSignedInSession();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);

  const items: MenuProps["items"] = [
    NAVIGATION[0]!,
    ...(hasOwnTasks(session.user.roles) || session.user.unitId !== null ? [MY_TASKS_NAVIGATION] : []),
    ...NAVIGATION.slice(1).filter((item) => navigationVisible(item.key, session.user.roles)),
    ...(hasRole(session, "admin") ? [ADMIN_NAVIGATION] : []),
  ];
  const userMenu: MenuProps = {
    items: [
      { key: "password", icon: <KeyOutlined />, label: "修改密码" },
      { type: "divider" },
      { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
    ],
    onClick: ({ key }) => {
      if (key === "password") setChangingPassword(true);
      if (key === "logout") logout();
    },
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={188}
        collapsedWidth={56}
        theme="light"
        style={{ borderRight: "1px solid #f0f0f0" }}
      >
        <div style={{ height: 48, display: "flex", alignItems: "center", justifyContent: "center", borderBottom: "1px solid #f0f0f0" }}>
          <AuditOutlined style={{ fontSize: 20, color: "#1677ff" }} />
          {collapsed ? null : <Typography.Text strong style={{ marginLeft: 8, fontSize: 16, letterSpacing: 2 }}>督办系统</Typography.Text>}
        </div>
        <Menu
          mode="inline"
          aria-label="主导航"
          selectedKeys={[selectedNavigationKey(location.pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: "none" }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            height: 48,
            lineHeight: "48px",
            padding: "0 20px",
            background: "#fff",
            borderBottom: "1px solid #f0f0f0",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
          }}
        >
          <Typography.Text strong style={{ fontSize: 15 }} data-testid="org-name">
            {session.user.orgName}
          </Typography.Text>
          <div style={{ display: "flex", alignItems: "center", gap: 4 }}>
            <NotificationBell />
            <Dropdown menu={userMenu} trigger={["click"]} placement="bottomRight">
              <Button type="text" icon={<UserOutlined />} aria-label={`用户菜单：${session.user.name}`}>
                {session.user.name} <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          </div>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, overflow: "auto" }}>
          <Spin spinning={navigation.state === "loading"} delay={300}>
            <Suspense fallback={<Spin />}>
              <Outlet />
            </Suspense>
          </Spin>
        </Layout.Content>
      </Layout>
      <Modal
        title="修改密码"
        open={changingPassword}
        onCancel={() => setChangingPassword(false)}
        footer={null}
        destroyOnHidden
        width={420}
      >
        <ChangePasswordForm
          username={session.user.username}
          onChanged={() => {
            setChangingPassword(false);
            notifySuccess("密码已修改");
          }}
        />
      </Modal>
    </Layout>
  );
}
