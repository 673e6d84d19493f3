/** `/`: the workspace opens on the Ready queue, where an agent's day starts. */
import { redirect } from "react-router";

export const loader = () => redirect("/ready");
