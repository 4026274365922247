// The embedded store's data directory reached through symbolic links, and
// PGlite's failures (some of which are not Errors at all) as readable errors.
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pgliteDriver } from "../src/driver.js";
import { openStore } from "../src/index.js";
import { describeThrown, pgliteError, readable } from "../src/pglite-errors.js";

/** What an error thrown by openStore says; fails the test when nothing is thrown. */
async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error("expected openStore to refuse");
}

describe("the embedded store's data directory through a symbolic link", () => {
  let dir: string;
  let real: string;
  let link: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "bluehelm-symlink-")));
    real = join(dir, "db");
    link = join(dir, "link");
    mkdirSync(real);
    symlinkSync(real, link);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens through the link, on the real directory, with the lock next to the real directory", async () => {
    const viaLink = await openStore({ dataDir: link, seed: false });
    try {
      expect(existsSync(`${real}.lock`)).toBe(true);
      expect(existsSync(`${link}.lock`)).toBe(false);
      await viaLink.createToken({ name: "through the link", role: "reader" });
    } finally {
      await viaLink.close();
    }
    expect(existsSync(`${real}.lock`)).toBe(false);
    const direct = await openStore({ dataDir: real, seed: false });
    try {
      expect((await direct.listTokens()).map((t) => t.name)).toEqual(["through the link"]);
    } finally {
      await direct.close();
    }
  });

  it("is refused through the link while a store of this process holds the directory, and the other way round", async () => {
    const holder = await openStore({ dataDir: real, seed: false });
    try {
      const error = await refusal(openStore({ dataDir: link, seed: false }));
      expect(error.message).toBe(`The data directory ${link} (${real}) is already open in this process.`);
    } finally {
      await holder.close();
    }
    const viaLink = await openStore({ dataDir: link, seed: false });
    try {
      const error = await refusal(openStore({ dataDir: real, seed: false }));
      expect(error.message).toBe(`The data directory ${real} is already open in this process.`);
    } finally {
      await viaLink.close();
    }
  });

  it("is refused through the link while another process holds the directory", async () => {
    // The lock of a live process (this test's parent) on the real directory.
    writeFileSync(`${real}.lock`, String(process.ppid));
    const error = await refusal(openStore({ dataDir: link, seed: false }));
    expect(error.message).toBe(
      `The data directory ${link} (${real}) is in use by process ${process.ppid}; stop it first (or use PostgreSQL for several processes).`,
    );
    expect(String(error)).not.toContain("[object Object]");
    // The refusal leaves the other process's lock alone.
    expect(existsSync(`${real}.lock`)).toBe(true);
  });

  it("is refused through a chain of links to a directory in use", async () => {
    const second = join(dir, "second-link");
    symlinkSync(link, second);
    writeFileSync(`${real}.lock`, String(process.ppid));
    const error = await refusal(openStore({ dataDir: second, seed: false }));
    expect(error.message).toMatch(new RegExp(`^The data directory ${second} \\(${real}\\) is in use by process ${process.ppid};`));
  });
});

