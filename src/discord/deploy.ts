// Registers the slash commands with Discord: to one server when DISCORD_GUILD_ID is set (instant),
// else globally (can take a while to show up). Run as `npm run deploy`.
import { pathToFileURL } from 'node:url'
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js'
import type { Command } from '../../commands/command.ts'
import { commands as allCommands } from '../../commands/index.ts'
import { ConfigError, loadDotenv, readConfig, type Config } from '../config.ts'
import { createLogger, type Logger } from '../log.ts'

export interface DeployOptions {
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>
  commands: readonly Pick<Command, 'definition'>[]
  logger: Logger
}

/** PUTs every command definition (replacing what was there) and returns what Discord registered. */
export async function deployCommands({ config, commands, logger }: DeployOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const { discordToken, discordClientId, discordGuildId, discordApiUrl } = config
  const missing = [!discordToken && 'DISCORD_TOKEN', !discordClientId && 'DISCORD_CLIENT_ID'].filter(Boolean)
  if (missing.length || !discordToken || !discordClientId) {
    throw new ConfigError(missing.map((name) => `${name} is required to deploy commands (see .env.example)`))
  }
  const route = discordGuildId
    ? Routes.applicationGuildCommands(discordClientId, discordGuildId)
    : Routes.applicationCommands(discordClientId)
  const rest = new REST({ api: discordApiUrl }).setToken(discordToken)
  const body = commands.map((command) => command.definition)
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult
  logger.info(
    { scope: discordGuildId ? `guild ${discordGuildId}` : 'global', commands: registered.map((c) => c.name) },
    `deployed ${registered.length} commands`,
  )
  return registered
}

async function main(): Promise<void> {
  loadDotenv() // .env first: readConfig() reads process.env
  try {
    const config = readConfig()
    await deployCommands({ config, commands: allCommands, logger: createLogger(config.logLevel) })
  } catch (error) {
    // A clear sentence, not a stack: the usual causes are a missing variable or a bad token.
    const reason =
      error instanceof ConfigError
        ? error.message
        : `Could not deploy commands: ${error instanceof Error ? error.message : String(error)}`
    process.stderr.write(`${reason}\n`)
    process.exitCode = 1
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
