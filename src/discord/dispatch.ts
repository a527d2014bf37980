// Interaction → command → Discord reply. The one error boundary of the bot: every interaction is
// acknowledged exactly once and in time, errors become short ephemeral notices, and nothing that
// goes wrong with one interaction can reach the client's event loop.
import { setTimeout as sleep } from 'node:timers/promises'
import {
  ApplicationCommandOptionType,
  ComponentType,
  DiscordAPIError,
  MessageFlags,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js'
import type { Choice, Command, CommandContext, CommandOptions } from '../../commands/command.ts'
import type { Coverage } from '../coverage.ts'
import { discordLimits } from '../discordLimits.ts'
import { UserFacingError } from '../errors.ts'
import { cleanInput } from '../input.ts'
import type { Logger } from '../log.ts'
import { renderDiscordReply, renderFeedbackModal, truncate, type DiscordMessage } from '../render/discord.ts'
import type { Reply } from '../replies.ts'
import { loggedAnswer } from '../store/fromReply.ts'
import type { QuestionLog } from '../store/questionLog.ts'
import { AnswerStore } from './answerStore.ts'
import { RateLimit } from './rateLimit.ts'
import { FEEDBACK_COMMENT_FIELD, parseAskButtonId, parseFeedbackButtonId, parseFeedbackModalId } from './customIds.ts'

export interface DispatcherOptions {
  commands: readonly Command[]
  coverage: Coverage
  logger: Logger
  /** Per-member token bucket for commands (buttons and autocomplete never count). */
  rateLimit: { burst: number; perSeconds: number }
  /** How long a handler may run before we defer: Discord wants the first response within 3 s. */
  deferAfterMs?: number
  answers?: AnswerStore
  now?: () => number
  /** True while the bot shuts down: commands and buttons then get a short "restarting" notice. */
  isClosing?: () => boolean
  /** Where questions and 👍/👎 are recorded; without it, replies carry no feedback buttons. */
  questionLog?: QuestionLog
  /** Adds an article from a link, for /add (src/ingest). */
  ingest?: CommandContext['ingest']
}

export type Outcome =
  | 'replied'
  | 'deferred'
  | 'updated'
  | 'modal'
  | 'autocomplete'
  | 'rate_limited'
  | 'user_error'
  | 'error'
  | 'expired'
  | 'closing'
  | 'duplicate'
  | 'ignored'

const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.'
const EXPIRED = 'This answer has expired. Please ask again with /ask.'
const UNKNOWN_BUTTON = 'This button no longer works. Please run the command again.'
const RESTARTING = 'coverage-bot is restarting. Please ask again in a minute.'
const THANKS_UP = 'Thanks for the 👍. Click 👎 instead if you change your mind.'
const THANKS_DOWN = 'Thanks. Your 👎 is noted; the server’s admins see it in /gaps.'
const NO_MORE = 'There are no more passages for this question.'
const SHARE_OWN = 'Only the member who asked can share this answer.'
const SHARED = 'This answer is already in the channel.'
const OLD_OPTIONS = 'This command has changed since Discord last showed it to you. Please run it again.'
/** Interaction ids remembered, to drop one Discord delivers twice (a second run would log the question twice). */
const RECENT_IDS = 1_000
/**
 * Discord's answers when the interaction can no longer be answered: its 3 s (or, once deferred,
 * 15 min) have passed, or it was already answered. Telling the member anything is then impossible.
 */
const GONE: ReadonlySet<unknown> = new Set([
  RESTJSONErrorCodes.UnknownInteraction, // 10062
  RESTJSONErrorCodes.UnknownWebhook, // 10015
  RESTJSONErrorCodes.InvalidWebhookToken, // 50027
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, // 40060
])
/** The command whose reply pages and shares; its run() accepts { question, private, offset }. */
const ASK = 'ask'

export type Dispatch = (interaction: Interaction) => Promise<Outcome>

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { coverage, logger, questionLog, deferAfterMs = 1500, now = Date.now, isClosing = () => false } = options
  const commands = new Map(options.commands.map((command) => [command.definition.name, command]))
  const answers = options.answers ?? new AnswerStore({ now })
  const rateLimit = new RateLimit({ ...options.rateLimit, now })

  const contextFor = (interaction: Interaction): CommandContext => ({
    coverage,
    userId: interaction.user.id,
    canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    ...(questionLog ? { questionLog } : {}),
    ...(options.ingest ? { ingest: options.ingest } : {}),
  })

  function commandFor(name: string): Command {
    const command = commands.get(name)
    if (!command) throw unknownCommand(name)
    return command
  }

  /** Renders a reply; answers get a store entry so their More/Share buttons can find them again. */
  function render(reply: Reply, ephemeral: boolean, userId: string, answerId?: string, feedbackId?: string): DiscordMessage {
    if (reply.kind === 'answer' && reply.answer.answered && !answerId) {
      answerId = answers.put({ question: reply.answer.question, userId, ephemeral, ...(feedbackId ? { feedbackId } : {}), ...(reply.since ? { since: reply.since.text } : {}) })
    }
    return renderDiscordReply(reply, { ephemeral, answerId, ...(feedbackId ? { feedbackId } : {}) })
  }

  /**
   * Replies directly when `produce` is quick; otherwise acknowledges first (`acknowledge`) and
   * sends the message with `finish` once it is ready. The race is against a timer, so a handler
   * that blocks the event loop for seconds can still miss the 3 s window: handlers must stay fast.
   */
  async function respondInTime(
    produce: () => DiscordMessage | Promise<DiscordMessage>,
    quick: (message: DiscordMessage) => Promise<unknown>,
    acknowledge: () => Promise<unknown>,
    finish: (message: DiscordMessage) => Promise<unknown>,
  ): Promise<'quick' | 'deferred'> {
    const work = Promise.resolve().then(produce)
    const timer = new AbortController()
    const tooSlow = sleep(deferAfterMs, 'too slow' as const, { signal: timer.signal }).catch(() => 'aborted' as const)
    const first = await Promise.race([work, tooSlow]).finally(() => timer.abort())
    if (first !== 'too slow') {
      await quick(await work)
      return 'quick'
    }
    await acknowledge()
    await finish(await work)
    return 'deferred'
  }

  /** A command, or a share (a new public message), takes one of the member's tokens; with none left, they are told how long to wait. */
  async function rateLimited(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction): Promise<boolean> {
    const wait = rateLimit.take(interaction.user.id)
    if (wait <= 0) return false
    const seconds = Math.ceil(wait / 1000)
    await interaction.reply(replyOptions(notice('info', `Please wait ${seconds} more second${seconds === 1 ? '' : 's'} before your next question.`)))
    return true
  }

  async function runCommand(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ): Promise<Outcome> {
    const started = performance.now()
    const command = commandFor(interaction.commandName)
    if (await rateLimited(interaction)) return 'rate_limited'
    const commandOptions = interaction.isMessageContextMenuCommand()
      ? { message: interaction.targetMessage.content }
      : readOptions(interaction, command)
    const ephemeral = command.visibility(commandOptions) === 'ephemeral'
    // A question for the log: kept the moment its reply is ready (a push into memory, no I/O),
    // its id on the reply's 👍/👎 buttons. Answer time: the interaction arriving → the reply ready.
    const produce = async () => {
      const reply = await command.run(commandOptions, contextFor(interaction))
      const answer = questionLog && loggedAnswer(reply)
      const id = answer && questionLog.newId()
      // Leader cards are logged (most looked-up people) but carry no feedback buttons.
      const message = render(reply, ephemeral, interaction.user.id, undefined, reply.kind === 'leader' ? undefined : id)
      if (answer && id) {
        questionLog.recordQuestion(
          {
            via: 'discord',
            ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
            ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
            memberId: interaction.user.id,
            command: command.definition.name,
            ...answer,
            latencyMs: performance.now() - started,
          },
          id,
        )
      }
      return message
    }
    const how = await respondInTime(
      produce,
      (message) => interaction.reply(replyOptions(message)),
      () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      (message) => interaction.editReply(editOptions(message)),
    )
    return how === 'quick' ? 'replied' : 'deferred'
  }

  /** 👍 is noted with a thank-you only the clicker sees; 👎 is noted and opens the optional form. */
  async function pressFeedback(interaction: ButtonInteraction, vote: 'up' | 'down', questionId: string): Promise<Outcome> {
    if (!questionLog) throw new UserFacingError('EXPIRED', UNKNOWN_BUTTON)
    questionLog.recordFeedback({ questionId, memberId: interaction.user.id, vote })
    if (vote === 'down') {
      await interaction.showModal(renderFeedbackModal(questionId))
      return 'modal'
    }
    await interaction.reply(replyOptions(notice('info', THANKS_UP)))
    return 'replied'
  }

  /** The 👎 form, sent: its text (if any) goes with the member's 👎. */
  async function submitModal(interaction: ModalSubmitInteraction): Promise<Outcome> {
    const questionId = parseFeedbackModalId(interaction.customId)
    if (!questionId || !questionLog) throw new UserFacingError('EXPIRED', UNKNOWN_BUTTON)
    // A form without its text field (an older form, a forged one) is a 👎 with no comment.
    const field = interaction.fields.fields.get(FEEDBACK_COMMENT_FIELD)
    const raw = field?.type === ComponentType.TextInput && typeof field.value === 'string' ? field.value : ''
    // Empty is fine (the field is optional): the 👎 alone was recorded on the click.
    const comment = raw.trim() ? cleanInput(raw, 'comment') : undefined
    questionLog.recordFeedback({ questionId, memberId: interaction.user.id, vote: 'down', ...(comment ? { comment } : {}) })
    await interaction.reply(replyOptions(notice('info', THANKS_DOWN)))
    return 'replied'
  }

  async function pressButton(interaction: ButtonInteraction): Promise<Outcome> {
    const feedback = parseFeedbackButtonId(interaction.customId)
    if (feedback) return pressFeedback(interaction, feedback.vote, feedback.questionId)
    const button = parseAskButtonId(interaction.customId)
    // Still answered, or Discord shows "This interaction failed": e.g. a button from an older version.
    if (!button) throw new UserFacingError('EXPIRED', UNKNOWN_BUTTON)
    const stored = answers.get(button.answerId)
    if (!stored) throw new UserFacingError('EXPIRED', EXPIRED)
    const ask = commandFor(ASK)
    const page = async (ephemeral: boolean) => {
      const reply = await ask.run(
        { question: stored.question, private: ephemeral, offset: button.offset, ...(stored.since ? { since: stored.since } : {}) },
        contextFor(interaction),
      )
      // A page past the end (a forged offset, or fewer passages after a reload) is no "not covered".
      if (reply.kind === 'answer' && button.offset > 0 && reply.answer.results.length === 0) throw new UserFacingError('EXPIRED', NO_MORE)
      return render(reply, ephemeral, stored.userId, button.answerId, stored.feedbackId)
    }
    const onPrivateMessage = interaction.message.flags.has(MessageFlags.Ephemeral)

    if (button.action === 'share') {
      // Only from the asker's own private answer: anyone can send a button's id, and each share
      // is a new public message.
      if (stored.userId !== interaction.user.id) throw new UserFacingError('FORBIDDEN', SHARE_OWN)
      if (!onPrivateMessage) throw new UserFacingError('FORBIDDEN', SHARED)
      if (await rateLimited(interaction)) return 'rate_limited'
      // A new public message in the channel; the private one stays as it was.
      const how = await respondInTime(
        () => page(false),
        (message) => interaction.reply(replyOptions(message)),
        () => interaction.deferReply(),
        (message) => interaction.editReply(editOptions(message)),
      )
      return how === 'quick' ? 'replied' : 'deferred'
    }

    // More: page in place when the message is the clicker's own (or private, so only they see it);
    // on someone else's public answer, show the next passages to the clicker alone.
    const inPlace = stored.userId === interaction.user.id || onPrivateMessage
    if (!inPlace) {
      const how = await respondInTime(
        () => page(true),
        (message) => interaction.reply(replyOptions(message)),
        () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
        (message) => interaction.editReply(editOptions(message)),
      )
      return how === 'quick' ? 'replied' : 'deferred'
    }
    // The page keeps the message's own visibility: a shared copy of a private answer is public.
    await respondInTime(
      () => page(onPrivateMessage),
      (message) => interaction.update(updateOptions(message)),
      () => interaction.deferUpdate(),
      (message) => interaction.editReply(editOptions(message)),
    )
    return 'updated'
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<Outcome> {
    const command = commands.get(interaction.commandName)
    // No option marked focused (Discord always marks one): nothing to suggest, and no error.
    const focused = interaction.options.data.find((option) => option.focused)
    const choices = (focused && command?.autocomplete?.(focused.name, String(focused.value ?? ''), contextFor(interaction))) || []
    await interaction.respond(clampChoices(choices))
    return 'autocomplete'
  }

  async function answerError(interaction: Interaction, error: unknown, log: Logger): Promise<Outcome> {
    if (error instanceof DiscordAPIError && GONE.has(error.code)) {
      // Nothing to retry and no one to apologise to; each interaction has its own token, so others are unaffected.
      log.warn({ error: describeError(error, interaction.token) }, 'interaction expired before it was answered')
      return 'expired'
    }
    const userFacing = error instanceof UserFacingError
    if (!userFacing) log.error({ error: describeError(error, interaction.token) }, 'interaction failed')
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([])
      } else if (interaction.isRepliable()) {
        await sendNotice(interaction, userFacing ? error.message : APOLOGY)
      }
    } catch (replyError) {
      log.warn({ error: describeError(replyError, interaction.token) }, 'could not tell the member about the error')
    }
    return userFacing ? 'user_error' : 'error'
  }

  const seen = new Set<string>()

  return async function dispatch(interaction: Interaction): Promise<Outcome> {
    const started = now()
    const log = logger.child({
      interactionId: interaction.id,
      command: describeInteraction(interaction),
      userId: interaction.user.id,
    })
    let outcome: Outcome = 'ignored'
    if (seen.has(interaction.id)) {
      log.warn({ outcome: 'duplicate' }, 'interaction delivered twice; the repeat is dropped')
      return 'duplicate'
    }
    seen.add(interaction.id)
    if (seen.size > RECENT_IDS) seen.delete(seen.values().next().value!)
    try {
      if (interaction.isAutocomplete()) outcome = await suggest(interaction)
      else if (isClosing() && interaction.isRepliable()) {
        await interaction.reply(replyOptions(notice('info', RESTARTING)))
        outcome = 'closing'
      } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
        outcome = await runCommand(interaction)
      } else if (interaction.isButton()) outcome = await pressButton(interaction)
      else if (interaction.isModalSubmit()) outcome = await submitModal(interaction)
      // Anything else the bot never sends (a select menu, a user context menu) still gets an answer.
      else if (interaction.isRepliable()) throw interaction.isCommand() ? unknownCommand(interaction.commandName) : new UserFacingError('EXPIRED', UNKNOWN_BUTTON)
    } catch (error) {
      outcome = await answerError(interaction, error, log)
    }
    log.info({ latencyMs: now() - started, outcome }, 'interaction')
    return outcome
  }
}

