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
  async run({ name }, { coverage }) {
    const query = cleanInput(name, 'name')
    // Right after a start the people may still be being read: wait for them (the bot defers meanwhile).
    await coverage.ready()
    const lookup = coverage.leader(query)
    const summaries = new Map(coverage.sources().map((a) => [a.source, a]))
    // A reload between the two calls could drop an article: it is then shown by file name only.
    const articles = (lookup.person?.articles ?? []).map((source) => summaries.get(source) ?? { source, title: '', passages: 0 })
    return { kind: 'leader', lookup, articles }
  },
  autocomplete(_option, typed, { coverage }) {
    return coverage.suggestPeople(typed).map((p) => ({ name: `${p.name} (${p.mentions} mentions)`, value: p.name }))
  },
}

export default leader
