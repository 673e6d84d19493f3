/**
 * @trellis/lifecycle: the action lifecycle of SPEC §B as a pure state machine. States, events, guards and
 * effects are data; `transition` decides, the caller writes. No I/O; safe in browsers and servers.
 */
export {
  type ActionEffect,
  type ActionEffectOf,
  type ActionEffectType,
  actionEffectSchema,
  type DeliverEffect,
  type HistoryEffect,
  type NotifyEffect,
} from "./action-effect.js";
export {
  ACTION_EVENT_TYPES,
  type ActionEvent,
  type ActionEventOf,
  type ActionEventType,
  actionEventSchema,
  customerRespondedEventSchema,
  deliverFailedEventSchema,
  deliverSucceededEventSchema,
  draftFailedEventSchema,
  draftGeneratedEventSchema,
  editEventSchema,
  executeEventSchema,
  MAX_INSTRUCTIONS_LENGTH,
  markCompleteEventSchema,
  regenerateEventSchema,
  rescheduleEventSchema,
  skipEventSchema,
} from "./action-event.js";
export { type ActionSnapshot, actionSnapshotSchema } from "./action-snapshot.js";
export { allowedEvents } from "./allowed-events.js";
export {
  COMPLETION_POLICY,
  type CompletionPolicy,
  type CompletionTrigger,
  completesOnDelivery,
  completesOnResponse,
  completionPolicyFor,
} from "./completion-policy.js";
export {
  acceptsCustomerResponse,
  CUSTOMER_RESPONSE_KINDS_BY_ACTION_TYPE,
  type CustomerResponseKind,
  receivesCustomerResponses,
} from "./customer-response-kinds.js";
export type {
  ConfirmationRequiredError,
  DraftIncompleteError,
  DraftMissingError,
  EventValidationError,
  ForbiddenEventError,
  InvalidTransitionError,
  TransitionError,
} from "./errors.js";
export { draftBlocker } from "./execution-guard.js";
export {
  ACTION_TRANSITIONS,
  type ActionTransitionRule,
  EVENT_ACTOR,
  findTransitionRule,
  INITIAL_ACTION_STATE,
  isTerminalActionState,
  TERMINAL_ACTION_STATES,
} from "./machine-definition.js";
export { toMermaid } from "./mermaid.js";
export { type TransitionResult, transition } from "./transition.js";
export { type TransitionContext, transitionContextSchema } from "./transition-context.js";
