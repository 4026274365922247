import { bluehelm } from "../../tooling/eslint/index.js";

export default [...bluehelm({ tsconfigRootDir: import.meta.dirname }), { ignores: ["dist/**", "test-artifacts/**"] }];
