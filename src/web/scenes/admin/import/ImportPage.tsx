// 批量导入: download the XLSX template, upload it; all-or-nothing on the server.
import { DownloadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Descriptions, Result, Space, Table, Typography } from "antd";
import { ApiError, api } from "../../../api/client.js";
import type { ImportResult, ImportRowError } from "../../../api/types.js";
import { FileDropZone } from "../../../components/FileDropZone.js";
import { TemporaryPasswordList } from "../../../components/TemporaryPassword.js";
import { errorMessage } from "../../../lib/notify.js";

function rowErrorsOf(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== "IMPORT_FAILED" || !Array.isArray(error.details)) return null;
  return error.details as ImportRowError[];
}

function importSummary(result: ImportResult): string {
  const added = `共导入 ${result.units} 个单位、${result.users} 个用户。`;
  if (!result.existingUnits && !result.existingUsers) return added;
  return `${added}已存在、保持不变：${result.existingUnits} 个单位、${result.existingUsers} 个用户。`;
}

export default function ImportPage() {
  const app = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => api.import.directory(file),
    meta: { inlineError: true },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["units"] });
      void queryClient.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const rowErrors = rowErrorsOf(upload.error);

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="第一步">
          <Space>
            下载 Excel 模板，按说明填写单位和用户。
            <Button icon={<DownloadOutlined />} href={api.import.templateUrl} download>
              下载导入模板
            </Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="第二步">上传填好的文件。系统会先检查全部内容，有任何一行出错则整份文件都不导入。可以重复上传完整名单：已有的单位和信息相同的用户保持不变，只新增新的。</Descriptions.Item>
      </Descriptions>

      <FileDropZone
        accept=".xlsx"
        busy={upload.isPending}
        text="点击或将文件拖到此处上传"
        busyText="正在导入，请稍候…"
        hint="仅支持 .xlsx 格式（Excel 2007 及以上）"
        onFile={(file) => upload.mutate(file)}
      />

      {upload.isSuccess ? (
        <Result
          status="success"
          title="导入成功"
          subTitle={importSummary(upload.data)}
          style={{ padding: "16px 0" }}
        >
          {upload.data.passwords.length > 0 ? <TemporaryPasswordList credentials={upload.data.passwords} app={app} /> : null}
        </Result>
      ) : null}

      {upload.isError && rowErrors ? (
        <>
          <Alert type="error" showIcon message="导入失败，未导入任何数据" description={`文件中有 ${rowErrors.length} 处问题，请修改后重新上传。`} />
          <Table<ImportRowError & { key: number }>
            size="small"
            dataSource={rowErrors.map((item, index) => ({ ...item, key: index }))}
            pagination={rowErrors.length > 20 ? { pageSize: 20, size: "small" } : false}
            columns={[
              { title: "工作表", dataIndex: "sheet", width: 120 },
              { title: "行号", dataIndex: "row", width: 80 },
              { title: "问题", dataIndex: "message" },
            ]}
          />
        </>
      ) : null}
      {upload.isError && !rowErrors ? (
        <Alert type="error" showIcon message="导入失败，未导入任何数据" description={errorMessage(upload.error)} />
      ) : null}
      <Typography.Text type="secondary">导入的用户首次登录时须修改临时密码。</Typography.Text>
    </Space>
  );
}
