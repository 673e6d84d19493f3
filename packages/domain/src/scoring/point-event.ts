/**
 * The product events that earn or cost engagement points (SPEC §D). They carry only what scoring needs; the
 * workflow engine maps incoming events (SDK or webhooks) onto them.
 */
import { z } from "zod";
import { utcTimestampSchema } from "../time.js";

export const happinessLevelSchema = z
  .enum(["very_happy", "happy", "neutral", "not_happy"])
  .describe("how happy the user said they are (seed 001 'User Happiness Level')");
export type HappinessLevel = z.infer<typeof happinessLevelSchema>;
export const HAPPINESS_LEVELS = happinessLevelSchema.options;

export const HAPPINESS_LABELS: Readonly<Record<HappinessLevel, string>> = {
  very_happy: "Very Happy",
  happy: "Happy",
  neutral: "Neutral",
  not_happy: "Not Happy",
};

export const customEventNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_.]*$/, "event names are like webinar.attended")
  .max(100)
  .describe("name of a custom event");

const base = {
  id: z
    .string()
    .min(1)
    .max(200)
    .describe("idempotency key of the event; an event delivered twice is scored once"),
  at: utcTimestampSchema.describe("when it happened"),
  userId: z
    .string()
    .min(1)
    .max(200)
    .describe("the customer's user it is about (contact id or the product's own user id)"),
};

export const feedbackAnswerSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("rating").describe("answered with a happiness rating"),
      rating: happinessLevelSchema,
    }),
    z.object({
      kind: z.literal("nps").describe("answered with an NPS score"),
      score: z.number().int().min(0).max(10).describe("answer to 'how likely are you to recommend us', 0–10"),
    }),
  ])
  .describe("a feedback answer: a happiness rating, or an NPS score");
export type FeedbackAnswer = z.infer<typeof feedbackAnswerSchema>;

export const pointEventSchema = z
  .discriminatedUnion("type", [
    z.object({ ...base, type: z.literal("account.signed_up").describe("a new user signed up") }),
    z.object({ ...base, type: z.literal("user.logged_in").describe("the user logged in") }),
    z.object({
      ...base,
      type: z.literal("appointment.attended").describe("the user showed up to a meeting"),
    }),
    z.object({
      ...base,
      type: z.literal("appointment.missed").describe("the user did not show up to a meeting"),
    }),
    z.object({
      ...base,
      type: z.literal("feedback.submitted").describe("the user gave feedback"),
      answer: feedbackAnswerSchema,
    }),
    z.object({
      ...base,
      type: z.literal("feature.used").describe("the user spent time on a feature"),
      feature: z.string().trim().min(1).max(200).describe("the feature used"),
      minutes: z.number().min(0).describe("time spent on the feature in this session, in minutes"),
    }),
    z.object({ ...base, type: z.literal("payment.succeeded").describe("a payment went through") }),
    z.object({ ...base, type: z.literal("payment.failed").describe("a payment failed") }),
    z.object({
      ...base,
      type: z.literal("custom").describe("an event the organization defined"),
      name: customEventNameSchema,
    }),
  ])
  .describe("an event that may earn or cost engagement points");
export type PointEvent = z.infer<typeof pointEventSchema>;
export type PointEventType = PointEvent["type"];
