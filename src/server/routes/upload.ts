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
  const part = await req.file({ limits: { fileSize: opts.maxBytes } });
  if (!part) throw errors.validation(`请选择要上传的${opts.label}`);
  const ext = part.filename.toLowerCase().split(".").pop() ?? "";
  if (!opts.extensions.includes(ext)) {
    part.file.resume();
    throw errors.unsupportedMedia(`不支持的文件类型 .${ext}：请上传 ${opts.extensions.map((e) => "." + e).join("、")} 文件`);
  }
  const data = await part.toBuffer();
  if (part.file.truncated) throw errors.tooLarge(`${opts.label}超过 ${Math.round(opts.maxBytes / 1024 / 1024)} MB 上限`);
  return { filename: part.filename, mimetype: part.mimetype, data };
}
