import { sanitizeEmailHtml } from "@trellis/drafting";

/**
 * An email body, through the shared email sanitizer (the API also sanitized it on save) and in a sandboxed frame,
 * so even a sanitizer bug could not run script in the workspace. Loaded lazily: the sanitizer is large and only
 * an open email draft needs it.
 */
export default function EmailBodyFrame({ html }: { readonly html: string }) {
  return (
    <iframe
      title="Email body"
      sandbox=""
      srcDoc={sanitizeEmailHtml(html)}
      className="h-48 w-full resize-y rounded border border-slate-200 bg-white"
    />
  );
}
