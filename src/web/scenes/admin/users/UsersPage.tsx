// 用户: accounts of a bureau; add, edit, deactivate/activate, reset password.
import { PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Badge, Button, Input, Popconfirm, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api } from "../../../api/client.js";
import type { Id, RoleCode, User } from "../../../api/types.js";
import { RoleTags } from "../../../components/RoleTags.js";
import { showTemporaryPasswords } from "../../../components/TemporaryPassword.js";
import { useSignedInSession } from "../../../hooks/session.js";
import { notifySuccess } from "../../../lib/notify.js";
import { useAction } from "../../../hooks/useAction.js";
import { ActiveToggle } from "../ActiveToggle.js";
import { OrgPicker } from "../OrgPicker.js";
import { UserFormDialog } from "./UserFormDialog.js";

export const usersKey = (orgId: Id, q: string) => ["users", orgId, q] as const;

export default function UsersPage() {
  const session = useSignedInSession();
  const app = App.useApp();
  const queryClient = useQueryClient();
  const [orgId, setOrgId] = useState(session.user.orgId);
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const users = useQuery({ queryKey: usersKey(orgId, q), queryFn: async () => (await api.users.list({ orgId, q })).items });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["users"] });

  const { run } = useAction();
  const setActive = (user: User) =>
    void run(async () => {
      const saved = await api.users.update(user.id, { active: !user.active, version: user.version });
      refresh();
      return saved;
    }, { success: (saved) => (saved.active ? `已启用“${saved.name}”` : `已停用“${saved.name}”`) });
  const resetPassword = (user: User) =>
    void run(async () => {
      const result = await api.users.resetPassword(user.id);
      refresh();
      showTemporaryPasswords(app, `已重置“${user.name}”的密码`, [
        { name: user.name, username: user.username, temporaryPassword: result.temporaryPassword },
      ]);
    });

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <OrgPicker value={orgId} onChange={setOrgId} />
        <Input.Search placeholder="姓名或用户名" allowClear style={{ width: 240 }} onSearch={(value) => setQ(value.trim())} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          添加用户
        </Button>
      </Space>
      <Table<User>
        size="middle"
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 15, showSizeChanger: false, showTotal: (total) => `共 ${total} 人` }}
        columns={[
          { title: "姓名", dataIndex: "name", width: 100 },
          { title: "用户名", dataIndex: "username", width: 120 },
          { title: "手机号", dataIndex: "phone", width: 120, render: (phone: string | null) => phone || "—" },
          { title: "单位", dataIndex: "unitName", render: (unitName: string | null) => unitName || "—" },
          { title: "角色", dataIndex: "roles", render: (roles: RoleCode[]) => <RoleTags roles={roles} /> },
          {
            title: "状态",
            width: 130,
            render: (_value, user) => (
              <Space size={4}>
                {user.active ? <Badge status="success" text="启用" /> : <Badge status="default" text="已停用" />}
                {user.mustChangePassword && user.active ? <Tag color="orange">待改密</Tag> : null}
                {user.lockedUntil ? <Tag color="red">已锁定</Tag> : null}
              </Space>
            ),
          },
          {
            title: "操作",
            width: 190,
            render: (_value, user) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(user)}>
                  编辑
                </Button>
                <Popconfirm
                  title={`重置“${user.name}”的密码？`}
                  description="将生成临时密码，对方下次登录时须修改。"
                  okText="重置"
                  cancelText="取消"
                  onConfirm={() => resetPassword(user)}
                >
                  <Button type="link" size="small">
                    重置密码
                  </Button>
                </Popconfirm>
                <ActiveToggle
                  active={user.active}
                  name={user.name}
                  description="停用后该账号无法登录，已有记录保留。"
                  disabled={user.id === session.user.id}
                  onToggle={() => setActive(user)}
                />
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <UserFormDialog
          orgId={orgId}
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            refresh();
            if (saved.temporaryPassword) {
              showTemporaryPasswords(app, `已添加用户“${saved.name}”`, [
                { name: saved.name, username: saved.username, temporaryPassword: saved.temporaryPassword },
              ]);
            } else {
              notifySuccess(editing === "new" ? `已添加用户“${saved.name}”` : `已保存“${saved.name}”`);
            }
          }}
        />
      ) : null}
    </>
  );
}
