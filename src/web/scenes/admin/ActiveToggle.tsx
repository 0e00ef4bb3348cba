// 停用 (asked first) or 启用 (at once) a user or a unit, in the admin lists' 操作 column.
import { Button, Popconfirm } from "antd";

export function ActiveToggle({ active, name, description, disabled, onToggle }: {
  active: boolean;
  name: string;
  /** What deactivating does, under the question. */
  description: string;
  disabled?: boolean;
  onToggle: () => void;
}) {
  return active ? (
    <Popconfirm title={`停用“${name}”？`} description={description} okText="停用" cancelText="取消" disabled={disabled} onConfirm={onToggle}>
      <Button type="link" size="small" danger disabled={disabled}>
        停用
      </Button>
    </Popconfirm>
  ) : (
    <Button type="link" size="small" onClick={onToggle}>
      启用
    </Button>
  );
}
