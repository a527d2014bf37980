import { ApplicationCommandOptionType } from 'discord.js'
import { INPUT_MAX, cleanInput } from '../src/input.ts'
import type { Command } from './command.ts'

const leader: Command<{ name?: string }> = {
  definition: {
    name: 'leader',
    description: 'Who a leader is in the coverage: roles, mentions and what they said',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'name',
        description: 'Any spelling: Zelensky, macron, Nauseda…',
        required: true,
        autocomplete: true,
        max_length: INPUT_MAX.name,
      },
    ],
  },
  visibility: () => 'public',
  run({ name }, { coverage }) {
    return { kind: 'leader', lookup: coverage.leader(cleanInput(name, 'name')) }
  },
  autocomplete(_option, typed, { coverage }) {
    return coverage.suggestPeople(typed).map((p) => ({ name: `${p.name} (${p.mentions} mentions)`, value: p.name }))
  },
}

export default leader
