import pino from "pino";

export function createLogger(level: string) {
  return pino({
    level,
    base: { service: "govshare" },
    redact: ["req.headers.cookie", "req.headers.authorization", "*.password"],
  });
}

export type Logger = ReturnType<typeof createLogger>;
