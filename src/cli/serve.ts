import { startServer } from "../server/start.js";

export async function runServe(): Promise<void> {
  try {
    const server = await startServer();
    const port = new URL(server.url).port;
    console.log(`督办已启动：http://localhost:${port}（数据库：${server.database.dialect === "sqlite" ? server.database.file : "PostgreSQL"}）`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (e) {
    console.error(`启动失败：${(e as Error).message}`);
    process.exit(1);
  }
}
