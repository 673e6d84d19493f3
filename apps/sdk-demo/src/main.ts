/** `pnpm start`: the SDK tour, printed to the terminal. */
import { runTour } from "./tour.js";

console.log("Trellis SDK tour: the core packages on demo data (no network, no database)\n");
const outcome = await runTour((line) => console.log(line));
console.log(
  `\nDone: the action ended ${outcome.finalState} after ${outcome.deliveries} delivery; ` +
    `${outcome.refusals.length} illegal or incomplete steps were refused with a clear message.`,
);
