import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { ApiProvider } from "./components/api-provider";
import { ErrorState } from "./components/error-state";
import { apiClientMiddleware } from "./lib/api-context.server";

export const middleware: Route.MiddlewareFunction[] = [apiClientMiddleware];

export function meta(): Route.MetaDescriptors {
  return [{ title: "Trellis workspace" }];
}

export function Layout({ children }: { readonly children: React.ReactNode }) {
  return (
    <html lang="en" className="h-full bg-slate-50">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="h-full font-sans text-slate-900 antialiased">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <ApiProvider>
      <Outlet />
    </ApiProvider>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="mb-4 text-lg font-semibold">{notFound ? "Page not found" : "Trellis hit a problem"}</h1>
      <ErrorState error={error} />
      <p className="mt-4 text-sm">
        <a className="text-sky-800 underline" href="/">
          Back to the workspace
        </a>
      </p>
    </main>
  );
}
