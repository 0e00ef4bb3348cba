// The server's Node flags (xrss15) are named in `npm start` ("node <flags> bin/duban.mjs serve"): npm run
// dev and the README's systemd unit repeat them (test/start-footprint.test.ts keeps the three equal), and
// the figures and bench:api start the server with what `npm start` says.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The Node flags of a command that starts the server, as one string (undefined: not such a command). */
export const serverFlagsOf = (command: string): string | undefined => /\bnode ((?:--\S+ )*)bin\/duban\.mjs serve/.exec(command)?.[1].trim();

/** The Node flags `npm start` gives the server in the checkout at root. */
export function serverNodeFlags(root: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return (serverFlagsOf(scripts.start) ?? "").split(" ").filter(Boolean);
}
