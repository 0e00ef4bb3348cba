import { route } from "./define.js";
import { download } from "./download.js";
import { directoryTemplate, importDirectory } from "../commands/directory-import.js";
import { actorOf } from "../context.js";
import { readUpload } from "./upload.js";

export const directoryImportRoutes = [
  route({
    method: "GET", url: "/api/import/template.xlsx", tag: "import", access: "directory.import", summary: "下载单位和用户的导入模板",
    handler: async ({ reply }) => {
      return download(reply, "单位和用户导入模板.xlsx", await directoryTemplate());
    },
  }),
  route({
    method: "POST", url: "/api/import/directory", tag: "import", access: "directory.import", multipart: true, summary: "批量导入单位和用户（XLSX，整体导入）",
    handler: async ({ ctx, req, user }) => {
      const file = await readUpload(req, { maxBytes: 5 * 1024 * 1024, extensions: ["xlsx"], label: "导入文件" });
      return importDirectory(ctx.database, actorOf(user!), user!.org_id, file.data);
    },
  }),
];
