// The audit chain's secret: kept outside the database, so that whoever can write the database
// cannot recompute the chain. Given by DUBAN_AUDIT_KEY, or made at first start in the data
// folder (audit.key, mode 0600). Several instances on one PostgreSQL database share it.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHmac, randomBytes } from "node:crypto";
import { join } from "node:path";

export const AUDIT_KEY_FILE = "audit.key";
export const AUDIT_ANCHOR_FILE = "audit.anchor.json";
const MIN_KEY_LENGTH = 32;

export interface AuditSecret {
  key: Buffer;
  /** Where the latest committed head is written after each append (in the data folder). */
  anchorFile: string;
  /** The highest seq this process wrote to the anchor, so a slower commit never rewinds it. */
  anchoredSeq: number;
}

export function loadAuditSecret(dataDir: string, envKey?: string): AuditSecret {
  const anchorFile = join(dataDir, AUDIT_ANCHOR_FILE);
  if (envKey) {
    if (envKey.length < MIN_KEY_LENGTH) throw new Error(`DUBAN_AUDIT_KEY 太短：至少 ${MIN_KEY_LENGTH} 个字符（可用 openssl rand -hex 32 生成）`);
    return { key: Buffer.from(envKey, "utf8"), anchorFile, anchoredSeq: 0 };
  }
  const file = join(dataDir, AUDIT_KEY_FILE);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e; // another instance made it first
    }
  }
  if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  const text = readFileSync(file, "utf8").trim();
  if (text.length < MIN_KEY_LENGTH) throw new Error(`审计密钥文件 ${file} 内容无效（至少 ${MIN_KEY_LENGTH} 个字符）`);
  return { key: Buffer.from(text, "utf8"), anchorFile, anchoredSeq: 0 };
}

export const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest("hex");

/** What the database records of the key: enough to notice a different key, useless to forge. */
export const keyId = (key: Buffer) => hmac(key, "duban audit key id").slice(0, 16);