/** Ephemeral notice, sent whichever way is still open for this interaction. */
async function sendNotice(interaction: RepliableInteraction, message: string): Promise<void> {
  const payload = notice('error', message)
  // A deferred command shows "thinking…" until edited; a deferred button has no placeholder.
  if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
    await interaction.editReply(editOptions(payload))
  } else if (interaction.deferred || interaction.replied) {
    await interaction.followUp(replyOptions(payload))
  } else {
    await interaction.reply(replyOptions(payload))
  }
}

function unknownCommand(name: string): UserFacingError {
  return new UserFacingError('UNKNOWN_COMMAND', `I don't know the command “${name}”. Try /help.`)
}

function notice(tone: 'info' | 'error', message: string): DiscordMessage {
  return renderDiscordReply({ kind: 'notice', tone, message }, { ephemeral: true })
}

/**
 * The options as the command defines them. A registration Discord still shows from an older
 * version can send an option the command no longer has, or of another type ("since" as a
 * number): the member is asked to run it again rather than the handler meeting a number.
 */
function readOptions(interaction: ChatInputCommandInteraction, command: Command): CommandOptions {
  const defined = new Map(('options' in command.definition ? (command.definition.options ?? []) : []).map((o) => [o.name, o.type]))
  const options: CommandOptions = {}
  for (const option of interaction.options.data) {
    const type = defined.get(option.name)
    if (type === undefined || option.type !== type || typeof option.value !== VALUE_TYPES[type]) throw new UserFacingError('BAD_OPTION', OLD_OPTIONS)
    options[option.name] = option.value as string | number | boolean
  }
  return options
}

