// custom_id formats for the buttons on /ask replies. The renderer builds them, the dispatcher
// parses them; both sides share this file so the two can never drift apart.
// `<id>` is a key into the dispatcher's answer store; the offset is the first result to show.

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
