import { index, layout, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-in/verify", "routes/sign-in-verify.tsx"),
  route("sign-out", "routes/sign-out.ts"),
  layout("routes/portal-layout.tsx", [
    index("routes/home.tsx"),
    route("requests/:actionId", "routes/request.tsx"),
    route("emails/:actionId", "routes/email.tsx"),
    route("feedback", "routes/feedback.tsx"),
  ]),
] satisfies RouteConfig;
