import type { TRole } from "@govshare/validators";

/**
 * The role groups of the API's guards, as the console needs them to decide what to show. Copied from
 * @govshare/domain rather than imported: the menu is on the first screen, and importing the domain
 * package there would load the validators and zod with it (≈30 kB gzip) before anyone signs in.
 * role-groups.test.ts checks that the copies still match.
 */

/** users.*, departments.create/update (domain: IDENTITY_MANAGERS) */
export const IDENTITY_MANAGERS: readonly TRole[] = ["admin", "centre"];

/** audit.list (domain: AUDIT_READERS) */
export const AUDIT_READERS: readonly TRole[] = ["supervisor", "centre", "admin"];

/** audit.verify: the centre reads the trail but does not vouch for it */
export const AUDIT_CHAIN_VERIFIERS: readonly TRole[] = ["admin", "supervisor"];

// The catalogue's guards (packages/api resources/router.ts and the spreadsheet routes); the domain
// package has no named groups for them, so these follow the router's roleProcedure(...) calls.

/** resources.create/update/submit and the spreadsheet import: a department's data officer */
export const CATALOGUE_EDITORS: readonly TRole[] = ["officer"];

/** resources.review: the information centre publishes or returns what officers submit */
export const CATALOGUE_REVIEWERS: readonly TRole[] = ["centre"];

/** resources.retire: the provider's officer, or the centre */
export const CATALOGUE_RETIRERS: readonly TRole[] = ["officer", "centre"];

// Sharing (packages/api sharing/router.ts and calendar/router.ts)

/** sharing.create / withdraw: a department's data officer asks for another department's resource */
export const SHARING_REQUESTERS: readonly TRole[] = ["officer"];

/** sharing.decide: the provider's officers, then the centre */
export const SHARING_DECIDERS: readonly TRole[] = ["officer", "centre"];

/** calendar.set: the centre keeps the working-day calendar */
export const CALENDAR_EDITORS: readonly TRole[] = ["centre"];

// Targets and the dashboard (packages/api targets/router.ts and dashboard/router.ts)

/** dashboard.summary: the centre and the supervisors see the dashboard as their home page */
export const DASHBOARD_READERS: readonly TRole[] = ["centre", "supervisor"];

/** targets.update / reviewReport / snapshot: the centre runs the targets */
export const TARGET_MANAGERS: readonly TRole[] = ["centre"];

/** targets.report: officers of a target's responsible departments (the department is checked by the API) */
export const TARGET_REPORTERS: readonly TRole[] = ["officer"];

// Rankings (packages/api rankings/router.ts RANKINGS_ROLES, and GET /api/rankings/export.xlsx)

/** rankings.list and the export: the centre and the supervisors read the bulletins */
export const RANKINGS_READERS: readonly TRole[] = ["centre", "supervisor"];

// Work plan, supervision and notices (packages/api work-plan, supervision and notices routers)

/** workPlan.setStatus: the lead unit's officers or the centre (the department is checked by the API) */
export const WORK_TASK_STATUS_SETTERS: readonly TRole[] = ["officer", "centre"];

/** supervision.board / counts: the electronic supervision board */
export const SUPERVISION_READERS: readonly TRole[] = ["supervisor", "centre"];

/** notices.list / get: supervisors and the centre all, officers their department's */
export const NOTICE_READERS: readonly TRole[] = ["supervisor", "centre", "officer"];

/** notices.create / close */
export const NOTICE_SENDERS: readonly TRole[] = ["supervisor"];

/** notices.reply: the addressed department's officers */
export const NOTICE_REPLIERS: readonly TRole[] = ["officer"];
