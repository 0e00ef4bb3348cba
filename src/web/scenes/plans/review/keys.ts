// Query keys of the review screen's plan and its tasks.
import type { Id } from "../../../api/types.js";

export const planKey = (id: Id) => ["plan", id] as const;
export const planTasksKey = (id: Id) => ["plan", id, "tasks"] as const;
