import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { NewResource } from "./resource-repository.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Bulk inserts for the spreadsheet import: every column travels as one array parameter and `unnest`
 * turns the arrays back into rows, so a batch is one statement whatever its size. Prisma's createMany
 * builds and interprets a query object per row and value, which took most of a 10k-row import's time
 * and memory. Array columns cannot travel as ragged text[][]: they are joined by a separator that
 * none of their elements can contain (a newline for search tokens, which treat it as a separator,
 * a unit separator for free-text arrays) and split again by the database.
 */
export const BULK_BATCH = 1000;

const UNIT_SEPARATOR = "\u001f";
const joined = (values: readonly string[]) => values.join(UNIT_SEPARATOR);
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function insertResourceRows(
  prisma: Client,
  rows: readonly (NewResource & { id: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(value: (row: NewResource & { id: string }) => T) => rows.map(value);
  await prisma.$executeRawUnsafe(
    `INSERT INTO information_resource (id, code, classification, sequence, provider_id, status, name, abstract,
       format, format_detail, sharing_type, sharing_condition, sharing_basis, sharing_methods, open_attribute,
       open_condition, update_cycle, publish_date, formation_date, related_codes, search_tokens, search_text,
       created_at, updated_at)
     SELECT id, code, classification, sequence, provider_id, status, name, abstract, format, format_detail,
       sharing_type, sharing_condition, sharing_basis, string_to_array(sharing_methods, E'\\x1f'),
       open_attribute, open_condition, update_cycle, publish_date, formation_date,
       string_to_array(related_codes, E'\\x1f'), string_to_array(search_tokens, E'\\n'), search_text,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::uuid[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
       $16::text[], $17::text[], $18::date[], $19::date[], $20::text[], $21::text[], $22::text[])
       AS t(id, code, classification, sequence, provider_id, status, name, abstract, format, format_detail,
         sharing_type, sharing_condition, sharing_basis, sharing_methods, open_attribute, open_condition,
         update_cycle, publish_date, formation_date, related_codes, search_tokens, search_text)`,
    column((row) => row.id),
    column((row) => row.code),
    column((row) => row.content.classification),
    column((row) => row.sequence),
    column((row) => row.providerId),
    column((row) => row.status),
    column((row) => row.content.name),
    column((row) => row.content.abstract),
    column((row) => row.content.format),
    column((row) => row.content.formatDetail),
    column((row) => row.content.sharingType),
    column((row) => row.content.sharingCondition),
    column((row) => row.content.sharingBasis),
    column((row) => joined(row.content.sharingMethods)),
    column((row) => row.content.openAttribute),
    column((row) => row.content.openCondition),
    column((row) => row.content.updateCycle),
    column((row) => isoDate(row.content.publishDate)),
    column((row) => isoDate(row.content.formationDate)),
    column((row) => joined(row.content.relatedCodes)),
    column((row) => row.searchTokens.join("\n")),
    column((row) => row.searchText),
  );
}

export interface NewDataItem {
  resourceId: string;
  position: number;
  name: string;
  dataType: string;
  length: number | null;
  description: string;
}

export async function insertDataItemRows(prisma: Client, items: readonly NewDataItem[]): Promise<void> {
  if (items.length === 0) return;
  await prisma.$executeRawUnsafe(
    `INSERT INTO resource_data_item (id, resource_id, position, name, data_type, length, description)
     SELECT gen_random_uuid(), resource_id, position, name, data_type, length, description
     FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])
       AS t(resource_id, position, name, data_type, length, description)`,
    items.map((item) => item.resourceId),
    items.map((item) => item.position),
    items.map((item) => item.name),
    items.map((item) => item.dataType),
    items.map((item) => item.length),
    items.map((item) => item.description),
  );
}

export interface NewResourceVersion {
  resourceId: string;
  version: number;
  status: string;
  content: Prisma.InputJsonValue;
  createdById: string | null;
  at: Date;
}

export async function insertVersionRows(prisma: Client, rows: readonly NewResourceVersion[]): Promise<void> {
  if (rows.length === 0) return;
  await prisma.$executeRawUnsafe(
    `INSERT INTO resource_version (id, resource_id, version, status, content, created_by_id, created_at)
     SELECT gen_random_uuid(), resource_id, version, status, content, created_by_id, created_at
     FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $5::uuid[], $6::timestamptz[])
       AS t(resource_id, version, status, content, created_by_id, created_at)`,
    rows.map((row) => row.resourceId),
    rows.map((row) => row.version),
    rows.map((row) => row.status),
    rows.map((row) => JSON.stringify(row.content)),
    rows.map((row) => row.createdById),
    rows.map((row) => row.at.toISOString()),
  );
}
