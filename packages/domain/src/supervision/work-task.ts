/** 工作台账 task statuses: a task is done once its lead unit (or the centre) says so. */
export const WORK_TASK_STATUSES = ["not_started", "in_progress", "done"] as const;
export type WorkTaskStatus = (typeof WORK_TASK_STATUSES)[number];

/** A task is overdue when it is not done and its deadline (完成时间; 全年: the year's end) has passed. */
export function isWorkTaskOverdue(task: { status: string; deadline: string }, today: string): boolean {
  return task.status !== "done" && today > task.deadline;
}

/** The units a task names, as departments: who may report progress and who may change its status. */
export interface WorkTaskParties {
  leadDepartmentIds: readonly string[];
  responsibleDepartmentIds: readonly string[];
}

/** Officers of a lead or responsible department report progress (谁牵头谁负责). */
export function mayReportWorkTaskProgress(
  actor: { roles: readonly string[]; departmentId: string },
  parties: WorkTaskParties,
): boolean {
  return (
    actor.roles.includes("officer") &&
    (parties.leadDepartmentIds.includes(actor.departmentId) ||
      parties.responsibleDepartmentIds.includes(actor.departmentId))
  );
}

/** The lead unit's officers, or the information centre, set a task's status. */
export function maySetWorkTaskStatus(
  actor: { roles: readonly string[]; departmentId: string },
  parties: WorkTaskParties,
): boolean {
  if (actor.roles.includes("centre")) return true;
  return actor.roles.includes("officer") && parties.leadDepartmentIds.includes(actor.departmentId);
}
