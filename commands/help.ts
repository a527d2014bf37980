import type { Command } from './command.ts'

const help: Command = {
  definition: { name: 'help', description: 'How to use coverage-bot' },
  visibility: () => 'ephemeral',
  run(_options, { coverage }) {
    const person = coverage.suggestPeople('')[0]?.name
    return {
      kind: 'help',
      commands: [
        { usage: '/ask question:<text> [private:true] [since:<7d|2025-08-18>]', description: 'The answer quoted from the articles, with numbered citations and who reported it first. "More" shows further passages, "Share" posts a private answer to the channel. since: searches only articles published since then.' },
        { usage: '/compare question:<text> [since:<7d|2025-08-18>]', description: 'The best passage from each outlet, side by side, newest first, and the outlets that do not report it.' },
        { usage: '/leader name:<name>', description: 'Who a leader is in the coverage: roles, where they are mentioned, what they said. Any spelling works.' },
        { usage: '/excerpt query:<text> [source:<article>]', description: 'One cited passage, posted to the channel to share.' },
        { usage: '/sources', description: 'The articles the answers come from.' },
        { usage: '/add url:<link>', description: 'Add one article from a link now (members who can manage the server).' },
        { usage: 'Apps → Find coverage (on a message)', description: 'Ask the coverage about someone’s message.' },
        { usage: '👍 / 👎 on an answer', description: 'Tell the server whether the answer helped; 👎 asks (optionally) what you were looking for.' },
        { usage: '/gaps [days] · /stats [days]', description: 'For members who can manage the server: what the coverage could not answer, and how the bot is used.' },
      ],
      examples: [
        '/ask Who will send troops to Ukraine?',
        ...(person ? [`/leader ${person}`] : []),
        '/excerpt security guarantees',
      ],
    }
  },
}

export default help
