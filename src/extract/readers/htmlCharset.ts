// Decodes a saved web page: BOM first, then <meta charset> / http-equiv, then strict UTF-8
// with a GB18030 fallback (older government sites are GBK/GB2312; GB18030 is their superset).
import iconv from "iconv-lite";

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i.test(declared)) return iconv.decode(Buffer.from(bytes), "gb18030");
  if (declared && /^big5/i.test(declared)) return iconv.decode(Buffer.from(bytes), "big5");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1];
}
