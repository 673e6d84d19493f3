import type { ReactNode } from "react";

/** The centred card the signed-out pages (sign-in, link check) show. */
export function SignInCard({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold text-stone-900">{title}</h1>
        {children}
      </div>
    </main>
  );
}
