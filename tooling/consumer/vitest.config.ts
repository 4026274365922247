import { bluehelmProject } from "../vitest-project.js";

export default bluehelmProject("consumer", {
  include: ["*.test.ts"],
  testTimeout: 120_000,
  hookTimeout: 180_000,
});
