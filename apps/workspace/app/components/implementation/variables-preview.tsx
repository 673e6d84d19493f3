import { describeVariable, variableToken } from "../../lib/implementation/template-variables";
import { FOCUS_RING } from "../focus-ring";
import type { ActionDetails } from "./action-details";

/** A variable and what it would be replaced by if the action were sent now (null when it has none). */
export type VariableValue = ActionDetails["variables"][number];

interface VariablesPreviewProps {
  readonly variables: readonly VariableValue[];
  /** Inserts a variable's token where the agent is writing; without it the list only shows the values. */
  readonly onInsert?: (token: string) => void;
  /** Where inserting puts the token, e.g. "the body". */
  readonly insertTarget?: string;
}

/**
 * The variables a draft may use, each with the value it would be sent with for this account, so the agent sees
 * "Hi Ana," before sending and spots a variable that has no value (sending would be refused).
 */
export function VariablesPreview({ variables, onInsert, insertTarget }: VariablesPreviewProps) {
  const missing = variables.filter((variable) => variable.value === null).length;
  return (
    <details className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-xs text-slate-700">
      <summary className={`cursor-pointer rounded font-medium ${FOCUS_RING}`}>
        Variables{missing > 0 ? ` (${missing} without a value)` : ""}
      </summary>
      <p className="mt-1 text-slate-600">
        Replaced with these values when the action is sent
        {onInsert && insertTarget ? `; click one to insert it into ${insertTarget}` : ""}.
      </p>
      <table className="mt-1 w-full border-collapse">
        <thead className="sr-only">
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">Value now</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((variable) => {
            const token = variableToken(variable.name);
            return (
              <tr key={variable.name} className="border-t border-slate-200 align-top">
                <td className="py-0.5 pr-2 whitespace-nowrap">
                  {onInsert ? (
                    <button
                      type="button"
                      aria-label={`Insert ${token}`}
                      title={describeVariable(variable.name)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => onInsert(token)}
                      className={`rounded bg-white px-1 font-mono text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100 ${FOCUS_RING}`}
                    >
                      {token}
                    </button>
                  ) : (
                    <code className="font-mono text-slate-900" title={describeVariable(variable.name)}>
                      {token}
                    </code>
                  )}
                </td>
                <td className="py-0.5 break-words">
                  {variable.value === null ? (
                    <span className="font-medium text-amber-800">— no value</span>
                  ) : (
                    <span className="text-slate-900">{variable.value}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
