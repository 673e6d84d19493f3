/** A thrown thing (a route error response, an API error, an exception) as a title and message for people. */
import { TRPCClientError } from "@trpc/client";
import { isRouteErrorResponse } from "react-router";

export interface ErrorDescription {
  readonly title: string;
  readonly message: string;
}

const TITLES_BY_STATUS: Record<number, string> = {
  400: "That request was not valid",
  401: "You are signed out",
  403: "That was refused",
  404: "Not found",
  409: "That changed in the meantime",
  413: "That file is too large",
};

/** Describes an error for an error boundary; API errors keep the readable message the API gives them. */
export function describeError(error: unknown): ErrorDescription {
  if (isRouteErrorResponse(error)) {
    const message = typeof error.data === "string" && error.data ? error.data : error.statusText;
    return { title: TITLES_BY_STATUS[error.status] ?? `Error ${error.status}`, message };
  }
  if (error instanceof TRPCClientError) {
    return { title: "The request failed", message: error.message };
  }
  return { title: "Something went wrong", message: "An unexpected error occurred. Try again in a moment." };
}
