// 导入台账: upload a 问题台账 / 隐患台账 in the export's layout (a blank template to download); the
// import is all-or-nothing, so the result is either the count registered or every bad row's number
// and reason.
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { findingsApi, type LedgerImportError } from "../../api/findings.js";
import { useAction } from "../../hooks/useAction.js";
import { errorMessage } from "../../lib/notify.js";

type Outcome = { ok: true; created: number } | { ok: false; message: string; rows: LedgerImportError[] };

export function ImportLedgerModal({ hazard, onClose }: { hazard: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { busy, run } = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const name = hazard ? "隐患台账" : "问题台账";
  const send = (file: File) =>
    run(async () => {
      setOutcome(null);
      const res = await findingsApi.importLedger(file, hazard);
      setOutcome({ ok: true, created: res.created });
      void queryClient.invalidateQueries({ queryKey: ["findings"] });
      void queryClient.invalidateQueries({ queryKey: ["finding-stats"] });
    }, {
      onError: (e) => {
        const details = (e as { details?: unknown }).details;
        setOutcome({ ok: false, message: errorMessage(e), rows: Array.isArray(details) ? (details as LedgerImportError[]) : [] });
      },
    });
  return (
    <Modal open title={`导入${name}`} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          表格版式与“导出Excel”相同（必填：问题、来源、类别、发现日期）。导入的问题为“登记”状态；任何一行有错，全部不导入。
        </Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={findingsApi.templateUrl(hazard)} download>下载空白模板</Button>
          <Upload accept=".xlsx" showUploadList={false} disabled={busy} customRequest={({ file, onSuccess }) => { void send(file as File).then(() => onSuccess?.({})); }}>
            <Button type="primary" icon={<UploadOutlined />} loading={busy}>选择 .xlsx 文件导入</Button>
          </Upload>
        </Space>
        {outcome?.ok ? <Alert type="success" showIcon message={`导入成功：已登记 ${outcome.created} 个问题`} /> : null}
        {outcome && !outcome.ok ? (
          <>
            <Alert type="error" showIcon message={outcome.rows.length ? `导入失败，共 ${outcome.rows.length} 处错误，未导入任何问题。请修改后重新导入。` : outcome.message} />
            {outcome.rows.length ? (
              <Table<LedgerImportError> size="small" rowKey={(r, i) => `${r.row}-${i}`} dataSource={outcome.rows} pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[{ title: "行号", dataIndex: "row", width: 80, render: (n: number) => `第 ${n} 行` }, { title: "错误原因", dataIndex: "message" }]} />
            ) : null}
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
