// Where a task read beside the walk (a goals paragraph, a group-forming part) goes in the task list: the list is in
// document order, a task placed by where its name starts.
import type { RawTask } from "./types.js";

const start = (t: RawTask) => t.title.span()[0];

/** Whether a task already lies inside the text from `from` to `to` (then the part is read already). */
export function taskInside(tasks: RawTask[], from: number, to: number): boolean {
  return tasks.some((t) => start(t) >= from && start(t) < to);
}

/** Puts a task, found at `from`, before the first task that starts after it (in place). */
export function insertAt(tasks: RawTask[], task: RawTask, from: number): void {
  const before = tasks.findIndex((t) => start(t) > from);
  tasks.splice(before < 0 ? tasks.length : before, 0, task);
}
