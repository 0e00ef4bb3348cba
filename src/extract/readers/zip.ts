// A defensive ZIP reader for OOXML packages (DOCX, XLSX).
// We parse the central directory ourselves instead of calling fflate's unzipSync so that
// every limit is checked on the *declared* sizes before a single byte is inflated, and
// inflation is streamed so an entry that lies about its size is stopped as soon as it
// produces more than it declared (zip bombs).
import { Inflate } from "fflate";
import { ExtractError } from "../model.js";

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio accepted for a big entry or the whole archive. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 80 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Below this size a high compression ratio is harmless (e.g. a tiny repetitive XML part). */
const RATIO_CHECK_FLOOR = 1024 * 1024;
const INFLATE_CHUNK = 16 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function corruptFile(detail?: string): ExtractError {
  return new ExtractError(
    "UNREADABLE",
    `文件已损坏或不完整，无法读取${detail ? `（${detail}）` : ""}。请重新保存或重新下载后再上传`,
  );
}

function unsafe(detail: string): ExtractError {
  return new ExtractError("UNSAFE_ARCHIVE", `文件结构异常，已拒绝读取：${detail}。如确为正常文档，请重新另存为后再上传`);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export class SafeZip {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const entry of this.readCentralDirectory()) {
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(normalizeName(name));
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(normalizeName(name));
    if (!entry) return undefined;
    const data = this.compressedData(entry);
    const out = entry.method === 0 ? data.slice() : this.inflate(data, entry);
    if (out.length !== entry.uncompressedSize) throw corruptFile(`${entry.name} 长度不符`);
    this.inflatedTotal += out.length;
    if (this.inflatedTotal > this.limits.maxTotalBytes) throw unsafe("解压后总大小超过上限");
    return out;
  }

  /**
   * Streams an entry's bytes to `onChunk` without keeping them, for checks that must not hold a
   * huge part in memory (counting a sheet's rows). `onChunk` may throw to stop early.
   */
  scan(name: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(normalizeName(name));
    if (!entry) return false;
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      onChunk(data);
      return true;
    }
    this.inflateTo(data, entry, onChunk);
    return true;
  }

  readText(name: string): string | undefined {
    const data = this.read(name);
    if (!data) return undefined;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(data);
    } catch {
      // XML parts may be UTF-16 with a BOM.
      if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
      if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
      throw corruptFile(`${name} 编码错误`);
    }
  }

  private readCentralDirectory(): ZipEntry[] {
    const eocd = this.findEndOfCentralDirectory();
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOffset = this.u32(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      ({ count, cdSize, cdOffset } = this.readZip64End(eocd));
    }
    if (count > this.limits.maxEntries) throw unsafe(`压缩包内文件数过多（${count}个）`);
    if (cdOffset + cdSize > this.bytes.length) throw corruptFile("目录区超出文件末尾");

    const entries: ZipEntry[] = [];
    let declaredTotal = 0;
    let compressedTotal = 0;
    let pos = cdOffset;
    for (let i = 0; i < count; i++) {
      if (pos + 46 > this.bytes.length || this.u32(pos) !== 0x02014b50) throw corruptFile("目录项损坏");
      const flags = this.u16(pos + 8);
      const method = this.u16(pos + 10);
      let compressedSize = this.u32(pos + 20);
      let uncompressedSize = this.u32(pos + 24);
      const nameLength = this.u16(pos + 28);
      const extraLength = this.u16(pos + 30);
      const commentLength = this.u16(pos + 32);
      let localHeaderOffset = this.u32(pos + 42);
      const nameStart = pos + 46;
      if (nameStart + nameLength + extraLength > this.bytes.length) throw corruptFile("目录项损坏");
      const name = normalizeName(new TextDecoder().decode(this.bytes.subarray(nameStart, nameStart + nameLength)));
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        ({ compressedSize, uncompressedSize, localHeaderOffset } = this.readZip64Extra(
          nameStart + nameLength,
          extraLength,
          { compressedSize, uncompressedSize, localHeaderOffset },
        ));
      }
      pos = nameStart + nameLength + extraLength + commentLength;
      const isDirectory = name.endsWith("/");
      if (isDirectory) continue;
      if (flags & 1) throw new ExtractError("UNREADABLE", "文件已加密（设有密码），无法读取。请取消密码后再上传");
      if (method !== 0 && method !== 8) throw corruptFile(`不支持的压缩方式 ${method}`);
      if (uncompressedSize > this.limits.maxEntryBytes) throw unsafe(`${name} 解压后过大`);
      if (uncompressedSize > RATIO_CHECK_FLOOR && uncompressedSize > compressedSize * this.limits.maxRatio) {
        throw unsafe(`${name} 压缩比异常（疑似压缩炸弹）`);
      }
      declaredTotal += uncompressedSize;
      compressedTotal += compressedSize;
      if (declaredTotal > this.limits.maxTotalBytes) throw unsafe("解压后总大小超过上限（疑似压缩炸弹）");
      entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    }
    if (declaredTotal > RATIO_CHECK_FLOOR && declaredTotal > compressedTotal * this.limits.maxRatio) {
      throw unsafe("整体压缩比异常（疑似压缩炸弹）");
    }
    return entries;
  }

  private findEndOfCentralDirectory(): number {
    const minimum = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let pos = this.bytes.length - 22; pos >= minimum; pos--) {
      if (this.u32(pos) === 0x06054b50) return pos;
    }
    throw corruptFile("找不到压缩包目录");
  }

  private readZip64End(eocd: number): { count: number; cdSize: number; cdOffset: number } {
    const locator = eocd - 20;
    if (locator < 0 || this.u32(locator) !== 0x07064b50) throw corruptFile("ZIP64 目录缺失");
    const end = this.u64(locator + 8);
    if (end + 56 > this.bytes.length || this.u32(end) !== 0x06064b50) throw corruptFile("ZIP64 目录损坏");
    return { count: this.u64(end + 32), cdSize: this.u64(end + 40), cdOffset: this.u64(end + 48) };
  }

  private readZip64Extra(
    start: number,
    length: number,
    sizes: { compressedSize: number; uncompressedSize: number; localHeaderOffset: number },
  ) {
    const result = { ...sizes };
    let pos = start;
    while (pos + 4 <= start + length) {
      const id = this.u16(pos);
      const size = this.u16(pos + 2);
      if (id === 0x0001) {
        let field = pos + 4;
        const take = () => {
          if (field + 8 > pos + 4 + size) throw corruptFile("ZIP64 字段损坏");
          const value = this.u64(field);
          field += 8;
          return value;
        };
        if (result.uncompressedSize === 0xffffffff) result.uncompressedSize = take();
        if (result.compressedSize === 0xffffffff) result.compressedSize = take();
        if (result.localHeaderOffset === 0xffffffff) result.localHeaderOffset = take();
        return result;
      }
      pos += 4 + size;
    }
    throw corruptFile("ZIP64 字段缺失");
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const local = entry.localHeaderOffset;
    if (local + 30 > this.bytes.length || this.u32(local) !== 0x04034b50) throw corruptFile(`${entry.name} 头部损坏`);
    const dataStart = local + 30 + this.u16(local + 26) + this.u16(local + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > this.bytes.length) throw corruptFile(`${entry.name} 数据不完整`);
    return this.bytes.subarray(dataStart, dataEnd);
  }

  private inflate(data: Uint8Array, entry: ZipEntry): Uint8Array {
    const out = new Uint8Array(entry.uncompressedSize);
    const written = this.inflateTo(data, entry, (chunk, at) => out.set(chunk, at));
    if (written !== out.length) throw corruptFile(`${entry.name} 数据不完整`);
    return out;
  }

  /**
   * Inflates an entry's data chunk by chunk to `onChunk` (with the offset the chunk starts at) and gives the bytes
   * written; more bytes than the entry declares stop it (a zip bomb), as does a stream that does not inflate.
   */
  private inflateTo(data: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array, at: number) => void): number {
    let written = 0;
    const inflater = new Inflate((chunk) => {
      if (written + chunk.length > entry.uncompressedSize) throw unsafe(`${entry.name} 实际解压大小超过声明大小（疑似压缩炸弹）`);
      onChunk(chunk, written);
      written += chunk.length;
    });
    try {
      for (let pos = 0; pos < data.length; pos += INFLATE_CHUNK) {
        const end = Math.min(pos + INFLATE_CHUNK, data.length);
        inflater.push(data.subarray(pos, end), end === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ExtractError) throw error;
      throw corruptFile(`${entry.name} 解压失败`);
    }
    return written;
  }

  private u16(pos: number): number {
    if (pos < 0 || pos + 2 > this.bytes.length) throw corruptFile();
    return this.view.getUint16(pos, true);
  }

  private u32(pos: number): number {
    if (pos < 0 || pos + 4 > this.bytes.length) throw corruptFile();
    return this.view.getUint32(pos, true);
  }

  private u64(pos: number): number {
    if (pos < 0 || pos + 8 > this.bytes.length) throw corruptFile();
    const value = this.view.getBigUint64(pos, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unsafe("ZIP64 尺寸超出范围");
    return Number(value);
  }
}

function normalizeName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return normalizeName(target);
  const base = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}
