// 审定 / 退回 with the leader's comment (required to return).
import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";

export function DecisionModal({
  kind,
  busy,
  copied,
  onOk,
  onCancel,
}: {
  kind: null | "approve" | "return";
  busy: boolean;
  copied: boolean;
  onOk: (comment: string) => void;
  onCancel: () => void;
}) {
  const [comment, setComment] = useState("");
  const [touched, setTouched] = useState(false);
  const missing = kind === "return" && !comment.trim();
  return (
    <Modal
      title={kind === "approve" ? "审定报告" : "退回报告"}
      open={kind !== null}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => {
        setComment("");
        setTouched(false);
      }}
      okText={kind === "approve" ? "审定" : "退回"}
      okButtonProps={{ danger: kind === "return", loading: busy }}
      cancelText="取消"
      onOk={() => {
        setTouched(true);
        if (!missing) onOk(comment);
      }}
    >
      {copied && kind === "approve" ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="本期进展情况与上期完全相同" /> : null}
      <Form layout="vertical" component="div">
        <Form.Item
          label={kind === "return" ? "退回意见（必填）" : "审定意见（可不填）"}
          htmlFor="decision-comment"
          validateStatus={touched && missing ? "error" : undefined}
          help={touched && missing ? "退回时请填写退回意见" : undefined}
        >
          <Input.TextArea id="decision-comment" value={comment} onChange={(e) => setComment(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
