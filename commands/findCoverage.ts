import { ApplicationCommandType } from 'discord.js'
import type { Command } from './command.ts'
import ask from './ask.ts'

/** Message context menu: run the selected message's text as a question. */
const findCoverage: Command<{ message?: string }> = {
  definition: { name: 'Find coverage', type: ApplicationCommandType.Message },
  visibility: () => 'ephemeral',
  run({ message }, context) {
    return ask.run({ question: message ?? '' }, context)
  },
}

export default findCoverage
