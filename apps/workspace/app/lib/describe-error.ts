/** A thrown thing (a route error response, an API error, an exception) as a title and message for people. */
import { TRPCClientError } from "@trellis/client";
import { isRouteErrorResponse } from "react-router";

export interface ErrorDescription {
  readonly title: string;
  readonly message: string;
}

const TITLES_BY_STATUS: Record<number, string> = {
  400: "That request was not valid",
  401: "You are signed out",
  403: "You do not have access to this",
  404: "Not found",
  409: "That changed in the meantime",
};

/** Describes an error for an error boundary; API errors keep the readable message the API gives them. */
export function describeError(error: unknown): ErrorDescription {
  if (isRouteErrorResponse(error)) {
    const message = typeof error.data === "string" && error.data ? error.data : error.statusText;
    return { title: TITLES_BY_STATUS[error.status] ?? `Error ${error.status}`, message };
  }
  if (error instanceof TRPCClientError) {
    const status = error.data?.httpStatus;
    const title = (typeof status === "number" && TITLES_BY_STATUS[status]) || "The API refused that";
    return { title, message: error.message };
  }
  if (error instanceof Error) return { title: "Something went wrong", message: error.message };
  return { title: "Something went wrong", message: "An unexpected error occurred." };
}
