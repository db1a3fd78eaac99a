/**
 * Escapes LIKE's wildcards so that a user's search for "%" or "_" finds those characters. Prisma's
 * `contains`/`startsWith` put the value into a LIKE pattern as it is, with backslash as the escape.
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
