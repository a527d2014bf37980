// What discord.js puts in `data` for a message we rendered (it adds tts and enforce_nonce).
import type { DiscordMessage } from '../../src/render/discord.ts'

export function wireData(message: DiscordMessage): Record<string, unknown> {
  return {
    tts: false,
    enforce_nonce: false,
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
    ...(message.flags ? { flags: message.flags } : {}),
  }
}
