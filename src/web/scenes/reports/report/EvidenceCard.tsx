// 佐证材料 of a report: images with a preview, PDFs and Office files; upload (on a phone also
// straight from the camera) and delete while the report is writable.
import { CameraOutlined, DeleteOutlined, FilePdfOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Popconfirm, Space, Typography, Upload, type UploadProps } from "antd";
import { useState } from "react";
import { reportsApi } from "../../../api/rounds.js";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { notifyError } from "../../../lib/notify.js";
import { formatTime } from "../reportLabels.js";

export function EvidenceCard({ report, phone, onChange }: { report: ReportDetail; phone: boolean; onChange: (update: (evidence: ReportDetail["evidence"]) => ReportDetail["evidence"]) => void }) {
  const [uploading, setUploading] = useState(0);
  const writable = report.can.write;
  const list = report.evidence;
  const customRequest: UploadProps["customRequest"] = async ({ file, onSuccess, onError }) => {
    setUploading((n) => n + 1);
    try {
      const saved = await reportsApi.upload(report.id, file as File);
      onChange((evidence) => [...evidence, saved]);
      onSuccess?.(saved);
    } catch (error) {
      notifyError(error);
      onError?.(error as Error);
    } finally {
      setUploading((n) => n - 1);
    }
  };
  const size = (f: ReportDetail["evidence"][number]) => (
    <Typography.Text type="secondary" style={{ fontSize: 12, flex: "none" }}>
      {(f.size / 1024).toFixed(f.size < 102400 ? 1 : 0)} KB · {formatTime(f.uploadedAt)}
    </Typography.Text>
  );
  return (
    <Card
      variant="borderless"
      size="small"
      title="佐证材料"
      style={{ marginTop: 12 }}
      extra={
        writable ? (
          <Space size={6}>
            {phone ? (
              // The phone's camera straight away; 上传材料 still offers the gallery and files.
              <Upload showUploadList={false} accept="image/*" capture="environment" customRequest={customRequest}>
                <Button size="small" icon={<CameraOutlined />} aria-label="拍照上传" data-testid="evidence-camera">
                  拍照
                </Button>
              </Upload>
            ) : null}
            <Upload multiple showUploadList={false} accept=".pdf,.jpg,.jpeg,.png,.gif,.webp,.docx,.doc,.xlsx,.xls,.pptx,.txt,.zip" customRequest={customRequest}>
              <Button size="small" icon={<UploadOutlined />} loading={uploading > 0}>
                上传材料
              </Button>
            </Upload>
          </Space>
        ) : null
      }
    >
      {list.length ? (
        <Space direction="vertical" size={4} style={{ width: "100%" }}>
          {list.map((f) => (
            <div key={f.id} style={{ display: "flex", alignItems: "center", gap: 8 }}>
              {f.mime.startsWith("image/") ? (
                <a href={f.url} target="_blank" rel="noreferrer" aria-label={`预览${f.fileName}`}>
                  <img src={f.url} alt="" style={{ width: 40, height: 40, objectFit: "cover", borderRadius: 2, border: "1px solid #f0f0f0" }} />
                </a>
              ) : f.mime === "application/pdf" ? (
                <FilePdfOutlined style={{ fontSize: 20, color: "#cf1322" }} />
              ) : (
                <PaperClipOutlined />
              )}
              {phone ? (
                <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
                  <a href={f.url} target="_blank" rel="noreferrer" style={{ overflowWrap: "anywhere" }}>
                    {f.fileName}
                  </a>
                  {size(f)}
                </div>
              ) : (
                <>
                  <a href={f.url} target="_blank" rel="noreferrer" style={{ flex: 1, minWidth: 0 }}>
                    {f.fileName}
                  </a>
                  {size(f)}
                </>
              )}
              {writable ? (
                <Popconfirm
                  title={`删除“${f.fileName}”？`}
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={async () => {
                    try {
                      await reportsApi.removeEvidence(f.id);
                      onChange((evidence) => evidence.filter((x) => x.id !== f.id));
                    } catch (error) {
                      notifyError(error);
                    }
                  }}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除${f.fileName}`} />
                </Popconfirm>
              ) : null}
            </div>
          ))}
        </Space>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={writable ? "可上传照片、PDF、Office 文档等（单个不超过 20 MB）" : "无佐证材料"} style={{ margin: 4 }} />
      )}
    </Card>
  );
}
