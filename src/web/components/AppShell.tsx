// The signed-in frame: sidebar navigation, header with the bureau name and the user menu. On a
// phone the sidebar is a drawer opened from the header, and the header keeps to one line.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  DownOutlined,
  FundOutlined,
  FileTextOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Drawer, Dropdown, Layout, Menu, Modal, Spin, Typography, type MenuProps } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation, useNavigate, useNavigation } from "react-router-dom";
import { hasRole, useSignedInSession } from "../hooks/session.js";
import { useLogout } from "../hooks/useLogout.js";
import { usePhone } from "../hooks/usePhone.js";
import { ChangePasswordForm } from "./ChangePasswordForm.js";
import { notifySuccess } from "../lib/notify.js";
import { canWritePlans, hasOwnTasks } from "../lib/labels.js";
import { NotificationBell } from "./NotificationBell.js";
import { HeaderSearch } from "./HeaderSearch.js";
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
/** 下级对比 and 对标: for a reader of the work below whose org has bureaus below it (the session says which). */
const ROLLUP_NAVIGATION = { key: "/rollup", icon: <ApartmentOutlined />, label: "下级对比" };
const BENCHMARK_NAVIGATION = { key: "/benchmark", icon: <FundOutlined />, label: "对标" };
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
  const [drawerOpen, setDrawerOpen] = useState(false);
  const phone = usePhone();
  const [changingPassword, setChangingPassword] = useState(false);

  const items: MenuProps["items"] = [
    NAVIGATION[0]!,
    ...(hasOwnTasks(session.user.roles) || session.user.unitId !== null ? [MY_TASKS_NAVIGATION] : []),
    ...NAVIGATION.slice(1).filter((item) => navigationVisible(item.key, session.user.roles)),
    ...(session.user.readsBelow ? [ROLLUP_NAVIGATION, BENCHMARK_NAVIGATION] : []),
    ...(hasRole(session, "admin") ? [ADMIN_NAVIGATION] : []),
  ];
  const userMenu: MenuProps = {
    items: [
      ...(phone ? [{ key: "who", label: session.user.name, disabled: true }, { type: "divider" as const }] : []),
      { key: "password", icon: <KeyOutlined />, label: "修改密码" },
      { type: "divider" },
      { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
    ],
    onClick: ({ key }) => {
      if (key === "password") setChangingPassword(true);
      if (key === "logout") logout();
    },
  };

  const logo = (showName: boolean) => (
    <div style={{ height: 48, display: "flex", alignItems: "center", justifyContent: "center", borderBottom: "1px solid #f0f0f0" }}>
      <AuditOutlined style={{ fontSize: 20, color: "#1677ff" }} />
      {showName ? <Typography.Text strong style={{ marginLeft: 8, fontSize: 16, letterSpacing: 2 }}>督办系统</Typography.Text> : null}
    </div>
  );
  const menu = (
    <Menu
      mode="inline"
      aria-label="主导航"
      selectedKeys={[selectedNavigationKey(location.pathname)]}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: "none" }}
    />
  );

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {phone ? (
        <Drawer
          placement="left"
          width={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          styles={{ body: { padding: 0 } }}
          title={null}
          aria-label="导航菜单"
        >
          {logo(true)}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={188}
          collapsedWidth={56}
          theme="light"
          style={{ borderRight: "1px solid #f0f0f0" }}
        >
          {logo(!collapsed)}
          {menu}
        </Layout.Sider>
      )}
      <Layout style={phone ? { minWidth: 0 } : undefined}>
        <Layout.Header
          style={{
            height: 48,
            lineHeight: "48px",
            padding: phone ? "0 4px" : "0 20px",
            background: "#fff",
            borderBottom: "1px solid #f0f0f0",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            gap: 4,
          }}
        >
          {phone ? (
            <Button type="text" icon={<MenuOutlined style={{ fontSize: 18 }} />} aria-label="打开导航菜单" data-testid="nav-toggle" onClick={() => setDrawerOpen(true)} />
          ) : null}
          <Typography.Text strong style={{ fontSize: 15, flex: 1, minWidth: 0 }} ellipsis={phone ? { tooltip: session.user.orgName } : false} data-testid="org-name">
            {session.user.orgName}
          </Typography.Text>
          <div style={{ display: "flex", alignItems: "center", gap: phone ? 0 : 4, flex: "none" }}>
            <HeaderSearch compact={phone} />
            <NotificationBell />
            <Dropdown menu={userMenu} trigger={["click"]} placement="bottomRight">
              {phone ? (
                <Button type="text" icon={<UserOutlined style={{ fontSize: 17 }} />} aria-label={`用户菜单：${session.user.name}`} />
              ) : (
                <Button type="text" icon={<UserOutlined />} aria-label={`用户菜单：${session.user.name}`}>
                  {session.user.name} <DownOutlined style={{ fontSize: 10 }} />
                </Button>
              )}
            </Dropdown>
          </div>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 8 : 16, overflow: "auto" }}>
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
