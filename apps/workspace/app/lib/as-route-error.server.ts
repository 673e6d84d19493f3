/**
 * API errors as route error responses: a loader's failed call becomes the API's status and readable message
 * (404 "The account was not found") instead of an opaque 500, which production builds would also scrub.
 */
import { TRPCClientError } from "@trellis/client";
import { data } from "react-router";

/**
 * Rethrows an API error as a route error response with its HTTP status; anything else is rethrown as is.
 *
 * @example
 * const account = await api.accounts.get.query({ id }).catch(asRouteError);
 */
export function asRouteError(error: unknown): never {
  if (error instanceof TRPCClientError) {
    const status = error.data?.httpStatus;
    // A loader's input comes from the URL, so input the API refuses means the address names nothing.
    if (status === 400) throw data("Nothing exists at this address.", { status: 404 });
    throw data(error.message, { status: typeof status === "number" ? status : 502 });
  }
  throw error;
}
