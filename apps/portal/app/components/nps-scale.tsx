import { FOCUS_RING } from "./focus-ring";

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/**
 * The 0–10 "how likely are you to recommend us" scale: a radio group whose options are labelled "0" … "10", with
 * the ends explained. Native radios, so arrow keys move between scores.
 */
export function NpsScale({
  error,
  defaultScore,
}: {
  readonly error?: string | null;
  readonly defaultScore?: number | null;
}) {
  return (
    <fieldset aria-describedby={error ? "nps-error nps-ends" : "nps-ends"}>
      <legend className="text-sm font-medium text-stone-800">
        How likely are you to recommend us to a friend or colleague?
      </legend>
      <div className="mt-3 flex flex-wrap gap-1.5">
        {SCORES.map((score) => (
          <label key={score} className="relative">
            <input
              type="radio"
              name="score"
              value={score}
              required
              defaultChecked={defaultScore === score}
              className={`peer absolute inset-0 h-full w-full cursor-pointer opacity-0 ${FOCUS_RING}`}
            />
            <span className="flex h-10 w-10 items-center justify-center rounded-md border border-stone-300 bg-white text-sm font-medium text-stone-800 peer-checked:border-teal-800 peer-checked:bg-teal-800 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-700">
              {score}
            </span>
          </label>
        ))}
      </div>
      <p id="nps-ends" className="mt-2 flex w-full max-w-md justify-between text-xs text-stone-600">
        <span>0 = Not likely</span>
        <span>10 = Very likely</span>
      </p>
      {error ? (
        <p id="nps-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
