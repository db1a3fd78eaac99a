import dayjs from "dayjs";

/** A server timestamp (ISO, UTC) in the browser's time zone: what the person at the desk reads. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format("YYYY-MM-DD HH:mm:ss");
}
