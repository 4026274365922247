/**
 * Readable errors from the embedded engine. PGlite runs PostgreSQL compiled to
 * WebAssembly; its file-system failures arrive as emscripten `ErrnoError`
 * objects, which are not `Error`s, carry no message and print as
 * `[object Object]`. These helpers turn anything PGlite throws into an `Error`
 * that says what failed, with PGlite's message and code, and what to do.
 */

/** Emscripten's errno numbers (as PGlite's bundled runtime defines them) for the failures a data directory can meet. */
const ERRNO: Readonly<Record<number, readonly [code: string, meaning: string]>> = {
  2: ["EACCES", "permission denied"],
  10: ["EBUSY", "resource busy"],
  20: ["EEXIST", "file already exists"],
  28: ["EINVAL", "invalid argument"],
  29: ["EIO", "input/output error"],
  31: ["EISDIR", "is a directory"],
  32: ["ELOOP", "too many levels of symbolic links"],
  44: ["ENOENT", "no such file or directory"],
  51: ["ENOSPC", "no space left on device"],
  54: ["ENOTDIR", "not a directory"],
  55: ["ENOTEMPTY", "directory not empty"],
  63: ["EPERM", "operation not permitted"],
  69: ["EROFS", "read-only file system"],
};

const UNKNOWN = "an unknown failure";

/** What a thrown value says: its message and code, whatever its shape. */
export function describeThrown(error: unknown): { message: string; code: string | undefined } {
  if (typeof error === "string") return { message: error.trim() === "" ? UNKNOWN : error, code: undefined };
  if (typeof error === "number" || typeof error === "boolean" || typeof error === "bigint") return { message: String(error), code: undefined };
  if (error === null || (typeof error !== "object" && typeof error !== "function")) return { message: UNKNOWN, code: undefined };
  const fields = error as { message?: unknown; code?: unknown; errno?: unknown; name?: unknown };
  const known = typeof fields.errno === "number" ? ERRNO[fields.errno] : undefined;
  const code =
    typeof fields.code === "string" && fields.code !== ""
      ? fields.code
      : known
        ? known[0]
        : typeof fields.errno === "number"
          ? `errno ${fields.errno}`
          : undefined;
  const name = typeof fields.name === "string" && fields.name !== "" ? fields.name : undefined;
  const message =
    typeof fields.message === "string" && fields.message.trim() !== ""
      ? fields.message
      : known
        ? known[1]
        : (name ?? UNKNOWN);
  return { message, code };
}

function advice(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "Give the user running Bluehelm write access to the data directory, or choose another one.";
    case "ENOSPC":
      return "Free some disk space, then try again.";
    default:
      return "Check that the data directory is on a local disk, readable and writable, and that no other program uses it; if it is damaged, restore it from a backup or move it aside to start a new store (or use PostgreSQL through DATABASE_URL).";
  }
}

/** An `Error` for a failure of the embedded database in `dataDir` while `doing` something, keeping the original as `cause`. */
export function pgliteError(error: unknown, dataDir: string, doing: string): Error & { code?: string } {
  const { message, code } = describeThrown(error);
  const text = `The embedded database in ${dataDir} failed ${doing}: ${message.replace(/\.$/, "")}${code ? ` (${code})` : ""}. ${advice(code)}`;
  const wrapped: Error & { code?: string } = new Error(text, { cause: error });
  if (code !== undefined) wrapped.code = code;
  return wrapped;
}

/**
 * The error to rethrow from an operation on an open database: an `Error` with
 * a message is kept as it is (SQL errors keep their SQLSTATE `code`, and the
 * store's own errors thrown inside a transaction pass through); anything else
 * becomes a readable error.
 */
export function readable(error: unknown, dataDir: string, doing: string): Error {
  if (error instanceof Error && error.message.trim() !== "" && error.message !== "[object Object]") return error;
  return pgliteError(error, dataDir, doing);
}
