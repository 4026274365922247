import { bluehelm } from "../../tooling/eslint/index.js";

export default [
  ...bluehelm({ tsconfigRootDir: import.meta.dirname }),
  // validate.mjs is a plain Node script.
  { files: ["**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly" } } },
];
