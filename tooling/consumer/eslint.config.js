import { bluehelm } from "../eslint/index.js";

// The scenarios are consumer code, checked by the consumer tests themselves
// (run by Node and type-checked by tsc against the installed tarballs).
export default [{ ignores: ["scenarios/**"] }, ...bluehelm({ tsconfigRootDir: import.meta.dirname })];
