import type { TNotification } from "@govshare/validators";
import type { NotificationWords, SharingMessages } from "../i18n/sharing-messages.ts";

type Words = SharingMessages["notifications"];

const asText = (value: unknown) => (value === null || value === undefined ? "" : String(value));

/** A notification's sentence in the console's language; a kind this console does not know reads "新通知". */
export function notificationText(words: Words, notification: Pick<TNotification, "kind" | "params">): string {
  const sentence = (words.text as Partial<Record<string, (values: NotificationWords) => string>>)[
    notification.kind
  ];
  if (!sentence) return words.other;
  const { params } = notification;
  return sentence({
    resourceName: asText(params.resourceName),
    requesterDepartment: asText(params.requesterDepartment),
    decision: asText(params.decision),
    outcome: asText(params.outcome),
    title: asText(params.title),
  });
}

/** The console path a notification opens; anything but an in-console path opens the list instead. */
export function notificationTarget(link: string): string {
  return link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
}

/** Polling the unread count: often enough to notice new work, rarely enough not to load the server. */
export const UNREAD_POLL_MS = 60_000;
