import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { ErrorState } from "./components/error-state";
import { portalContext, portalContextMiddleware } from "./lib/portal-context.server";

export const middleware: Route.MiddlewareFunction[] = [portalContextMiddleware];

/** The CSRF token every form of the page carries (see components/csrf-field.tsx). */
export function loader({ context }: Route.LoaderArgs) {
  return { csrf: context.get(portalContext).csrfToken };
}

export function meta(): Route.MetaDescriptors {
  return [{ title: "Customer portal" }];
}

export function Layout({ children }: { readonly children: React.ReactNode }) {
  return (
    <html lang="en" className="h-full bg-stone-50">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full font-sans text-stone-900 antialiased">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="mb-4 text-xl font-semibold">{notFound ? "Page not found" : "Something went wrong"}</h1>
      <ErrorState error={error} />
      <p className="mt-6 text-sm">
        <a className="font-medium text-teal-800 underline" href="/">
          Back to your requests
        </a>
      </p>
    </main>
  );
}
