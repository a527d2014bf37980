// Not every message to /ask is a question about the coverage. People greet a bot ("gm everyone,
// how's it going") and ask it about itself ("what commands do you even have", "are you a bot?").
// Ranked like questions, they matched passages on a stray word ("going", "commands" ~ "requires")
// and were answered with one. They get a reply about the bot instead, before any ranking.
// People also ask a bot for advice ("how do i get red wine out of a carpet", "any good ramen spots
// near kings cross"): news reports events and gives none, and on a stray word ("red carpet") the
// ranking found a confident passage about something else. They are told so, not answered.
// Nor can news tell the time or the weather right now ("what time is it in tokyo"); those are
// still ranked (Coverage.rank: the decision is fitted on what they match), and not answered.
// A question in letters the articles never use ("Кто отправит войска на Украину?" of English
// coverage) is searched (a name in Cyrillic is read as the articles spell it), but when it finds
// nothing, "the coverage does not say" would be untrue: it may well say, in its own language. It
// is asked to be put in the articles' language instead (Coverage.ask).

import type { ChatKind } from '../types.ts'

/** Words of greetings, thanks and small talk; a message made only of these (and one of GREETS) is a greeting. */
const SMALL_TALK = new Set(
  `hi hello hey heya hiya howdy yo sup gm gn morning afternoon evening night good everyone everybody all
  guys folks people there again thanks thank thx ty cheers much you u ya bot lol lmao ok okay cool nice
  so very lot a great bye goodbye cya later how how's hows is are was it going doing today what's whats up and o/ wave
  your ur day week weekend things been well fine tonight y'all yall happy monday tuesday wednesday thursday friday
  saturday sunday see soon tomorrow tmrw tmr 2moro`.split(/\s+/),
)
const WEEKDAY = '(mon|tues|wednes|thurs|fri|satur|sun)day'
const GREETS = new RegExp(String.raw`\b(hi|hello|hey|heya|hiya|howdy|yo|sup|gm|gn|morning|evening|thanks|thank|thx|ty|cheers|bye|goodbye|cya|how's it going|hows it going|how are (you|u)|how (are|r) things|how('?s| is| was) (your|ur) (day|week|weekend|${WEEKDAY})|happy ${WEEKDAY}|how('?s| is| are| r) (every ?(one|body)|y'?all|(you|u) (guys|all))|what'?s up|night|see (you|u|ya) (later|soon|tomorrow|tmrw|tmr|2moro))\b`)

/**
 * Talk to the room about the room: what the members are up to, how lively the server is ("yo
 * what's everyone playing this weekend", "lol server's dead today"). Answered as a greeting.
 */
