/** A progress bar on a terminal for long imports; nothing otherwise. */
export function startProgress(tty: boolean, total: number): ((done: number) => void) | undefined {
  if (!tty || total < 500) return undefined;
  let last = -1;
  return (done) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${pct}% ${done}/${total}${done >= total ? "\n" : ""}`);
  };
}
