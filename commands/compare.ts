import { ApplicationCommandOptionType } from 'discord.js'
import { parseSince } from '../src/dates.ts'
import { INPUT_MAX } from '../src/input.ts'
import { SINCE_OPTION } from './ask.ts'
import type { Command } from './command.ts'

const compare: Command<{ question?: string; since?: string }> = {
  definition: {
    name: 'compare',
    description: 'How each outlet reports it: the best passage from each, side by side, newest first',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'What to compare, e.g. When will the talks resume?',
        required: true,
        max_length: INPUT_MAX.question,
      },
      SINCE_OPTION,
    ],
  },
  visibility: () => 'public',
  async run({ question, since }, { coverage }) {
    const from = since?.trim() ? parseSince(since) : undefined
    const questionVector = await coverage.questionVector(question ?? '')
    const comparison = coverage.compare(question ?? '', { questionVector, ...(from ? { since: from.ms } : {}) })
    return { kind: 'compare', comparison, ...(from ? { since: { text: from.text, label: from.label } } : {}) }
  },
}

export default compare
