// The one upload area: click or drop a file, and it goes straight to onFile. Files of other
// types are sent on as well instead of being ignored without a word, so the server's message
// (不支持的文件类型…) tells the user why.
import { InboxOutlined } from "@ant-design/icons";
import { Upload } from "antd";

export function FileDropZone({
  accept,
  busy,
  text,
  busyText,
  hint,
  onFile,
}: {
  /** Extensions as the file input takes them: ".docx,.pdf" */
  accept: string;
  busy: boolean;
  text: string;
  busyText: string;
  hint: string;
  onFile: (file: File) => void;
}) {
  const accepted = (name: string) => accept.split(",").some((ext) => name.toLowerCase().endsWith(ext));
  return (
    <div
      onDropCapture={(event) => {
        const file = event.dataTransfer?.files?.[0];
        if (file && !busy && !accepted(file.name)) onFile(file);
      }}
    >
      <Upload.Dragger
        accept={accept}
        maxCount={1}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy ? busyText : text}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
    </div>
  );
}
