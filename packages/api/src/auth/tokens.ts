import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session cookies and API tokens alike (at least 128 bits are required). */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/**
 * Secrets are stored as SHA-256 only. They are random and long, so a fast hash is enough (a slow
 * password hash would add nothing but latency on every request), and a database leak yields no
 * usable session or token.
 */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const API_TOKEN_PREFIX = "gs_";
