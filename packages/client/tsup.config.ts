import { defineConfig } from "tsup";

/**
 * Workspace packages whose declarations are inlined into dist/index.d.ts instead of imported: `AppRouter` lives in
 * the private @trellis/api and references the private @trellis/db, which npm users cannot install. @trellis/drafting
 * is published, but only the server's context reaches it (`DraftingProvider`), and depending on it would install
 * openai for every client user. Everything else the declarations import must be in `dependencies`
 * (src/published-types.test.ts checks both, on the packed tarball).
 *
 * Mapping them with `paths` to their sources makes rollup-plugin-dts (inside tsup) resolve them, and their relative
 * `./x.js` imports, as project files rather than external libraries, so it bundles what the client's types reach.
 */
const inlined = ["api", "db", "drafting"];

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: {
    compilerOptions: {
      paths: Object.fromEntries(inlined.map((name) => [`@trellis/${name}`, [`../${name}/src/index.ts`]])),
    },
  },
  sourcemap: false,
  clean: true,
  target: "node20",
});
