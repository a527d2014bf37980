import { ApplicationCommandOptionType } from 'discord.js'
import { INPUT_MAX } from '../src/input.ts'
import type { Command } from './command.ts'

/** Passages per page of an answer; "More" shows the next page. */
export const ASK_PAGE_SIZE = 3

export type AskOptions = { question?: string; private?: boolean; offset?: number }

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
    ],
  },
  visibility: (options) => (options.private ? 'ephemeral' : 'public'),
  run({ question, offset = 0 }, { coverage }) {
    const answer = coverage.ask(question ?? '', { limit: ASK_PAGE_SIZE, offset })
    return { kind: 'answer', answer, offset, suggestions: answer.answered ? [] : coverage.suggestions() }
  },
}

export default ask
