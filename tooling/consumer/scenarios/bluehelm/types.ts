// The CLI embedded in another program.
import { EXIT, main, type MainOptions } from "bluehelm";

const options: MainOptions = { out: () => undefined };
export const run = (argv: readonly string[]) => main(argv, options);
export const codes = EXIT;
