/**
 * What the supervision board (电子监察) gathers: every workflow item that waits on someone by a date.
 * Order is the board's and the counts' order.
 */
export const SUPERVISION_KINDS = [
  "catalogue_review",
  "sharing_request",
  "objection",
  "target_report",
  "work_task",
  "notice",
] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

/** The centre reviews a submitted catalogue entry or revision within this many working days. */
export const CATALOGUE_REVIEW_WORKING_DAYS = 5;
