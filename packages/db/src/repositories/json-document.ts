import type { DatabaseKind } from "../database.ts";

/**
 * A bulk statement's rows travel as one JSON document parameter (bulk-insert.ts says why). On
 * PostgreSQL the document goes as UTF-8 bytes: a document waits in the JS heap while the database works
 * on the statements before it and on its own, long enough that a minor GC often finds it alive and
 * copies it into the old generation, where it stays until a full GC. A Buffer's bytes live outside
 * V8's heap, and pg sends them as they are (binary format). Writing a 10k-row import's drafts as text
 * promoted 12 MB per 2500 rows (`--trace-gc-nvp`), as bytes 3.3 MB; with its audit events as bytes
 * too, the import's V8 heap peak fell from +85 to +57 MB in the bench (5k rows: +57 to +39 MB).
 * PGlite reads its parameters as text, so it gets the string.
 */
export type JsonDocument = string | Buffer;

/** `value` as a document for a `kind` database: bytes for PostgreSQL, text for PGlite. */
export function encodeJsonDocument(value: unknown, kind: DatabaseKind): JsonDocument {
  const json = JSON.stringify(value); // garbage at once when bytes: it dies young
  return kind === "postgresql" ? Buffer.from(json) : json;
}

/** The SQL that reads parameter `$index` holding `document` as jsonb (bytes arrive as bytea). */
export function jsonDocumentParameter(document: JsonDocument, index: number): string {
  return typeof document === "string" ? `$${index}::jsonb` : `convert_from($${index}::bytea, 'UTF8')::jsonb`;
}