/** The JavaScript type of each option type the commands use. */
const VALUE_TYPES: Record<number, string> = {
  [ApplicationCommandOptionType.String]: 'string',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
}

function clampChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((choice) => choice.name && choice.value)
    .slice(0, discordLimits.autocompleteChoices)
    .map((choice) => ({
      name: truncate(choice.name, discordLimits.choiceName),
      // A value must reach the command unchanged or not at all; a cut one is still ≤ 100, and is only an example.
      value: choice.value.slice(0, discordLimits.choiceValue),
    }))
}

function describeInteraction(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName
  if (interaction.isMessageComponent() || interaction.isModalSubmit()) return interaction.customId.split(':').slice(0, 2).join(':')
  return `type ${(interaction as Interaction).type}`
}

/** Error fields for the log. Never the whole error: DiscordAPIError.url carries the interaction token. */
function describeError(error: unknown, token: string): Record<string, unknown> {
  const redact = (text: string) => text.replaceAll(token, '[redacted]')
  if (!(error instanceof Error)) return { message: redact(String(error)) }
  const { code, status } = error as { code?: unknown; status?: unknown }
  return { type: error.name, message: redact(error.message), code, status, stack: error.stack && redact(error.stack) }
}

// discord.js takes camelCase options and writes the API JSON itself.
function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.flags ? { flags: message.flags } : {}),
  }
}

/** Edits keep the flags the message was created with (ephemeral cannot change after the fact). */
function editOptions(message: DiscordMessage): InteractionEditReplyOptions {
  const { flags: _flags, ...rest } = replyOptions(message)
  return rest as InteractionEditReplyOptions
}

function updateOptions(message: DiscordMessage): InteractionUpdateOptions {
  const { flags: _flags, ...rest } = replyOptions(message)
  return rest as InteractionUpdateOptions
}
