import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("bench", { include: ["*.test.ts"], testTimeout: 240_000 });
