// One assertion for "this message fits every Discord limit", shared by the renderer's unit
// tests and the end-to-end tests.
import { expect } from 'vitest'
import { discordLimits } from '../../src/discordLimits.ts'
import { embedsLength, type DiscordMessage } from '../../src/render/discord.ts'

export function expectWithinDiscordLimits(message: DiscordMessage): void {
  expect(message.allowed_mentions).toEqual({ parse: [] })
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(discordLimits.messageContent)
  expect(message.embeds.length).toBeLessThanOrEqual(discordLimits.embedsPerMessage)
  expect(embedsLength(message.embeds)).toBeLessThanOrEqual(discordLimits.embedTotal)
  for (const embed of message.embeds) {
    expect((embed.title ?? '') + (embed.description ?? '')).not.toBe('')
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedTitle)
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedDescription)
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(discordLimits.embedFooterText)
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedFields)
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0)
      expect(field.name.length).toBeLessThanOrEqual(discordLimits.embedFieldName)
      expect(field.value.length).toBeGreaterThan(0)
      expect(field.value.length).toBeLessThanOrEqual(discordLimits.embedFieldValue)
    }
  }
  const rows = message.components ?? []
  expect(rows.length).toBeLessThanOrEqual(discordLimits.actionRows)
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(discordLimits.buttonsPerRow)
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(discordLimits.customId)
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(discordLimits.buttonLabel)
    }
  }
}
