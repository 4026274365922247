// Shared flat ESLint configuration for every Bluehelm workspace package.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * @param {{ tsconfigRootDir: string }} options
 */
export function bluehelm({ tsconfigRootDir }) {
  return tseslint.config(
    { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/*.config.*"] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      linterOptions: { reportUnusedDisableDirectives: "error" },
      rules: {
        "@typescript-eslint/consistent-type-imports": "error",
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              { group: ["@bluehelm/*/src/*", "@bluehelm/*/dist/*"], message: "Import the package's public entry, not its files." },
            ],
          },
        ],
      },
    },
    {
      files: ["**/*.js", "**/*.mjs"],
      ...tseslint.configs.disableTypeChecked,
    },
  );
}
