// A file answered as a download: its type by the name's ending (or the stored file's own type),
// the name (Chinese) in filename* (RFC 5987).
import type { FastifyReply } from "fastify";

const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export interface DownloadOptions {
  /** The stored file's own content type; by default the type of the name's ending. */
  type?: string | null;
  /** Shown in the browser (`inline`) instead of saved (`attachment`). */
  inline?: boolean;
}

/** The Content-Disposition value for a file named `fileName`. */
function disposition(fileName: string, inline = false) {
  return `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function download(reply: FastifyReply, fileName: string, body: Buffer, options: DownloadOptions = {}) {
  const ext = /\.([a-z]+)$/.exec(fileName)?.[1] ?? "";
  return reply
    .type(options.type || (TYPES[ext] ?? "application/octet-stream"))
    .header("Content-Disposition", disposition(fileName, options.inline))
    .send(body);
}
