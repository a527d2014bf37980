// custom_id formats for the buttons on replies and the feedback form. The renderer builds them,
// the dispatcher parses them; both sides share this file so the two can never drift apart.
// Paging: `<id>` is a key into the dispatcher's answer store; the offset is the first result to show.
// Feedback: `<question>` is the id of the question in the question log.

export type AskButton = { action: 'more' | 'share'; answerId: string; offset: number }

export function askButtonId({ action, answerId, offset }: AskButton): string {
  return `ask:${action}:${answerId}:${offset}`
}

/** Parses `ask:more:<id>:<offset>` / `ask:share:<id>:<offset>`; undefined for anything else. */
export function parseAskButtonId(customId: string): AskButton | undefined {
  const match = /^ask:(more|share):([\w-]{1,40}):(\d{1,6})$/.exec(customId)
  if (!match) return undefined
  return { action: match[1] as AskButton['action'], answerId: match[2]!, offset: Number(match[3]) }
}

export type FeedbackButton = { vote: 'up' | 'down'; questionId: string }

export function feedbackButtonId({ vote, questionId }: FeedbackButton): string {
  return `fb:${vote}:${questionId}`
}

/** Parses `fb:up:<question>` / `fb:down:<question>`; undefined for anything else. */
export function parseFeedbackButtonId(customId: string): FeedbackButton | undefined {
  const match = /^fb:(up|down):([\w-]{1,40})$/.exec(customId)
  return match ? { vote: match[1] as FeedbackButton['vote'], questionId: match[2]! } : undefined
}

/** The 👎 form ("What were you looking for?") of one question, and its one text field. */
export function feedbackModalId(questionId: string): string {
  return `fb:why:${questionId}`
}

export function parseFeedbackModalId(customId: string): string | undefined {
  return /^fb:why:([\w-]{1,40})$/.exec(customId)?.[1]
}

export const FEEDBACK_COMMENT_FIELD = 'comment'
