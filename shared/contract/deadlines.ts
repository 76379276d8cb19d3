import { z } from 'zod';
import { INSTRUMENTS } from '../domain/deadlines/applicability';
import { CHANNELS, URGENCIES } from '../domain/requests';
import { id, instant, isoDate, optionalText, requiredText } from './common';
import { attachmentLimit } from './attachments';

const duration = z.object({
  amount: z.number().int().min(1).max(10_000),
  unit: z.enum(['hours', 'calendar_days', 'working_days', 'months'], { error: 'validation.choose' }),
});

export const deadlineSource = z.object({
  citation: z.string(),
  url: z.string().nullable(),
  note: z.string().nullable(),
});

/** A deadline as the officer sees it: computed from a rule, or entered by hand. */
export const deadlineItem = z.object({
  key: z.string(),
  origin: z.enum(['rule', 'manual', 'entered']),
  requestId: id.nullable(),
  caseId: id,
  caseReference: z.string(),
  caseTitle: z.string(),
  requestTitle: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  urgency: z.enum(URGENCIES).nullable(),
  status: z.string().nullable(),
  ruleId: z.string().nullable(),
  title: z.string(),
  deadlineKind: z.string(),
  dueAt: instant,
  dueDate: z.string(),
  daysLeft: z.number().int(),
  state: z.enum(['open', 'overdue', 'met', 'done', 'snoozed']),
  snoozedUntil: z.string().nullable(),
  markReason: z.string(),
  metAt: z.string().nullable(),
  source: deadlineSource,
  calendarCountry: z.string().nullable(),
  foreignCalendar: z.boolean(),
  extensionAvailable: z.boolean(),
  /** The workflow step the reminder offers next (e.g. 'extend' for a lapsing preservation). */
  suggestedAction: z.string().nullable(),
  /** A stated date (origin 'entered') wins over these computed dates; they are shown beside it. */
  computed: z.array(
    z.object({ ruleId: z.string(), title: z.string(), dueDate: z.string(), dueAt: z.string(), citation: z.string() }),
  ),
  /** Rule deadlines: whether the period ran from the recorded receipt or from the step that triggered it. */
  countedFrom: z.enum(['receipt', 'trigger']).nullable(),
});

export const deadlineListInput = z.object({
  scope: z.enum(['overdue', 'today', 'week', 'upcoming', 'all']).default('week'),
  caseId: id.nullable().default(null),
  requestId: id.nullable().default(null),
  includeDone: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(200),
});

export const deadlineList = z.object({
  today: z.string(),
  timeZone: z.string(),
  items: z.array(deadlineItem),
  total: z.number().int(),
});

export const deadlineMarkInput = z
  .object({
    key: z.string().min(1).max(200),
    state: z.enum(['done', 'snoozed', 'open']),
    snoozedUntil: isoDate.nullable().default(null),
    reason: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.state === 'snoozed' && !value.snoozedUntil) {
      ctx.addIssue({ code: 'custom', path: ['snoozedUntil'], message: 'validation.deadline.snoozeUntil' });
    }
    if (value.state === 'snoozed' && value.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.deadline.snoozeReason' });
    }
  });

export const manualDeadlineInput = z.object({
  caseId: id,
  requestId: id.nullable().default(null),
  title: requiredText(200),
  dueOn: isoDate,
  dueTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/, { error: 'validation.time' })
    .nullable()
    .default(null),
  note: optionalText(1000),
});

export const ruleDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,80}$/, { error: 'validation.rule.id' }),
  title: requiredText(200),
  channel: z.enum(CHANNELS),
  kinds: z.array(z.string()).nullable(),
  trigger: z.string().min(1),
  stopsAt: z.array(z.string()),
  deadlineKind: z.enum(['hard_expiry', 'expected_response', 'follow_up']),
  duration,
  byUrgency: z.partialRecord(z.enum(URGENCIES), duration),
  whenDirectlyAccessible: z.partialRecord(z.enum(URGENCIES), duration).optional(),
  /** The instrument whose bound states decide whether a statutory rule applies (kept as shipped). */
  appliesUnder: z.enum(INSTRUMENTS).optional(),
  countsFromReceipt: z.string().optional(),
  extension: z.object({ trigger: z.string(), duration, maxTimes: z.number().int().min(1).max(10) }).nullable(),
  reminders: z.array(duration).max(6),
  calendarCountry: z.enum(['counterpart', 'office_home', 'office_host']),
  appliesWhen: z
    .object({
      homeInEu: z.boolean().optional(),
      counterpartInEu: z.boolean().optional(),
      counterpartCountries: z.array(z.string()).optional(),
    })
    .catchall(z.unknown())
    .nullable(),
  source: z.object({ citation: requiredText(300), url: z.string().nullable(), note: z.string().nullable() }),
  overrides: z
    .object({ ruleId: z.string(), country: z.string().nullable(), provider: z.string().nullable() })
    .nullable(),
  /** Rules that take precedence where they cover the request (e.g. Budapest art. 29 yields to 2703(f)). */
  yieldsTo: z.array(z.string()).optional(),
  enabled: z.boolean(),
});

export const ruleView = z.object({
  rule: ruleDefinition,
  shipped: z.boolean(),
  modified: z.boolean(),
});

export const ruleList = z.object({ rules: z.array(ruleView) });

const quietHours = z
  .object({
    start: z.string().regex(/^\d{2}:\d{2}$/, { error: 'validation.time' }),
    end: z.string().regex(/^\d{2}:\d{2}$/, { error: 'validation.time' }),
  })
  .nullable();

const contactVerifyMonths = z
  .number()
  .int({ error: 'validation.contact.verifyMonths' })
  .min(1, { error: 'validation.contact.verifyMonths' })
  .max(120, { error: 'validation.contact.verifyMonths' });

export const settingsShape = z.object({
  quietHours,
  /** Files larger than this are refused while they stream in, before they are kept. */
  attachmentMaxBytes: attachmentLimit,
  /** A contact not verified for this many months is listed in the reminder centre. */
  contactVerifyMonths,
});

/** Each card of the Settings page saves its own setting; what is left out keeps its value. */
export const settingsUpdate = z.object({
  quietHours: quietHours.optional(),
  attachmentMaxBytes: attachmentLimit.optional(),
  contactVerifyMonths: contactVerifyMonths.optional(),
});

export const sweepResult = z.object({
  checkedAt: instant,
  notified: z.number().int(),
  deferredForQuietHours: z.number().int(),
});

export type DeadlineItem = z.infer<typeof deadlineItem>;
export type DeadlineList = z.infer<typeof deadlineList>;
export type RuleDefinition = z.infer<typeof ruleDefinition>;
export type RuleView = z.infer<typeof ruleView>;
export type Settings = z.infer<typeof settingsShape>;
export type SettingsUpdate = z.infer<typeof settingsUpdate>;
