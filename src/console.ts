// The local console: the bot's commands typed in a terminal, answered by the same handlers and
// rendered for a terminal. What a new user without a Discord token sees first.
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { commands, findCommand } from '../commands/index.ts'
import type { CommandContext, CommandOptions } from '../commands/command.ts'
import { ASK_PAGE_SIZE } from '../commands/ask.ts'
import type { Coverage } from './coverage.ts'
import { UserFacingError } from './errors.ts'
import { cleanInput } from './input.ts'
import type { Logger } from './log.ts'
import { ansi, renderTerminal, type TerminalStyle } from './render/terminal.ts'
import type { Reply } from './replies.ts'
import { loggedAnswer } from './store/fromReply.ts'
import type { QuestionLog } from './store/questionLog.ts'

export interface ConsoleOptions {
  coverage: Coverage
  input: Readable
  output: Writable
  logger?: Logger
  /** Adds one article from a link (/add); absent: /add says it is not available. */
  ingest?: CommandContext['ingest']
  color?: boolean
  /** Terminal width to wrap answers at (none: no wrapping). */
  width?: number
  /** Prompt and greeting; off when input is not a terminal (tests, pipes). */
  interactive?: boolean
  /** Where questions and /good, /bad are kept (npm start); /gaps and /stats read it. */
  questionLog?: QuestionLog
}

/** The first string option of each command takes the rest of the line: "/ask Who…?". */
const MAIN_OPTION: Record<string, string> = { ask: 'question', compare: 'question', leader: 'name', excerpt: 'query', add: 'url', gaps: 'days', stats: 'days', bad: 'comment' }
/** Options typed as name:value. Only these names: "https://…" in /add is a link, not an option called https. */
const OPTION = /(?:^|\s)(question|private|since|source|name|query|url|offset|days):(\S+)/g
const CONSOLE_ONLY = ['/more', '/good', '/bad', '/quit']
/** Who the console's member is, for the question log (hashed like any member). */
const CONSOLE_MEMBER = 'console'

/** Parses "/excerpt troops source:004.txt" into a command name and its options. */
export function parseConsoleLine(line: string): { name: string; options: CommandOptions } | undefined {
  const trimmed = line.trim()
  if (!trimmed) return undefined
  // What people type at a prompt they do not know yet.
  if (/^(help|\?|commands)$/i.test(trimmed)) return { name: 'help', options: {} }
  if (!trimmed.startsWith('/')) return { name: 'ask', options: { question: trimmed } }
  const [, name = '', rest = ''] = /^\/(\S*)\s*(.*)$/s.exec(trimmed) ?? []
  // /bad's text is free prose ("it said 10:30, not 11:00"): no key:value options in it.
  if (name.toLowerCase() === 'bad') return { name: 'bad', options: rest.trim() ? { comment: rest.trim() } : {} }
  const options: CommandOptions = {}
  const main = MAIN_OPTION[name.toLowerCase()]
  // Discord shows a filled-in option as "question: …", and people type it that way: the name
  // is not part of the question (nor its first word an option of its own, as "question:Who"),
  // after other options too ("/ask since:7d question: …"), but not in the middle of the text.
  const label = main ? new RegExp(`(?:^|\\s)${main}:\\s*`, 'i').exec(rest) : null
  const onlyOptionsBefore = label && rest.slice(0, label.index).replace(OPTION, ' ').trim() === ''
  const body = label && onlyOptionsBefore ? `${rest.slice(0, label.index)} ${rest.slice(label.index + label[0].length)}` : rest
  const free = body.replace(OPTION, (_m, key: string, value: string) => {
    options[key] = value === 'true' ? true : value === 'false' ? false : value
    return ' '
  })
  if (main && free.trim()) options[main] = free.trim()
  return { name: name.toLowerCase(), options }
}

export interface ConsoleSession {
  /** Resolves when input has ended and every answer has been printed. */
  closed: Promise<void>
  close(): void
}

