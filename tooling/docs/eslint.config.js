import { bluehelm } from "../eslint/index.js";

// .cache holds the extracted examples, type-checked by the docs tests themselves.
export default [{ ignores: [".cache/**"] }, ...bluehelm({ tsconfigRootDir: import.meta.dirname })];
