// 批量导入单位和用户 (POST /api/import/directory): the answer and a refused row (the 422's details),
// the API contract shared by the server (commands/directory-import.ts) and the web app.

export interface ImportRowError {
  sheet: string;
  row: number;
  message: string;
}

export interface DirectoryImportResult {
  /** Units and users added by this import. */
  units: number;
  users: number;
  /** Rows already in the directory with the same data: left as they were (new unit aliases added). */
  existingUnits: number;
  existingUsers: number;
  passwords: { username: string; temporaryPassword: string }[];
}
