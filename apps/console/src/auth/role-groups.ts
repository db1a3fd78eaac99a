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
