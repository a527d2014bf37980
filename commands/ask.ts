import { ApplicationCommandOptionType } from 'discord.js'
import { parseSince } from '../src/dates.ts'
import { INPUT_MAX } from '../src/input.ts'
import type { Command } from './command.ts'

/** Passages per page of an answer; "More" shows the next page. */
export const ASK_PAGE_SIZE = 3

export type AskOptions = { question?: string; private?: boolean; offset?: number; since?: string }

/** The `since` option of /ask and /compare: 7d, 24h, 2w or a date. */
export const SINCE_OPTION = {
  type: ApplicationCommandOptionType.String,
  name: 'since',
  description: 'Only articles published since: 7d, 24h, 2w or a date like 2025-08-18',
  max_length: 20,
} as const

const ask: Command<AskOptions> = {
  definition: {
    name: 'ask',
    description: 'Ask a question; get the answer quoted from the coverage, with citations',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'What do you want to know? e.g. Who will send troops to Ukraine?',
        required: true,
        max_length: INPUT_MAX.question,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        description: 'Only you see the answer (you can share it afterwards)',
      },
      SINCE_OPTION,
    ],
  },
  visibility: (options) => (options.private ? 'ephemeral' : 'public'),
  async run({ question, offset = 0, since }, { coverage }) {
    const from = since?.trim() ? parseSince(since) : undefined
    const questionVector = await coverage.questionVector(question ?? '')
    const answer = coverage.ask(question ?? '', { limit: ASK_PAGE_SIZE, offset, questionVector, ...(from ? { since: from.ms } : {}) })
    return {
      kind: 'answer',
      answer,
      offset,
      suggestions: answer.answered ? [] : coverage.suggestions(),
      reports: coverage.reportsOf(answer),
      ...(from ? { since: { text: from.text, label: from.label } } : {}),
    }
  },
}

export default ask
