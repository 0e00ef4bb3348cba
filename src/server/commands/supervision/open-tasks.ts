// A task closed (办结) gets no report in later rounds: the rounds that create reports per task
// (rounds.ts openRound, sync.ts syncOpenRounds) select tasks through this condition.
import type { ExpressionBuilder } from "kysely";
import type { DB } from "../../db/schema.js";

export const notClosed = (eb: ExpressionBuilder<DB, "tasks">) => eb.or([eb("tasks.closure_state", "is", null), eb("tasks.closure_state", "!=", "closed")]);
