// A file answered as a download: its type by the name's ending, the name (Chinese) in filename* (RFC 5987).
import type { FastifyReply } from "fastify";

const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export function download(reply: FastifyReply, fileName: string, body: Buffer) {
  const ext = /\.([a-z]+)$/.exec(fileName)?.[1] ?? "";
  return reply
    .type(TYPES[ext] ?? "application/octet-stream")
    .header("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}
