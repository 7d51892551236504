/**
 * A post-sale node is overdue when it is not done and its due instant has passed by the platform's
 * clock (a training court's may be moved) — unknown until the platform has said what time it is.
 */
export function handoverOverdue(
  node: { doneAt: string | null; dueAt: string | null },
  platformNow: string | undefined,
): boolean {
  if (node.doneAt || !node.dueAt || platformNow === undefined) return false;
  return Date.parse(node.dueAt) < Date.parse(platformNow);
}
