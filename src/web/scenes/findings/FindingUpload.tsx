// One upload button for a finding's files: sends the file, says so, and reloads the finding.
import { UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Upload } from "antd";
import { notifyError, notifySuccess } from "../../lib/notify.js";

export function FindingUpload({ findingId, send, label, done, accept }: {
  findingId: number;
  send: (file: File) => Promise<unknown>;
  label: string;
  done: string;
  accept?: string;
}) {
  const queryClient = useQueryClient();
  return (
    <Upload accept={accept} showUploadList={false} customRequest={async ({ file, onSuccess, onError }) => {
      try {
        await send(file as File);
        notifySuccess(done);
        void queryClient.invalidateQueries({ queryKey: ["finding", findingId] });
        onSuccess?.({});
      } catch (e) {
        notifyError(e);
        onError?.(e as Error);
      }
    }}>
      <Button icon={<UploadOutlined />}>{label}</Button>
    </Upload>
  );
}
