import { serverFieldErrors } from "../../errors/server-error.ts";

const DATA_ITEMS = "dataItems";
const DATA_ITEM_PROPERTIES = ["name", "dataType", "length", "description"] as const;
type DataItemProperty = (typeof DATA_ITEM_PROPERTIES)[number];

/** A field path as antd's Form names it: "name", or ["dataItems", 0, "name"] inside the item list. */
export type FormFieldName<Field extends string> = Field | [typeof DATA_ITEMS, number, DataItemProperty];

/** A problem with one field, as zod reports it (path) or the server sends it (a dotted key, split). */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

export interface PlacedFieldErrors<Field extends string> {
  /** antd's form.setFields entries: each message under its field */
  fields: { name: FormFieldName<Field>; errors: string[] }[];
  /** messages for fields the form does not show (the provider, an unknown key) */
  unplaced: string[];
}

/**
 * Puts each issue at the form field it is about. The data item list is the one nested field: an issue of
 * one item's property goes to that input (["dataItems", 2, "name"]), one about the list as a whole
 * ("at least one data item") to the list. Other paths go to their top-level field (relatedCodes.3 is
 * the whole tag select). Several messages for one field are shown together.
 */
export function placeFieldErrors<Field extends string>(
  issues: readonly FieldIssue[],
  formFields: readonly Field[],
): PlacedFieldErrors<Field> {
  const byField = new Map<string, { name: FormFieldName<Field>; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const name = fieldNameOf(issue.path, formFields);
    if (name === null) {
      unplaced.push(issue.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unplaced };
}

function fieldNameOf<Field extends string>(
  path: readonly PropertyKey[],
  formFields: readonly Field[],
): FormFieldName<Field> | null {
  const [top, index, property] = path;
  const field = formFields.find((candidate) => candidate === top);
  if (field === undefined) return null;
  const dataItemProperty = DATA_ITEM_PROPERTIES.find((candidate) => candidate === property);
  if (field === DATA_ITEMS && typeof index === "number" && dataItemProperty !== undefined) {
    return [DATA_ITEMS, index, dataItemProperty];
  }
  return field;
}

/**
 * The server's field errors as issues: its keys are dotted paths ("sharingCondition", "dataItems.0.name"),
 * numbers for list positions.
 */
export function serverFieldIssues(error: unknown): FieldIssue[] {
  return serverFieldErrors(error).flatMap(([field, messages]) => {
    const path = field.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    return messages.map((message) => ({ path, message }));
  });
}
