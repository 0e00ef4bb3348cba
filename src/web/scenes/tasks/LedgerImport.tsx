// 台账导入: an edited copy of the ledger XLSX, its differences shown first, then applied all at once.
import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { ApiError, api } from "../../api/client.js";
import type { LedgerChange, Plan } from "../../api/types.js";
import { errorMessage, notifySuccess } from "../../lib/notify.js";

interface RowError {
  row: number;
  message: string;
  sheet?: string;
}

export function LedgerImport({ plan }: { plan: Plan }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({
    mutationFn: (next: File) => api.plans.ledgerImport(plan.id, next, false),
    meta: { inlineError: true },
  });
  const apply = useMutation({
    mutationFn: () => api.plans.ledgerImport(plan.id, file!, true),
    meta: { inlineError: true },
    onSuccess: (result) => {
      notifySuccess(`已导入 ${result.changes.length} 处修改`);
      close();
      void queryClient.invalidateQueries({ queryKey: ["plan", plan.id] });
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      void queryClient.invalidateQueries({ queryKey: ["task"] });
    },
  });
  const close = () => {
    setFile(null);
    preview.reset();
    apply.reset();
  };
  const error = apply.error ?? preview.error;
  const rowErrors = error instanceof ApiError && error.code === "IMPORT_FAILED" && Array.isArray(error.details) ? (error.details as RowError[]) : null;
  const changes = preview.data?.changes ?? [];

  return (
    <>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(picked) => {
          apply.reset();
          setFile(picked);
          preview.mutate(picked);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={preview.isPending}>
          导入修改
        </Button>
      </Upload>
      <Modal
        title="导入修改过的台账"
        open={file !== null && !preview.isPending}
        onCancel={close}
        width={900}
        okText="确认导入"
        cancelText="取消"
        okButtonProps={{ disabled: !changes.length || !!error, loading: apply.isPending }}
        onOk={() => apply.mutate()}
        destroyOnHidden
      >
        {error ? (
          <>
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              message="导入失败，未做任何修改"
              description={rowErrors ? `文件中有 ${rowErrors.length} 处问题，请修改后重新上传。` : errorMessage(error)}
            />
            {rowErrors ? (
              <Table<RowError & { key: number }>
                size="small"
                dataSource={rowErrors.map((e, key) => ({ ...e, key }))}
                pagination={rowErrors.length > 10 ? { pageSize: 10, size: "small" } : false}
                columns={[
                  { title: "行号", dataIndex: "row", width: 80 },
                  { title: "问题", dataIndex: "message" },
                ]}
              />
            ) : null}
          </>
        ) : preview.data ? (
          <>
          {preview.data.notes.map((note) => (
            <Alert key={note} type="warning" showIcon style={{ marginBottom: 12 }} message={note} data-testid="ledger-import-note" />
          ))}
          {changes.length ? (
            <>
              <Typography.Paragraph>
                文件“{file?.name}”与当前台账相比有 <Typography.Text strong>{changes.length}</Typography.Text> 处不同。确认后一次性写入，已发布任务的修改会保留版本记录。
              </Typography.Paragraph>
              <Table<LedgerChange>
                size="small"
                rowKey="row"
                data-testid="ledger-diff"
                dataSource={changes}
                pagination={false}
                scroll={{ y: 360 }}
                columns={[
                  { title: "行号", dataIndex: "row", width: 60 },
                  { title: "类型", dataIndex: "kind", width: 70, render: (kind: LedgerChange["kind"]) => (kind === "create" ? <Tag color="green">新增</Tag> : <Tag color="blue">修改</Tag>) },
                  { title: "任务", width: 200, render: (_v, c) => `${c.no ? `${c.no}. ` : ""}${c.title}` },
                  {
                    title: "修改内容",
                    render: (_v, c) => (
                      <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
                        {c.fields.map((f) => (
                          <div key={f.label}>
                            <Typography.Text strong>{f.label}：</Typography.Text>
                            {c.kind === "update" ? (
                              <>
                                <Typography.Text delete type="secondary" style={{ whiteSpace: "pre-wrap" }}>
                                  {f.before || "（空）"}
                                </Typography.Text>
                                {" → "}
                              </>
                            ) : null}
                            <Typography.Text style={{ whiteSpace: "pre-wrap", color: "#389e0d" }}>{f.after || "（空）"}</Typography.Text>
                          </div>
                        ))}
                      </div>
                    ),
                  },
                ]}
              />
            </>
          ) : (
            <Alert type="info" showIcon message="文件与当前台账一致，没有需要导入的修改。" />
          )}
          </>
        ) : null}
      </Modal>
    </>
  );
}
