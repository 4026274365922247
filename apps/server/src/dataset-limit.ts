// How many records the analytics index may hold in memory, and the error when the store holds more.
import { getHeapStatistics } from "node:v8";

/**
 * The memory a record takes in the analytics index, with room for the answers being rendered: measured at
 * about 850 B a record (the server's RSS growth over 548,767 records at 10× the synthetic data of
 * `tooling/bench`), rounded up.
 */
export const BYTES_PER_INDEXED_RECORD = 1200;

/** The most records the analytics index holds by default: what the V8 heap limit of this process allows. */
export function defaultMaxIndexedRecords(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / BYTES_PER_INDEXED_RECORD);
}

/**
 * Thrown instead of loading every record when the store holds more than the analytics index may: loading
 * them would exhaust the heap and stop the whole server, list pages and record reads included.
 */
export class DatasetTooLargeError extends Error {
  readonly records: number;
  readonly maxRecords: number;
  constructor(records: number, maxRecords: number) {
    super(
      `Answering this needs every record in memory: the store holds ${records} records, and this server holds at most ${maxRecords} ` +
        `(the option analyticsMaxRecords, by default its heap limit ÷ ${BYTES_PER_INDEXED_RECORD} B). ` +
        `Start the server with a larger heap (NODE_OPTIONS=--max-old-space-size=<MiB>) or a larger analyticsMaxRecords; lists and records are still served.`,
    );
    this.name = "DatasetTooLargeError";
    this.records = records;
    this.maxRecords = maxRecords;
  }
}
