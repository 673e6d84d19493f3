import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // dist/ is ignored by git and Biome like every other package's build output.
  buildDirectory: "dist",
  // Opt in to React Router 8's behaviour now (middleware is what carries the per-request API client).
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
