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
  let part;
  try {
    part = await req.file({ limits: { fileSize: opts.maxBytes } });
  } catch (e) {
    throw uploadError(e, opts.label);
  }
  if (!part) throw errors.validation(`请选择要上传的${opts.label}`);
  const ext = part.filename.toLowerCase().split(".").pop() ?? "";
  if (!opts.extensions.includes(ext)) {
    part.file.resume();
    throw errors.unsupportedMedia(`不支持的文件类型 .${ext}：请上传 ${opts.extensions.map((e) => "." + e).join("、")} 文件`);
  }
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (e) {
    throw uploadError(e, opts.label, opts.maxBytes);
  }
  if (part.file.truncated) throw errors.tooLarge(`${opts.label}超过 ${Math.round(opts.maxBytes / 1024 / 1024)} MB 上限`);
  return { filename: part.filename, mimetype: part.mimetype, data };
}

/** A malformed or oversized multipart body is the client's error, never a 500. */
function uploadError(e: unknown, label: string, maxBytes?: number) {
  const err = e as { code?: string; statusCode?: number; message?: string };
  if (err?.code === "FST_REQ_FILE_TOO_LARGE") return errors.tooLarge(`${label}超过 ${Math.round((maxBytes ?? 0) / 1024 / 1024)} MB 上限`);
  if (err?.code === "FST_PARTS_LIMIT" || err?.code === "FST_FILES_LIMIT" || err?.code === "FST_FIELDS_LIMIT") {
    return errors.tooLarge(`上传内容的字段过多：请只上传一个${label}`);
  }
  return errors.validation(`上传的内容不完整或格式错误，请重新选择${label}上传`);
}
