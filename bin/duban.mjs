#!/usr/bin/env node
// The `duban` command. In a source checkout it runs the TypeScript sources through tsx,
// so the CLI is never out of date with the code next to it.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
