// `duban extract FILE... [--out DIR]`: extracts each plan document to JSON.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { ExtractError, extractPlan } from "../extract/index.js";

export async function runExtract(files: string[], opts: { out?: string }): Promise<number> {
  let failed = 0;
  if (opts.out) await mkdir(opts.out, { recursive: true });
  for (const file of files) {
    const name = basename(file);
    try {
      const input = await readFile(file);
      const { plan, warnings } = await extractPlan(input, { filename: name });
      const json = JSON.stringify(plan, null, 2);
      for (const w of warnings) process.stderr.write(`${name}: ${w}\n`);
      if (opts.out) await writeFile(join(opts.out, basename(name, extname(name)) + ".json"), json + "\n");
      else if (files.length === 1) process.stdout.write(json + "\n");
      else process.stdout.write(`${name}: ${plan.tasks.length} 项任务\n`);
    } catch (e) {
      failed++;
      const reason =
        e instanceof ExtractError
          ? e.message
          : (e as NodeJS.ErrnoException)?.code === "ENOENT"
            ? "文件不存在"
            : (e as NodeJS.ErrnoException)?.code === "EISDIR"
              ? "这是一个目录，不是文件"
              : `无法读取（${(e as Error)?.message ?? String(e)}）`;
      process.stderr.write(`${name}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}
