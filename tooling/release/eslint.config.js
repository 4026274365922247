import { bluehelm } from "../eslint/index.js";

export default [
  ...bluehelm({ tsconfigRootDir: import.meta.dirname }),
  // The rehearsal is a plain Node script.
  { files: ["**/*.mjs"], languageOptions: { globals: { console: "readonly", process: "readonly" } } },
];
