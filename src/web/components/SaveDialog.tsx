// The admin screens' add-or-edit dialog: a vertical form whose 保存 submits it, the button busy
// while the save runs; closing drops the form (each opening starts from initialValues).
import { Form, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";

export function SaveDialog<V>({ title, form, busy, initialValues, onSave, onClose, children }: {
  title: ReactNode;
  form: FormInstance<V>;
  busy: boolean;
  initialValues: Partial<V>;
  onSave: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal title={title} open onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={busy} destroyOnHidden>
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void onSave(values)}>
        {children}
      </Form>
    </Modal>
  );
}
