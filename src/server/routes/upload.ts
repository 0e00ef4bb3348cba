import type { FastifyRequest } from "fastify";
import { errors } from "../errors.js";

export interface Upload {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/** Reads the one file of a multipart request, with a size limit and an extension whitelist. */
export async function readUpload(req: FastifyRequest, opts: { maxBytes: number; extensions: string[]; label: string }): Promise<Upload> {
  if (!req.isMultipart()) throw errors.unsupportedMedia(`请以 multipart/form-data 上传${opts.label}（字段名 file）`);
  const part = await req.file({ limits: { fileSize: opts.maxBytes } }).catch(rethrowMalformed);
  if (!part) throw errors.validation(`请选择要上传的${opts.label}`);
  const ext = part.filename.toLowerCase().split(".").pop() ?? "";
  if (!opts.extensions.includes(ext)) {
    part.file.resume();
    throw errors.unsupportedMedia(`不支持的文件类型 .${ext}：请上传 ${opts.extensions.map((e) => "." + e).join("、")} 文件`);
  }
  const data = await part.toBuffer().catch(rethrowMalformed);
  if (part.file.truncated) throw errors.tooLarge(`${opts.label}超过 ${Math.round(opts.maxBytes / 1024 / 1024)} MB 上限`);
  return { filename: part.filename, mimetype: part.mimetype, data };
}

/** A body that is not well-formed multipart (no boundary, cut off) is the sender's mistake: 400, not 500. */
function rethrowMalformed(e: unknown): never {
  const err = e as { code?: string; message?: string };
  if (err?.code === "ERR_STREAM_PREMATURE_CLOSE" || /^Multipart: |unexpected end of (form|multipart data)|malformed part header/i.test(err?.message ?? "")) {
    throw errors.validation("上传内容不完整或格式不正确，请重新选择文件上传");
  }
  throw e;
}
