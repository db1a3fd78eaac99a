import type { DatabaseKind } from "../database.ts";
import type { Connection } from "../transaction-connection.ts";
import { encodeJsonDocument, jsonDocumentParameter, type JsonDocument } from "./json-document.ts";
import type { ResourceContent } from "./resource-repository.ts";

/**
 * Drafts per statement at most: each costs some 5 ms however small, and its JSON document (~4 KB a
 * draft) is garbage once sent. The import hands over batches of 100 rows, one statement each.
 */
const DRAFT_BATCH = 250;

/**
 * A resource's content as its version snapshot holds it (the API's TResourceContent): with its code
 * and provider, dates as YYYY-MM-DD.
 */
export type ResourceSnapshot = Omit<ResourceContent, "publishDate" | "formationDate"> & {
  code: string;
  providerDepartmentId: string;
  publishDate: string | null;
  formationDate: string;
};

/** A new draft (spreadsheet import): its first version's snapshot is also where its columns come from. */
export interface NewDraft {
  id: string;
  sequence: number;
  snapshot: ResourceSnapshot;
  searchTokens: string[];
  searchText: string;
}

/**
 * Drafts turned into the parameters of their insert statements, ready to send. The drafts themselves
 * (thousands of small objects: ~100 search tokens each) are garbage once encoded; encoded before the
 * import waits for the database, they die young instead of being copied into the old generation.
 */
export interface EncodedDrafts {
  /** one JSON document per statement, DRAFT_BATCH drafts each */
  documents: JsonDocument[];
  at: string;
  createdById: string | null;
}

/**
 * Encodes drafts for `insertDrafts` into a `kind` database; insertDraftBatch says how the database
 * reads a document, json-document.ts how it travels.
 */
export function encodeDrafts(
  rows: readonly NewDraft[],
  version: { createdById: string | null; at: Date },
  kind: DatabaseKind,
): EncodedDrafts {
  const documents: JsonDocument[] = [];
  for (let start = 0; start < rows.length; start += DRAFT_BATCH) {
    const input = rows.slice(start, start + DRAFT_BATCH).map((row) => ({
      id: row.id,
      sequence: row.sequence,
      content: row.snapshot,
      search_tokens: row.searchTokens.join("\n"),
      search_text: row.searchText,
    }));
    documents.push(encodeJsonDocument(input, kind));
  }
  return { documents, at: version.at.toISOString(), createdById: version.createdById };
}

/**
 * Registers encoded drafts (a spreadsheet import) with their data items and first versions, on the
 * transaction's own connection (transaction-connection.ts says why not through Prisma). Ids are chosen by
 * the caller so that its audit events can name them. The statements are issued at once: the
 * connection runs them in order.
 */
export async function insertDrafts(connection: Connection, drafts: EncodedDrafts): Promise<void> {
  await Promise.all(drafts.documents.map((document) => insertDraftBatch(connection, document, drafts)));
}

/**
 * Inserts drafts with their data items and first versions in one statement. The batch travels as one
 * JSON document and `jsonb_to_recordset` turns it back into rows: one parameter whatever the batch's
 * size, and each resource's content travels once although three tables keep it. Prisma's createMany
 * builds and interprets a query object per row and value, and the pg driver's array parameters escape
 * every element in JavaScript: both took most of a 10k-row import's time. Search tokens (~100 per
 * resource) travel joined by a newline, which no token contains (newlines separate words, see
 * search-tokens.ts): splitting a string is cheaper for the database than reading a JSON array.
 */
async function insertDraftBatch(
  connection: Connection,
  document: JsonDocument,
  version: { createdById: string | null; at: string },
): Promise<void> {
  const textArray = (field: string) => `ARRAY(SELECT jsonb_array_elements_text(content->'${field}'))`;
  await connection.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset(${jsonDocumentParameter(document, 1)})
         AS t(id uuid, sequence int, content jsonb, search_tokens text, search_text text)
     ), resources AS (
       INSERT INTO information_resource (id, code, classification, sequence, provider_id, status, name,
         abstract, format, format_detail, sharing_type, sharing_condition, sharing_basis, sharing_methods,
         open_attribute, open_condition, update_cycle, publish_date, formation_date, related_codes,
         search_tokens, search_text, created_at, updated_at)
       SELECT id, content->>'code', content->>'classification', sequence,
         (content->>'providerDepartmentId')::uuid, 'draft', content->>'name', content->>'abstract',
         content->>'format', content->>'formatDetail', content->>'sharingType',
         content->>'sharingCondition', content->>'sharingBasis', ${textArray("sharingMethods")},
         content->>'openAttribute', content->>'openCondition', content->>'updateCycle',
         (content->>'publishDate')::date, (content->>'formationDate')::date, ${textArray("relatedCodes")},
         string_to_array(search_tokens, E'\\n'), search_text, $2::timestamptz, $2::timestamptz
       FROM input
     ), items AS (
       INSERT INTO resource_data_item (id, resource_id, position, name, data_type, length, description)
       SELECT gen_random_uuid(), input.id, item.position - 1, item.value->>'name', item.value->>'dataType',
         (item.value->>'length')::int, item.value->>'description'
       FROM input, jsonb_array_elements(input.content->'dataItems') WITH ORDINALITY AS item(value, position)
     )
     INSERT INTO resource_version (id, resource_id, version, status, content, created_by_id, created_at)
     SELECT gen_random_uuid(), id, 1, 'draft', content, $3::uuid, $2::timestamptz FROM input`,
    [document, version.at, version.createdById],
  );
}
