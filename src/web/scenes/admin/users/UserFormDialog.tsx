// Add or edit one user. A new user's password is optional: without one the server
// generates a temporary password, shown once by the caller.
import type { Id } from "../../../api/types.js";
import { Form, Input, Select } from "antd";
import { api } from "../../../api/client.js";
import type { CreatedUser, RoleCode, User } from "../../../api/types.js";
import { ROLE_OPTIONS, UNIT_KIND_LABELS } from "../../../lib/labels.js";
import { PASSWORD_POLICY_TEXT, passwordPolicyRule } from "../../../lib/passwordPolicy.js";
import { useUnits } from "../useUnits.js";
import { useAction } from "../../../hooks/useAction.js";
import { SaveDialog } from "../../../components/SaveDialog.js";

interface UserValues {
  username: string;
  name: string;
  phone?: string;
  unitId?: Id;
  roles: RoleCode[];
  password?: string;
}

export function UserFormDialog({ orgId, user, onClose, onSaved }: {
  orgId: Id;
  user: User | null;
  onClose: () => void;
  onSaved: (saved: CreatedUser) => void;
}) {
  const [form] = Form.useForm<UserValues>();
  const units = useUnits(orgId);
  const unitOptions = (units.data ?? [])
    .filter((unit) => unit.active || unit.id === user?.unitId)
    .map((unit) => ({ value: unit.id, label: `${unit.name}（${UNIT_KIND_LABELS[unit.kind]}）` }));

  const { busy, run } = useAction();
  const send = (values: UserValues): Promise<CreatedUser> => {
    const phone = values.phone?.trim() || undefined;
    if (user) {
      return api.users.update(user.id, {
        name: values.name.trim(),
        phone: phone ?? null,
        roles: values.roles,
        unitId: values.unitId ?? null,
        version: user.version,
      });
    }
    return api.users.create({
      username: values.username.trim(),
      name: values.name.trim(),
      phone,
      roles: values.roles,
      unitId: values.unitId,
      orgId,
      password: values.password || undefined,
    });
  };
  const save = (values: UserValues) =>
    run(async () => {
      const saved = await send(values);
      onSaved(saved);
      onClose();
    });

  return (
    <SaveDialog<UserValues>
      title={user ? "编辑用户" : "添加用户"}
      form={form}
      busy={busy}
      initialValues={
        user
          ? { username: user.username, name: user.name, phone: user.phone ?? "", unitId: user.unitId ?? undefined, roles: user.roles }
          : { roles: ["unit_staff"] }
      }
      onSave={save}
      onClose={onClose}
    >
      <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}>
        <Input disabled={Boolean(user)} maxLength={40} autoComplete="off" placeholder="登录用，建议用姓名拼音" />
      </Form.Item>
      <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="phone" label="手机号" rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: "手机号格式不正确" }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label="所属单位"
        extra="单位经办人和单位负责人须选择所属单位。"
        dependencies={["roles"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              const roles: RoleCode[] = getFieldValue("roles") ?? [];
              if (!value && roles.some((role) => role === "unit_staff" || role === "unit_head")) {
                throw new Error("单位经办人和单位负责人须选择所属单位");
              }
            },
          }),
        ]}
      >
        <Select allowClear showSearch optionFilterProp="label" options={unitOptions} loading={units.isLoading} placeholder="选择单位" />
      </Form.Item>
      <Form.Item name="roles" label="角色" rules={[{ required: true, message: "请至少选择一个角色" }]}>
        <Select mode="multiple" options={ROLE_OPTIONS} placeholder="选择角色" />
      </Form.Item>
      {user ? null : (
        <Form.Item
          name="password"
          label="初始密码（可不填）"
          extra={`不填则由系统生成临时密码。${PASSWORD_POLICY_TEXT}。`}
          dependencies={["username"]}
          rules={[passwordPolicyRule(() => form.getFieldValue("username"))]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </SaveDialog>
  );
}
