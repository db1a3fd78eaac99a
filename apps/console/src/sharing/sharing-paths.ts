/** Where the sharing pages live (navigation.tsx registers them). */
export const SHARING_MINE_PATH = "/sharing/mine";
export const SHARING_AWAITING_PATH = "/sharing/awaiting";
export const GRANTS_PATH = "/grants";
export const OBJECTIONS_PATH = "/objections";
export const CALENDAR_PATH = "/calendar";
export const NOTIFICATIONS_PATH = "/notifications";

export function sharingRequestPath(id: string): string {
  return `/sharing/${id}`;
}
