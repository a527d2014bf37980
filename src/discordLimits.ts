// Every number Discord enforces that we must respect, in one place.
// Sources: discord.com/developers/docs (Message, Embed limits, Application Commands, Components).

export const discordLimits = {
  messageContent: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name, over all embeds. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionStringMax: 6000,
  modalTitle: 45,
  /** A label component's text, and a text input's label. */
  labelText: 45,
  labelDescription: 100,
  textInputValue: 4000,
  /** An interaction must be acknowledged within 3 s; its token lives 15 min. */
  interactionAckMs: 3000,
  interactionTokenMs: 15 * 60 * 1000,
} as const
