import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("integration", { include: ["*.test.ts"] });