const ROOM_TALK = [
  /\bwhat('?s| is| are) (every ?(one|body)|y'?all|you guys|u guys|you all) (playing|watching|reading|listening to|up to|eating)\b/,
  /\b(the |this )?(server|chat)('?s| is) (so |pretty |kinda )?(dead|quiet|active|lit|popping)\b/,
  // "anyone watching the game tonight", "anybody else up?": the room asked what it is doing.
  /^\W*(any ?one|any ?body|any of (you|u)( guys)?) (else )?(watching|playing|streaming|listening to|up for|awake|around|online|up)\b/,
  // "gm everyone lol who's on tonight": who of the room is here.
  /\bwho'?s (on|online|around|up|awake|here)( tonight| rn| right now| now| today)?\W*$/,
  // Leaving the room: "gn all, off to bed", "ok signing off", "brb".
  /(^|,|\b(gn|night|nite|ok|okay|anyway|right))\W*(i'?m |im )?(off to|going to|heading to|time for) (bed|sleep)\W*$|\b(signing|logging|heading) off\W*$|^\W*(brb|afk|ttyl|gtg|g2g)\b/,
]

/** Questions about the bot itself: what it is, what it can do, how to use it. */
const ABOUT_BOT = [
  /\b(are|r) (you|u) (a |an )?(bot|robot|human|real|person|ai|machine)\b/,
  // Its nature or state, asked of it: "yo bot are you sentient or what", "u awake?".
  /\b(are|r) (you|u) (even |actually |really |still )?(sentient|conscious|self-aware|alive|awake|online|working|listening)\b/,
  /\bwho (are|r) (you|u)\b|\bwhat are (you|u)\b/,
  // Who is behind it: "lol who made you".
  /\bwho (made|built|created|programmed|coded|wrote|owns|runs|designed) (you|u)\b/,
  // What an assistant is asked to do; "remind me what the minister said" asks for news.
  /^\W*(hey |yo |ok |okay |pls |please )?(bot,? )?(remind me (to|at|in|tomorrow|tonight|later)\b|set (a|an|my) (reminder|alarm|timer)\b|wake me( up)? (at|in)\b)/,
  /\bwhat (can|do) (you|u) do\b/,
  /\b(what|which) (commands|cmds)\b|\bcommands (do|does|can) (you|u|it|this bot|the bot)\b/,
  /\bhow (do|does|can|should) (i|we|one) use (you|u|this|it|the bot|this bot)\b/,
  /^\s*\/?(help|commands)\s*[?!.]*\s*$/,
  // A remark on the bot itself: "lol this bot is slow today", "the bot's down again", "u r so smart".
  /\b(this|the|ur|your) bot('?s| is| r| are| was| seems)? (so |really |kinda |pretty |very |super |too |a bit |still |even |down )?(slow|laggy|lagging|broken|down|dumb|stupid|useless|great|good|cool|awesome|smart|amazing|weird|fast|dead|offline|awake|alive|sentient|working|again)\b/,
  /^\W*(lol |haha |wow |omg )?(you|u) (are|r|'re) (so |really |kinda |pretty |very |super |too )?(slow|laggy|dumb|stupid|useless|great|cool|awesome|smart|amazing|fast|funny)\b/,
]

/**
 * Asking for advice or a recommendation: what the asker should do, or which thing to choose.
 * Only the first person and requests put to the bot or the room: "what did the committee
 * recommend", "is it a recipe for disaster" and "what do i need to know about the summit" are
 * questions about the coverage.
 */
const ASKS_ADVICE = [
  // What the asker should do; "how do i find out what happened to yukos" asks for news.
  /\bhow (do|can|should|could) i\b(?! (find out|learn about|read about|keep up|know)\b)|\bwhere (can|should|could|do) i\b(?! (read|find out|learn)\b)/,
  /\bshould i\b|\bwhat (do|can) i do\b|\bplease advise\b|\badvise me\b|\bhelp me (write|with|choose|pick|fix|decide|plan)\b/,
  // Put to the bot or to the room: "can someone recommend a good laptop for uni".
  /\b(can|could|would|will) (you|u|someone|somebody|anyone|anybody|y'?all|you guys) (please )?(recommend|suggest)\b|^\W*(anyone|anybody) (recommend|suggest)\b|\brecommend me\b|^(please )?(recommend|suggest) (a|an|some|me)\b/,
  /\bany (good )?(tips|advice|recommendations|recs|suggestions)\b/,
  /\bany (good|decent|nice|cheap) ([a-z]+ ){0,2}(spots|places|restaurants|bars|pubs|cafes|shops|books?|shows?|films?|movies?|series|podcasts?|games?|anime|albums?|apps?)\b/,
  /\b(good|decent|cheap|nice) (places|spots) to (eat|go|stay|visit|drink|live)\b/,
  // "anyone know a decent ramen spot in wellington".
  /\b(a|any|some) (good|decent|nice|cheap|great) ([a-z]+ ){0,2}(spots?|restaurants?|bars?|pubs?|cafes?)\b/,
  // "anyone know a decent ramen place near the office", "…a decent pizza place open late": a kind
  // of place, and where or when; not "a good place for talks".
  /\b(a|any|some) (good|decent|nice|cheap|great) [a-z]+ places? (near|in|around|by|close to|open)\b/,
  // "is python or rust better for a first language": which of two to choose, for oneself.
  /^\W*(is|are) [a-z0-9+#.]+ or [a-z0-9+#.]+ (better|worse|easier) for (a|an|my|me|beginners?|students?|kids|gaming|learning|work)\b/,
  /\b(good|decent|easy|nice|simple) ([a-z]+ ){0,2}recipes?\b/,
  // "whats the best bank for a student account", "best cheddar for mac and cheese?", "best budget
  // gaming mouse rn?": the best thing to buy or do, asked first; not "what was the best offer for
  // tidewater", nor "best way to describe why profits fell? what did they blame".
  /^\W*(@\S+\s+)?((what'?s|whats|what is|which is) )?(the )?best (way to|([a-z]+ ){1,3}(for|to|under|rn)\b|([a-z]+ ){0,2}[a-z]+\s*\?*\s*$)(?![^?]*\?\s*\S*\s*(what|who|why|how|when|where|did|does|is|are)\b)/,
  // "any good cheap vpn for gaming?", "any decent laptops for students".
  /\bany (good |decent |nice |reliable |free )?cheap [a-z]+|\bany (good|decent|nice|reliable|free) [a-z]+ for (me|my|a|an|gaming|beginners?|students?|kids|home|work|travel)\b/,
  // Trouble with one's own things: "my laptop wont connect to wifi after the update, any ideas",
  // "my phone keeps freezing". News reports no one's laptop.
  /\bmy (laptop|phone|computer|pc|mac|macbook|iphone|ipad|tablet|printer|router|wifi|wi-fi|tv|console|xbox|ps5|playstation|car|headphones|airpods|internet|email|account) ([a-z']+ ){0,2}(won'?t|doesn'?t|doesnt|can'?t|cant|isn'?t|isnt|keeps|kept|stopped|crashes|crashing|freezes|freezing)\b/,
]

/** Today and tomorrow as people type them in chat: "tmrw", "2moro", "tonite". */
const DAY_NEAR = String.raw`(today|tonight|tonite|tomorrow|tmrw|tmr|tmoz|tomoz|2moro|2morrow)`
/** When and where a question about the present moment asks: "today", "this weekend", "in bergen", "rn". */
const NOW_OR_PLACE = String.raw`(${DAY_NEAR}|now|rn|right now|later|this (weekend|week|morning|afternoon|evening)|over the weekend|(in|at|for|near|around|over) [a-z']+( [a-z']+)?)`

/**
 * The time, the weather or a market price right now: "what time is it in tokyo", "whats the weather gonna be like
 * this weekend", "will it rain tomorrow". News reports what happened when it was written, so a
 * passage that mentions the weather or Tokyo does not answer (a fresh coverage quoted "if the
 * weather allows" for the first, BBC a currency story for "what time is it in tokyo"). Present
 * and future only, and nothing after the time or place: "what was the weather like during the
 * rescue", "what is the time limit" and "how is the weather affecting the harvest" are questions
 * about the coverage.
 */
const ASKS_NOW = [
  new RegExp(String.raw`\bwhat time is it( ${NOW_OR_PLACE}| there)*\W*$|\bwhat('?s| is) the (current |local )?time( ${NOW_OR_PLACE})*\W*$`),
  new RegExp(String.raw`\b(what('?s| is)|how('?s| is)) the weather( forecast)?( like| (gonna|going to) be( like)?| looking( like)?)?( ${NOW_OR_PLACE})*\W*$`),
  new RegExp(String.raw`\b(will|is) it (going to |gonna )?(rain|snow)( (${DAY_NEAR}|later|this weekend|this week))*\W*$`),
  // A market price at this moment: "what's bitcoin trading at rn", "what is brent crude trading at today".
  /\btrading at( (rn|right now|now|today|atm|at the moment))+\W*$/,
  // Or a price asked for this minute: "whats the arabica price in new york rn", "how much is gold
  // going for right now" (not "now" alone: "what is the fare now" asks what the news changed).
  /\b(prices?|costs?|rates?|worth|value|going for|selling for)\b.*\b(rn|right now|atm|at the moment)\W*$/,
]

/**
 * A message that names the coverage or asks what someone said is about the news, whatever it
 * says first: "should i expect interest rates to change? what did the coverage say about the
 * bank of england", "according to the poll, did experts give any tips?".
 */
const ABOUT_THE_NEWS = /\b(coverage|articles?|reports?|reported|reporting|according to|per the|news|headlines?|what did [a-z' ]+ say|did [a-z' ]+ say)\b/

/**
 * What the bot does, named in a request for advice: "how do i share an answer" asks how to use
 * the bot. "Hey bot, where can i sign up for …" only addresses it.
 */
const BOT_FEATURES = /\b(this|the|a|you|u) bot\b|\b(commands?|share|sharing|excerpts?|sources|results)\b|\/(ask|leader|excerpt|sources|help|compare)\b/

/** A letter of a script other than Latin (accented Latin letters are Latin). */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/gu

/**
 * The letters of a question written mostly in a script other than Latin ("Кто отправит войска на
 * Украину?", "谁会向乌克兰派兵？"), lower-cased, to be looked for in the coverage; undefined for a
 * question mostly in Latin letters ("qui enverra des troupes ?", "what did Зеленський say").
 */
export function nonLatinLetters(message: string): Set<string> | undefined {
  const letters = message.match(/\p{L}/gu)?.length ?? 0
  const other = message.match(NON_LATIN_LETTER) ?? []
  return other.length * 2 > letters ? new Set(other.map((letter) => letter.toLowerCase())) : undefined
}

/** Every letter of a script other than Latin that these texts use, lower-cased. */
export function nonLatinLettersIn(texts: Iterable<string>): Set<string> {
  const found = new Set<string>()
  for (const text of texts) for (const [letter] of text.matchAll(NON_LATIN_LETTER)) found.add(letter.toLowerCase())
  return found
}

export function chatKind(message: string): ChatKind | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'")
  if (ABOUT_BOT.some((pattern) => pattern.test(text))) return 'about-bot'
  if (ASKS_ADVICE.some((pattern) => pattern.test(text)) && !ABOUT_THE_NEWS.test(text)) return BOT_FEATURES.test(text) ? 'about-bot' : 'advice'
  if (ASKS_NOW.some((pattern) => pattern.test(text)) && !ABOUT_THE_NEWS.test(text)) return 'live'
  const words = text.split(/[^a-z0-9'/]+/).filter(Boolean)
  if (words.length > 0 && words.length <= 8 && GREETS.test(text) && words.every((w) => SMALL_TALK.has(w))) return 'greeting'
  if (ROOM_TALK.some((pattern) => pattern.test(text)) && !ABOUT_THE_NEWS.test(text)) return 'greeting'
  return undefined
}
