// The shape of a command module: its Discord definition (plain API JSON) and its handler.
// Handlers return a Reply (plain data) and never touch discord.js, so the bot, the local
// console and the CLI all run the same code.
import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js'
import type { Coverage } from '../src/coverage.ts'
import type { IngestOutcome } from '../src/ingest/ingest.ts'
import type { Reply } from '../src/replies.ts'
import type { QuestionLog } from '../src/store/questionLog.ts'

/** Option values as the handler receives them, by option name. */
export type CommandOptions = Record<string, string | boolean | number | undefined>

export interface CommandContext {
  coverage: Coverage
  /** Who is asking (Discord user id, or "console"). */
  userId: string
  /** Can this member manage the server? Gates /reload, /add, /gaps and /stats. */
  canManageServer: boolean
  /** The question log's reports, where a log is kept (the bot and the console). */
  questionLog?: QuestionReports
  /** Adds one article from a link (src/ingest); absent where links cannot be added. */
  ingest?: { add(url: string): Promise<IngestOutcome> }
}

export type QuestionReports = Pick<QuestionLog, 'gaps' | 'stats'>

export interface Choice {
  name: string
  value: string
}

export interface Command<Options extends CommandOptions = CommandOptions> {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody
  /** Who sees the reply: everyone in the channel, or only the member who ran it. */
  visibility(options: Options): 'public' | 'ephemeral'
  run(options: Options, context: CommandContext): Reply | Promise<Reply>
  /** Choices for the focused option while the member types (at most 25, names ≤ 100 chars). */
  autocomplete?(optionName: string, typed: string, context: CommandContext): Choice[]
}
