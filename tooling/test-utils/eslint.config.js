import { bluehelm } from "../eslint/index.js";

export default bluehelm({ tsconfigRootDir: import.meta.dirname });
