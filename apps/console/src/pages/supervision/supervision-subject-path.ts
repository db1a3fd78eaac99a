import type { TSupervisionItem } from "@govshare/validators";

/** The console page of a board item's subject (target reports open their target's page via the list). */
export function supervisionSubjectPath(item: Pick<TSupervisionItem, "kind" | "subjectId">): string | null {
  switch (item.kind) {
    case "catalogue_review":
      return `/resources/${item.subjectId}`;
    case "sharing_request":
      return `/sharing/${item.subjectId}`;
    case "objection":
      return "/objections";
    case "work_task":
      return `/work-plan/${item.subjectId}`;
    case "notice":
      return `/notices/${item.subjectId}`;
    case "target_report":
      return "/targets";
  }
}
