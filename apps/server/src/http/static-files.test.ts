import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticHandler } from "./static-files.ts";

let dir: string;
let server: http.Server;
let base: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "static-files-"));
  await mkdir(path.join(dir, "assets"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>console</title>");
  await writeFile(path.join(dir, "assets", "app-1.js"), "console.log(1)");
  await writeFile(path.join(dir, "assets", "gone-1.js"), "console.log(2)");
  const serve = createStaticHandler(dir)!;
  server = http.createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe("static console files", () => {
  it("caches hashed assets for a year and falls back to index.html for client routes", async () => {
    const asset = await fetch(`${base}/assets/app-1.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await asset.text()).toBe("console.log(1)");
    expect(await (await fetch(`${base}/resources/123`)).text()).toContain("<title>console</title>");
  });

  it("survives a file removed after start-up (a rebuild under a running server)", async () => {
    await rm(path.join(dir, "assets", "gone-1.js"));
    await expect(fetch(`${base}/assets/gone-1.js`).then((response) => response.text())).rejects.toThrow();
    // still serving: the process did not die of the stream's error
    expect((await fetch(`${base}/assets/app-1.js`)).status).toBe(200);
  });
});
