import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createJsonLinesSpool } from "./json-lines-spool.ts";

const spoolFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith("govshare-spool-test-"));

describe("JSON lines spool", () => {
  it("gives back what was written, in order, and removes its file", async () => {
    const before = spoolFolders();
    const spool = createJsonLinesSpool<{ n: number; 名称: string; note?: string; list: unknown[] }>(
      "spool-test",
    );
    const written = Array.from({ length: 5000 }, (_, n) => ({
      n,
      名称: `企业登记\n基本信息${n}`,
      ...(n % 2 ? { note: '引号"与\\反斜杠' } : {}),
      list: [n, null, { a: "b" }],
    }));
    for (const value of written) spool.write(value);
    const created = spoolFolders().filter((name) => !before.includes(name));
    expect(created).toHaveLength(1);

    const read: unknown[] = [];
    for await (const value of spool.read()) read.push(value);
    expect(read).toEqual(written);

    await spool.remove();
    expect(existsSync(`${tmpdir()}/${created[0]}`)).toBe(false);
  });

  it("removes its file when never read", async () => {
    const before = spoolFolders();
    const spool = createJsonLinesSpool<number>("spool-test");
    spool.write(1);
    await spool.remove();
    expect(spoolFolders().filter((name) => !before.includes(name))).toEqual([]);
  });
});