export function startConsole({ coverage, input, output, logger, ingest, color = false, width, interactive = false, questionLog }: ConsoleOptions): ConsoleSession {
  const style: TerminalStyle | undefined = color ? ansi : undefined
  const context: CommandContext = { coverage, userId: CONSOLE_MEMBER, canManageServer: true, ...(questionLog ? { questionLog } : {}), ...(ingest ? { ingest } : {}) }
  let lastQuestion: { question: string; offset: number; since?: string } | undefined
  /** The last answer the log kept, for /good and /bad. */
  let lastLogged: { id: string; question: string } | undefined

  const completer = (line: string): [string[], string] => {
    const leader = /^\/leader\s+(.*)$/i.exec(line)
    if (leader) {
      const names = coverage.suggestPeople(leader[1]!).map((p) => `/leader ${p.name}`)
      return [names, line]
    }
    const names = [...commands.filter((c) => !c.definition.type || c.definition.type === 1).map((c) => `/${c.definition.name}`), ...CONSOLE_ONLY]
    return [names.filter((n) => n.startsWith(line)), line]
  }
  const rl = createInterface({ input, output, terminal: interactive, completer, prompt: 'coverage-bot> ' })
  const print = (text: string) => output.write(`${text}\n\n`)

  if (interactive) {
    print(
      [
        `coverage-bot: ${coverage.articles.length} articles, ${coverage.passages.length} passages from ${coverage.dir}`,
        'Type a question, or /help. Try: Who will send troops to Ukraine?  ·  /leader merz  ·  /sources',
      ].join('\n'),
    )
    rl.prompt()
  }

  // Lines are answered one at a time, in order: "/more" must see the answer before it.
  let queue = Promise.resolve()
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      const parsed = parseConsoleLine(line)
      if (parsed) {
        if (parsed.name === 'quit' || parsed.name === 'exit') return rl.close()
        print(await answer(parsed.name, parsed.options))
      }
      if (interactive) rl.prompt()
    })
  })
  const closed = new Promise<void>((resolve) => rl.on('close', () => queue.then(() => resolve())))

  async function answer(name: string, options: CommandOptions): Promise<string> {
    try {
      if (name === 'more') {
        if (!lastQuestion) return 'Ask a question first; /more shows further passages of its answer.'
        lastQuestion.offset += ASK_PAGE_SIZE
        options = { question: lastQuestion.question, offset: lastQuestion.offset, ...(lastQuestion.since ? { since: lastQuestion.since } : {}) }
        name = 'ask'
      }
      if (name === 'good' || name === 'bad') return rate(name === 'good' ? 'up' : 'down', options.comment)
      const command = findCommand(name)
      if (!command || command.definition.type === 3) throw new UserFacingError('UNKNOWN_COMMAND', `There is no /${name} command. Type /help to see them.`)
      const started = performance.now()
      const reply: Reply = await command.run(options, context)
      const logged = questionLog && options.offset === undefined ? loggedAnswer(reply) : undefined
      if (logged && questionLog) {
        const id = questionLog.recordQuestion({ via: 'console', memberId: CONSOLE_MEMBER, command: name, ...logged, latencyMs: performance.now() - started })
        lastLogged = { id, question: logged.question }
      }
      if (reply.kind === 'answer' && name === 'ask' && options.offset === undefined) {
        lastQuestion = reply.answer.answered ? { question: reply.answer.question, offset: 0, ...(reply.since ? { since: reply.since.text } : {}) } : undefined
      }
      return renderTerminal(reply, { style, width })
    } catch (error) {
      if (error instanceof UserFacingError) return renderTerminal({ kind: 'notice', tone: 'error', message: error.message }, { style })
      logger?.error({ err: error, command: name }, 'console command failed')
      return renderTerminal({ kind: 'notice', tone: 'error', message: 'Sorry, something went wrong. Please try again.' }, { style })
    }
  }

  /** /good and /bad [what you were looking for]: 👍 or 👎 on the last answer, as the buttons do on Discord. */
  function rate(vote: 'up' | 'down', rawComment: CommandOptions[string]): string {
    if (!questionLog) return renderTerminal({ kind: 'notice', tone: 'error', message: 'The question log is not kept here, so there is nothing to rate.' }, { style })
    if (!lastLogged) return renderTerminal({ kind: 'notice', tone: 'info', message: 'Ask a question first; /good and /bad rate its answer.' }, { style })
    const comment = vote === 'down' && rawComment !== undefined && String(rawComment).trim() ? cleanInput(rawComment, 'comment') : undefined
    questionLog.recordFeedback({ questionId: lastLogged.id, memberId: CONSOLE_MEMBER, vote, ...(comment ? { comment } : {}) })
    const message = `Noted: ${vote === 'up' ? '👍' : '👎'} on “${lastLogged.question}”${comment ? `, with “${comment}”` : ''}.`
    return renderTerminal({ kind: 'notice', tone: 'info', message }, { style })
  }

  return { closed, close: () => rl.close() }
}
