import { bluehelmProject } from "../../tooling/vitest-project.js";

/** Unit tests of the web client's pure parts, and the size budget of the built client. */
export default bluehelmProject("web", { include: ["test/**/*.test.ts"] });
