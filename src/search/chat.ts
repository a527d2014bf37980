// Not every message to /ask is a question about the coverage. People greet a bot ("gm everyone,
// how's it going") and ask it about itself ("what commands do you even have", "are you a bot?").
// Ranked like questions, they matched passages on a stray word ("going", "commands" ~ "requires")
// and were answered with one. They get a reply about the bot instead, before any ranking.

import type { ChatKind } from '../types.ts'

/** Words of greetings, thanks and small talk; a message made only of these (and one of GREETS) is a greeting. */
const SMALL_TALK = new Set(
  `hi hello hey heya hiya howdy yo sup gm gn morning afternoon evening night good everyone everybody all
  guys folks people there again thanks thank thx ty cheers much you u ya bot lol lmao ok okay cool nice
  so very lot a great bye goodbye cya later how how's hows is are it going doing today what's whats up and o/ wave`.split(/\s+/),
)
const GREETS = /\b(hi|hello|hey|heya|hiya|howdy|yo|sup|gm|gn|morning|evening|thanks|thank|thx|ty|cheers|bye|goodbye|cya|how's it going|hows it going|how are (you|u)|what'?s up)\b/

/** Questions about the bot itself: what it is, what it can do, how to use it. */
const ABOUT_BOT = [
  /\b(are|r) (you|u) (a |an )?(bot|robot|human|real|person|ai|machine)\b/,
  /\bwho (are|r) (you|u)\b|\bwhat are (you|u)\b/,
  /\bwhat (can|do) (you|u) do\b/,
  /\b(what|which) (commands|cmds)\b|\bcommands (do|does|can) (you|u|it|this bot|the bot)\b/,
  /\bhow (do|does|can|should) (i|we|one) use (you|u|this|it|the bot|this bot)\b/,
  /^\s*\/?(help|commands)\s*[?!.]*\s*$/,
]

export function chatKind(message: string): ChatKind | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'")
  if (ABOUT_BOT.some((pattern) => pattern.test(text))) return 'about-bot'
  const words = text.split(/[^a-z0-9'/]+/).filter(Boolean)
  if (words.length > 0 && words.length <= 8 && GREETS.test(text) && words.every((w) => SMALL_TALK.has(w))) return 'greeting'
  return undefined
}

/**
 * Before the question: a greeting or a word to the bot ("hey bot, …", "bot: …", "ok so …"), a conjunction
 * carried over from the conversation ("and …", "but …"), an apology for asking ("sorry if this is
 * a dumb question but …", "quick question: …").
 */
const OPENING =
  /^\s*(?:(?:hi|hello|hey|heya|hiya|howdy|yo|gm|good (?:morning|afternoon|evening)|ok|okay|so|and|but|also|um+|uh+|just curious|sorry(?: if this is a (?:dumb|stupid|silly|basic) question)?)\b(?:\s+(?:there|bot|coverage-?bot|guys|all|everyone|folks))?\s*[,!.:;]*\s+|(?:(?:quick|dumb|stupid|silly|random) )?question\s*(?:[:,]\s*|,? but\s+)|@?(?:coverage-?)?bot\s*[,:]\s*|(?:but|and)\s+)+/i
/** Asking to be told, around what is asked: "can you tell me …", "do you know …", "any idea why …". */
const REQUEST =
  /^\s*(?:please |pls |plz )?(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:tell|show|let) me(?: know)?|do (?:you|u) know|(?:does )?any(?:one|body) know|i(?:['’]?d| would)? (?:want|wanna|like|need) to know|i(?:['’]m| am| was)? wonder(?:ing)?(?: if)?|(?:please )?tell me|any (?:idea|clue)s?(?: (?:on|about|of))?)\b\s*[,:]?\s+/i
/** Thanks or please after it: "… thanks", "…? thx!". */
const CLOSING = /[\s,.!]+(?:thanks|thank (?:you|u)|thx|ty|cheers|please|pls|plz)(?: (?:a lot|so much|in advance))?[\s!.]*$/i
/** Chat's own words, wherever they stand: never what a question about the news is about. */
const FILLERS = /\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|xd|tbh|imo|imho|btw|idk|ngl|smh|omg|pls|plz|thx)\b/gi
/** Emoji and other symbols after the last word or question mark. */
const TRAILING_SYMBOLS = /[^\p{L}\p{N}?!.)"'’\]]+$/u

/**
 * The question itself, without the small talk around it. Ranked with it, "hey bot, …" matched
 * passages on "bot" and "hey" counted as a word the coverage lacks (3 to 5 points of the sets'
 * questions lost), "… thanks", "… lol" and "any idea …" likewise. Only the frame goes: a message
 * that is nothing else is left as it is (chatKind answers it).
 */
export function withoutSmallTalk(message: string): string {
  const question = message
    .replace(TRAILING_SYMBOLS, '')
    .replace(FILLERS, ' ')
    .replace(OPENING, '')
    .replace(REQUEST, '')
    .replace(CLOSING, '')
    .replace(/\s+([?!.,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
  return question || message
}
