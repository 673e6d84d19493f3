/** Where the Trellis API listens, from `TRELLIS_API_URL`; parsed once at start so a bad value fails early. */
import { z } from "zod";

const apiUrlSchema = z
  .url({ message: "TRELLIS_API_URL must be a URL such as http://127.0.0.1:3000" })
  .default("http://127.0.0.1:3000")
  .transform((url) => url.replace(/\/+$/, ""));

/** The API server's base URL without a trailing slash, e.g. `http://127.0.0.1:3000`. */
export const apiBaseUrl: string = apiUrlSchema.parse(process.env.TRELLIS_API_URL || undefined);