describe("PGlite's failures", () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "bluehelm-broken-")));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("opening a damaged data directory says where, what PGlite said and what to do, and releases the lock", async () => {
    const dataDir = join(dir, "db");
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, "PG_VERSION"), "not a version\n");
    const error = await refusal(openStore({ dataDir, seed: false }));
    expect(error.message).toBe(
      `The embedded database in ${dataDir} failed to open: PGlite failed to initialize properly. ` +
        "Check that the data directory is on a local disk, readable and writable, and that no other program uses it; if it is damaged, restore it from a backup or move it aside to start a new store (or use PostgreSQL through DATABASE_URL).",
    );
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("a data directory that is a file is refused with the file system's reason", async () => {
    const dataDir = join(dir, "file");
    writeFileSync(dataDir, "");
    const error = await refusal(openStore({ dataDir, seed: false }));
    expect(error.message).toMatch(new RegExp(`^The data directory ${dataDir} cannot be used: EEXIST: file already exists`));
  });

  // The shape PGlite's WebAssembly file system throws: not an Error, no message, no stack.
  const errnoError = () => ({ name: "ErrnoError", errno: 44, stack: "<generic error, no stack>" });

  it("an emscripten ErrnoError becomes an Error with its code and meaning", () => {
    const error = pgliteError(errnoError(), "/srv/bluehelm/db", "to open");
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(
      "The embedded database in /srv/bluehelm/db failed to open: no such file or directory (ENOENT). " +
        "Check that the data directory is on a local disk, readable and writable, and that no other program uses it; if it is damaged, restore it from a backup or move it aside to start a new store (or use PostgreSQL through DATABASE_URL).",
    );
    expect(error.code).toBe("ENOENT");
    expect(error.cause).toEqual(errnoError());
    expect(String(error)).not.toContain("[object Object]");
  });

  it("advises on permissions and on a full disk", () => {
    expect(pgliteError({ name: "ErrnoError", errno: 2 }, "/d", "on a query").message).toBe(
      "The embedded database in /d failed on a query: permission denied (EACCES). Give the user running Bluehelm write access to the data directory, or choose another one.",
    );
    expect(pgliteError({ name: "ErrnoError", errno: 51 }, "/d", "on a query").message).toBe(
      "The embedded database in /d failed on a query: no space left on device (ENOSPC). Free some disk space, then try again.",
    );
  });

  it("describes any thrown value: unknown errno, plain objects, strings, nothing", () => {
    expect(describeThrown({ name: "ErrnoError", errno: 999 })).toEqual({ message: "ErrnoError", code: "errno 999" });
    expect(describeThrown({ message: "could not write block", code: "58030" })).toEqual({ message: "could not write block", code: "58030" });
    expect(describeThrown({})).toEqual({ message: "an unknown failure", code: undefined });
    expect(describeThrown("wasm aborted")).toEqual({ message: "wasm aborted", code: undefined });
    expect(describeThrown(undefined)).toEqual({ message: "an unknown failure", code: undefined });
  });

  it("keeps errors that are readable (SQL errors keep their SQLSTATE), wraps those that are not", () => {
    const sqlError = Object.assign(new Error('invalid input syntax for type numeric: "x"'), { code: "22P02" });
    expect(readable(sqlError, "/d", "on a query")).toBe(sqlError);
    const blank = new Error("");
    const wrapped = readable(blank, "/d", "on a query");
    expect(wrapped).not.toBe(blank);
    expect(wrapped.message).toMatch(/^The embedded database in \/d failed on a query: Error\. Check that/);
    expect(readable(errnoError(), "/d", "in a transaction").message).toMatch(/^The embedded database in \/d failed in a transaction: no such file or directory \(ENOENT\)\./);
  });
});

describe("the embedded store's buffer pool", () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "bluehelm-buffers-")));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("is PostgreSQL's 128 MB by default and the size asked for otherwise", async () => {
    for (const [options, shown] of [
      [{}, "128MB"],
      [{ sharedBuffersMiB: 16 }, "16MB"],
    ] as const) {
      const driver = await pgliteDriver(join(dir, "db"), options);
      try {
        expect((await driver.query<{ shared_buffers: string }>("SHOW shared_buffers"))[0]?.shared_buffers).toBe(shown);
      } finally {
        await driver.close();
      }
    }
  });

  it("refuses a size that is not a whole number of MiB from 1 to 4096, before touching the directory", async () => {
    for (const bad of [0, 2.5, -16, 4097, Number.NaN]) {
      const target = join(dir, `db-${String(bad)}`);
      const error = await refusal(openStore({ dataDir: target, seed: false, sharedBuffersMiB: bad }));
      expect(error).toBeInstanceOf(RangeError);
      expect(error.message).toContain("sharedBuffersMiB must be a whole number of MiB from 1 to 4096");
      expect(existsSync(target)).toBe(false);
    }
  });
});
