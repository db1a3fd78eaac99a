// The database chores, outside the server (root package.json: db:migrate, db:seed, db:reset,
// admin:create, audit:verify). Same configuration as the server: DATABASE_URL or the embedded PGLITE_DIR.
import { rm } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { hashPassword, seedDemoCatalogue } from "@govshare/api";
import {
  createAuditRepository,
  createUserAsSystem,
  createDepartmentRepository,
  createUserRepository,
  DEMO_PASSWORD,
  migrateDatabase,
  openDatabase,
  seedDatabase,
} from "@govshare/db";
import { ZPasswordSchema, ZUsernameSchema } from "@govshare/validators";
import { readEnv, seedsDemo } from "../src/env.ts";

const env = readEnv();
const command = process.argv[2] ?? "";
const commands = ["migrate", "seed", "reset", "create-admin", "audit-verify"];
if (!commands.includes(command)) {
  console.error(`usage: db.ts ${commands.join("|")}`);
  process.exit(2);
}
if (command === "reset") {
  if (env.DATABASE_URL) {
    console.error("db:reset only deletes the embedded database; drop a PostgreSQL database yourself.");
    process.exit(2);
  }
  await rm(env.PGLITE_DIR, { recursive: true, force: true });
  console.log(`deleted ${env.PGLITE_DIR}`);
}

const database = await openDatabase(
  env.DATABASE_URL
    ? { kind: "postgresql", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: env.PGLITE_DIR },
);
try {
  const applied = await migrateDatabase(database, env.MIGRATIONS_DIR);
  console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "no pending migrations");
  if (command === "seed" || command === "reset") {
    const demo = seedsDemo(env, database.kind);
    console.log(
      "seeded:",
      await seedDatabase(database, {
        demo: demo ? { passwordHash: await hashPassword(DEMO_PASSWORD) } : false,
      }),
    );
    if (demo) console.log("demo resources:", await seedDemoCatalogue(database));
  }
  if (command === "create-admin") await createAdmin();
  if (command === "audit-verify") {
    const result = await createAuditRepository(database.prisma).verifyChain();
    console.log(
      result.ok
        ? `audit chain intact: ${result.checked} events`
        : `AUDIT CHAIN BROKEN at event ${result.firstBadSeq}: ${result.problem}`,
    );
    process.exitCode = result.ok ? 0 : 1;
  }
} finally {
  await database.close();
}

/** Production's first administrator: asks for a name and a password (not echoed), in 区信息中心. */
async function createAdmin() {
  await seedDatabase(database, { demo: false });
  // Lines are read through one iterator, so that answers piped in (scripts, tests) are not lost
  // between prompts; on a terminal the password is not echoed.
  const muted = { value: false };
  const output = new Writable({
    write: (chunk, _enc, done) => void (muted.value || process.stdout.write(chunk), done()),
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const lines = prompt[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    process.stdout.write(question);
    const answer = await lines.next();
    if (answer.done) throw new Error("no answer given");
    return String(answer.value);
  };
  const username = ZUsernameSchema.parse(await ask("管理员用户名 / admin username: "));
  muted.value = true;
  const password = ZPasswordSchema.parse(await ask("密码 / password: "));
  muted.value = false;
  prompt.close();
  process.stdout.write("\n");
  const department = await createDepartmentRepository(database.prisma).findByCode("410108-006");
  const users = createUserRepository(database.prisma);
  if (await users.usernameExists(username)) throw new Error(`user ${username} exists`);
  const passwordHash = await hashPassword(password);
  await database.prisma.$transaction((tx) =>
    createUserAsSystem(tx, {
      username,
      displayName: "系统管理员",
      departmentId: department!.id,
      roles: ["admin"],
      passwordHash,
    }),
  );
  console.log(`administrator ${username} created`);
}
