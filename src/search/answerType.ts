// What kind of answer a question asks for, and whether a sentence can be one. "How old is X?"
// is not answered by a sentence about X that gives no age; "When…?" needs a time; "how much was
// he fined" needs money, not any number. The sharper the kind, the better it tells the paragraph
// that answers from the lead that only restates the question (docs/quality.md).
import { withChatWordsSpelledOut } from './asked.ts'
import { CURRENCY_BY_CODE, CURRENCY_LETTERS, CURRENCY_SYMBOLS, LETTER_SIGNS, LONE_LETTER_SIGNS, LONG_SYMBOLS, SYMBOL_CLASS } from './currencies.ts'
import { escapeRegExp, foldText, foldWord } from './fold.ts'
import { capitalsOf } from './concepts.ts'
import { americanSpelling, britishSpellings, isNoun, isOrdinaryWord } from './lexicon.ts'
import { isPluralOfNoun, kindsOf, namesPlace, usuallyNamesPeople } from './synonyms.ts'
import { isTitleHead, OFFICE_INITIALS } from '../leaders/words.ts'

/**
 * The kind of answer asked for. `count` carries the words counted ("how many *phones*"): a
 * number just before one of them answers it ("63,000 mobile phones"); a number elsewhere does not.
 */
export type AnswerType = ({ kind: PlainKind } | { kind: 'count'; counted: string[] } | { kind: 'thingName'; named: RegExp } | { kind: 'capital'; cities: RegExp }) & { echoes?: RegExp }

/**
 * "Who's the sheriff in tamarack county", "who runs the nurses union": someone named beside the
 * title asked about, as news writes titles ("Tamarack County Sheriff Elena Del Toro", "Bethany
 * Kowalczyk, president of the Cascade Nurses Alliance"). `titles` are the title words that answer
 * (folded); `questionWords` say which names the question already has.
 */
export interface HolderAsked {
  titles: Set<string>
  questionWords: Set<string>
  /** Any title's letters in the folded sentence: most sentences have none and are not read word by word. */
  mentioned: RegExp
}

type PlainKind = 'age' | 'time' | 'clock' | 'soon' | 'ahead' | 'place' | 'money' | 'duration' | 'extent' | 'measure' | 'speed' | 'size' | 'ordinal' | 'percent' | 'score' | 'quantity' | 'name' | 'raceTime' | 'phone'

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)'
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
/**
 * A month without a day is a date when a word before it says so ("in March", "by the end of
 * May", "mid-March", "last April") and it is written in full with a capital: "this may" and "march on"
 * are not, nor "by Jan" (Koller).
 */
const MONTH_NAMED = new RegExp(
  `\\b([Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|of|[Ee]arly|[Mm]id|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)[- ](early |mid-|late )?` +
    `(January|February|March|April|May|June|July|August|September|October|November|December)\\b`,
)
/** A clock time with am or pm: "2.30pm", "3:42 a.m.". */
const AM_PM = `\\d{1,2}([:.]\\d{2})?\\s?(am|pm|a\\.m|p\\.m)`
/** A 24-hour clock as agencies and continental papers give it: "between 18:00 and 19:00", "14h40"; not a race time ("1:43.2", "2:05:38"). */
const TWENTY_FOUR_HOUR = `(?<![:.\\d])([01]?\\d|2[0-3]):[0-5]\\d(?![.:]?\\d)|([01]?\\d|2[0-3])h[0-5]\\d`
const TIME_EXPRESSION = new RegExp(
  `\\b(${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|${WEEKDAY}|(19|20)\\d{2}|yesterday|today|tomorrow|tonight|` +
    `(last|next|this|that|coming|following)\\s+(day|days|week|weekend|month|year|spring|summer|autumn|fall|winter)|` +
    `(the )?(following|next|previous) day|(morning|evening|afternoon|night)|within (the next )?\\w+ (days|weeks|months)|` +
    `\\d+\\s+(hours?|days?|weeks?|months?|years?)\\s+(ago|later|earlier|after)|(earlier|later) (this|that|on)|` +
    // A time of day, a season, and the near future as news prose gives them.
    `(at )?(midnight|noon|midday|dawn|dusk)|${AM_PM}|at \\d{1,2}:\\d{2}|` +
    `${TWENTY_FOUR_HOUR}|` +
    `(in|during|by|until|since|over|early|late|mid)[- ](the )?(spring|summer|autumn|winter)|(at|over) the weekend|` +
    `in the (coming|next)( few)? (days|weeks|months|years))\\b`,
  'i',
)
/** The time a live page's entry was posted, opening it: "03:58 – ", "12.48am: ", "16:20 - ". */
const LIVE_ENTRY_TIME = /^\s*\d{1,2}[:.]\d{2}\s?(am|pm)?\s*[–—:-]\s/i
const SPELLED_CLOCK = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty'
/**
 * A time of day by the clock, as papers print it: "2.30pm", "3:42 a.m.", "at 14:30", "0215 hrs",
 * "14h40", "half past two", "six o'clock", "at noon"; not a race time ("1:43.2", "2:05:38").
 */
const CLOCK_EXPRESSION = new RegExp(
  `\\b(${AM_PM}|${TWENTY_FOUR_HOUR}|` +
    `[0-2]\\d[0-5]\\d\\s?(hrs|hours|GMT|UTC)|(half|quarter|five|ten|twenty|twenty-five) (past|to) (\\d{1,2}|${SPELLED_CLOCK})|(\\d{1,2}|${SPELLED_CLOCK}) o'clock|` +
    `([01]?\\d|2[0-3])\\.[0-5]\\d (local time|hrs|GMT|UTC)|(at |around |about |by )(midnight|noon|midday))\\b`,
  'i',
)

/** Numbers as news prose spells them: under ten, at the start of a sentence, and rounded ("sixty jobs", "hundreds of flights"). */
const SPELLED_NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|lakhs?|crores?|millions?|billions?|dozens?'
const NUMBER_WORD = `(${SPELLED_NUMBER}|several|few|half|a|an)`
/** An age in figures or words ("52", "nine", "twenty-two"). */
const AGE_NUMBER = `(\\d{1,3}|(${SPELLED_NUMBER})(-(one|two|three|four|five|six|seven|eight|nine))?)`
/**
 * "aged 52", "aged nine months", "the age of ten", "a nine-month-old girl", "52-year-old", "born in 1971", "in her sixties", ", 38,";
 * and as people say it ("I am 54 this year", "she turned 81 in May"), with nothing after the number but the end of a clause, a
 * time or "years": "he is 5 under par", "she is 3 points clear" are no ages; "Cian, who at 24 is one of the youngest skippers".
 */
const AGE_EXPRESSION = new RegExp(
  `\\b(aged?\\s+${AGE_NUMBER}\\b|the age of ${AGE_NUMBER}\\b|${AGE_NUMBER}[- ](years?|months?|weeks?|days?)[- ]old|born (in|on)\\b|` +
    `in (his|her|their) (early |mid-|late )?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b|` +
    `(i am|i'm|i’m|he is|he's|he’s|she is|she's|she’s|turned|turns|will turn) ${AGE_NUMBER}(?=\\s*([;:!?"”)]|[.,](?!\\d)|$|this year|now|next|in (january|february|march|april|may|june|july|august|september|october|november|december)\\b|years\\b))|who,? at ${AGE_NUMBER},? (is|was|became|has|had)\\b)|, \\d{1,2},|` +
    // "The youngest of the trapped miners is 19 and the oldest 61", "ages ranged from 19 to 61".
    `\\b(youngest|oldest)( of [a-z' -]{1,40}?)?( is| was|,)? ${AGE_NUMBER}(?=\\s*([;:!?,)]|[.](?!\\d)|$|and\\b))|\\bages\\b[a-z ]{0,40}?\\b(from|between) ${AGE_NUMBER} (to|and) ${AGE_NUMBER}\\b`,
  'i',
)
const QUANTITY_EXPRESSION = new RegExp(`(\\d|\\b(${SPELLED_NUMBER}|several|few|many|half)\\b)`, 'i')
/** Currencies by name and by code; "5p" (pence) only after a figure. */
const CURRENCY =
  'euros?|dollars?|pounds?|sterling|yen|francs?|rupees?|yuan|roubles?|rubles?|rand|ringgit|shillings?|naira|pesos?|cedis?|baht|rupiah|dirhams?|riyals?|dinars?|lira|zlotys?|kronor|kroner|krona|krone|shekels?|taka|kwacha|pence|cents?|' +
  // The world's other currencies by name, as a figure is printed before them ("180 million meticais",
  // "Bs 25,000" is bolivianos); not "won" or "real", English words after a figure too ("played 3, won 2").
  'meticais|meticals?|bolivianos?|reais|soles|korunas?|koruny|forints?|hryvnias?|lei|leu|leva|kuna|col[oó]nes|quetzal(es|s)?|guaran[ií]es|birr|dalasis?|riels?|kyats?|tenge|manats?|laris?|afghanis?|tugriks?|ariary|kwanzas?|leones|ouguiyas?|escudos|gourdes?|lempiras?|c[oó]rdobas?|balboas?|bol[ií]vares|bol[ií]vars?|kronur|rials?|kopecks?|kopeks?|paise|centavos?|c[eé]ntimos?|centimes?|piastres?|groszy|dong|' +
  'usd|eur|gbp|chf|jpy|cny|inr|aud|cad|zar|kes|ngn|myr'
/**
 * ISO codes papers print beside a figure ("PHP 2.5 billion", "SGD 40,000", "2m GHS"), read in
 * capitals only: in lower case several are words ("try", "top", "all").
 */
const CURRENCY_CODES = 'MZN|BOB|GTQ|RON|BGN|ISK|KZT|PHP|SGD|HKD|NZD|PKR|GHS|JMD|TTD|BBD|EGP|THB|IDR|VND|KRW|TWD|SAR|AED|QAR|KWD|BHD|OMR|ILS|TRY|RUB|UAH|PLN|CZK|HUF|SEK|NOK|DKK|BRL|MXN|ARS|CLP|COP|PEN|BDT|LKR|NPR|ETB|TZS|UGX|RWF|XOF|XAF|MAD|ZMW|BWP|MUR|FJD|PGK'
const MONEY_BY_CODE = new RegExp(String.raw`\b(${CURRENCY_CODES})\s?\d|\b\d[\d,.]*\s?(bn|m|k|million|billion|trillion)?\s?(${CURRENCY_CODES})\b`)
/**
 * Currencies papers print as letters before the figure: rand ("R450 000", "R2.5-billion"),
 * ringgit ("RM7.7 billion"), shillings ("Sh900 million", "KSh 3 billion", "Shs660 billion"),
 * naira ("N2.5 billion"), kwacha ("K4.9 billion", "MK5 billion"), rupiah ("Rp 5 trillion"), taka ("Tk 500").
 * A lone letter only before a figure that reads as a sum (with a magnitude, or thousands set
 * apart by spaces): "the N2 highway", "R2-D2" are not money.
 */
const LETTER_CURRENCY =
  String.raw`\b(${LETTER_SIGNS})\s?\d|\b[${LONE_LETTER_SIGNS}]\d{1,3}(\.\d+)?[\s-]?(million|billion|trillion|bn|m)\b|\bR\d{1,3}([ \u00a0]\d{3})+\b`
const MONEY_EXPRESSION = new RegExp(
  // Czech crowns and Polish zloty are printed after the figure: "250 000 Kč", "100 zł".
  `\\d\\s?(Kč|zł)(?![a-z\\u00c0-\\u024f])|${SYMBOL_CLASS}\\s?\\d|\\b\\d[\\d,.]*\\s?(bn|mn|m|k)?\\s?${SYMBOL_CLASS}(?!\\s?\\d)|\\b(?:${LONG_SYMBOLS})\\s?\\d|\\bRs\\.?\\s?\\d|${LETTER_CURRENCY}|\\b\\d[\\d,.]*\\s?(bn|m|k|million|billion|trillion|lakhs?|crores?)?\\s?(${CURRENCY}|p)\\b|\\b(euros?|dollars?|pounds?|usd|eur|gbp|chf|inr)\\s?\\d|` +
    `\\b(${SPELLED_NUMBER})[- ]((${SPELLED_NUMBER}|trillions?) )?(of )?(${CURRENCY})\\b`,
  'i',
)
const DURATION_EXPRESSION = new RegExp(
  // Not an age: "the 22-year-old".
  `\\b(\\d[\\d,.]*|${NUMBER_WORD})([- ]and[- ]a[- ]half)?[- ](seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|generations?|lifetime)\\b(?![- ]old\\b)|\\b\\d+\\s?(mph|km/h|kph)\\b|\\bmiles per hour\\b`,
  'i',
)
/** A race time as sport pages print it: "9.85 seconds", "20.13secs", "3min 59sec", "2:05:38", "1:43.2"; not a "two-year ban". */
const RACE_TIME_EXPRESSION = /\b\d+(\.\d+)?\s?(secs?|seconds?|mins?|minutes?|hrs?|hours?)\b|\b\d{1,2}:\d{2}(:\d{2}|\.\d{1,2})\b/i
/**
 * A size, a distance, a weight, a speed: not a time, so "how tall is sania mirza" is not
 * answered by "Williams took just 56 minutes to defeat Mirza" (a time answers "how long", and
 * "how fast" as a race time).
 */
const MEASURE_EXPRESSION = new RegExp(
  `\\b(\\d[\\d,.]*|${NUMBER_WORD})\\s?(-|to|and)?\\s?(\\d[\\d,.]*)?\\s?(mm|cm|m|km|ft|kg|lb|lbs|mph|kph|km/h|millimetres?|centimetres?|metres?|meters?|kilometres?|kilometers?|feet|foot|inches|inch|miles?|yards?|kilos?|kilograms?|grams?|tonnes?|tons?|pounds|stone|acres?|hectares?|storeys?|floors?|megapixels?|mb|gb|tb|ghz|mhz)\\b|\\b\\d+ft\\b|\\d['’]\\d`,
  'i',
)
const ORDINAL_EXPRESSION = /\b\d[\d,]*(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b/i
const SCORE_EXPRESSION = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b/
const PERCENT_EXPRESSION = new RegExp(
  `\\d\\s?(%|per ?cent\\b)|\\b(${SPELLED_NUMBER})[- ]per ?cent\\b|` +
    // A share as a fraction: "two-thirds of members", "one in five voters".
    `\\b(half|a third|a quarter|(one|two)[- ]thirds?|(one|three)[- ]quarters?|one in (\\d+|${SPELLED_NUMBER}))\\b`,
  'i',
)
/**
 * A name given: 'called "i-foot"', "known as Baron Kinnock", "titled Songs of Faith", or a short
 * quoted title ('the egg-shaped "i-foot"'); a quotation of speech runs longer than five words.
 */
const NAME_EXPRESSION = /\b(called|named|dubbed|titled|entitled|nicknamed|branded|known as|title of|name of)\s+(the\s+)?(["“‘']|\p{Lu}|\d)|["“‘][^"”’\s]+(\s[^"”’\s]+){0,4}["”’]/u
/**
 * Things that bear names, by kind: "the name of the boat" is answered by any vessel's name
 * written after the word for it ("the tourist boat Ngọc Biển 18", "the Nile cruise ship MS Amunet
 * Princess"), as news introduces a vessel, a work or a storm.
 */
const NAMED_THINGS = [
  ['boat', 'ship', 'vessel', 'ferry', 'yacht', 'tanker', 'trawler', 'liner', 'cruiser', 'steamer'],
  ['album', 'single', 'song', 'record', 'film', 'movie', 'documentary', 'novel', 'book', 'play', 'musical', 'show', 'series', 'sitcom', 'programme', 'game', 'app'],
  ['storm', 'hurricane', 'typhoon', 'cyclone'],
  ['horse'], ['operation'], ['restaurant'], ['hotel'], ['band'], ['drug'], ['vaccine'], ['robot'], ['satellite'], ['rocket'], ['spacecraft'], ['aircraft', 'plane', 'jet'],
]
/** "what's the name of the nile cruise boat that caught fire": the thing, up to three words after "name of". */
const THING_NAME_ASKED = new RegExp(`\\bname of (?:the |this |that |his |her |its |their )?(?:[a-z-]+ ){0,3}?(${NAMED_THINGS.flat().join('|')})\\b`)
/**
 * "whats the name of the union for the tea pickers": a body named with its kind's word, which a
 * proper name holds capitalised ("the Kenya Tea and Allied Workers' Union", "the Museum Hof van
 * Leyen", "John Hunter Hospital"). The word is the last of up to three before what the question
 * goes on with; a noun, else no such name is asked.
 */
function bodyNameAsked(q: string): RegExp | undefined {
  const head = (BODY_NAME_ASKED.exec(q) ?? CALLED_ASKED.exec(q))?.[1]?.split(' ').at(-1)
  if (!head || !isNoun(head) || VAGUE_THINGS.has(head)) return undefined
  const rest = `${escapeRegExp(head.slice(1))}s?`
  const word = `${head[0]!.toUpperCase()}${rest}`
  // After the word, in either case, the name may be set between commas: "our house espresso
  // blend, Northern Soul,"; or before it, the word in an appositive: "Laguna Churupallca, a
  // glacier lake at the foot of…".
  const either = `[${head[0]!.toUpperCase()}${head[0]}]${rest}`
  return new RegExp(`\\p{Lu}[\\p{L}'’.-]*\\s+${word}\\b|\\b${either},?\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}|\\p{Lu}[\\p{L}'’.-]*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}s?\\b`, 'u')
}
/** Words for a thing that name no kind of it ("the egg-shaped robot thing"). */
const VAGUE_THINGS = new Set(['thing', 'things', 'stuff', 'one'])
/** "what is kettle & kiln's house espresso blend called": the words before "called" at the end. */
const CALLED_ASKED = /\b((?:[a-z-]+ ){0,2}[a-z-]+) (?:called|named)\s*\??\s*$/
const BODY_NAME_ASKED = /\bname of (?:the |this |that |its |their )?((?:[a-z-]+ ?){1,3}?)(?= (?:for|that|which|who|where|in|of|at|on|from|with|behind|running|run|owned|involved|under|near|by|above|below|beside|threatened|hit|affected)\b|\s*\??$)/

/** Not a day or a month after the word: "the storm Saturday night". */
const NOT_A_NAME = '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)'
/** Each thing's word → a name after any word of its kind ("boat" → "ship MS Amunet Princess"), made once. */
const NAMED_AFTER = new Map(
  NAMED_THINGS.flatMap((kind) => {
    const named = new RegExp(`\\b(${kind.join('|')})s?\\s+${NOT_A_NAME}(["“‘]|\\p{Lu}|\\d)`, 'u')
    return kind.map((word) => [word, named] as const)
  }),
)
/** "in Alaska", "at the White House", "to Washington": a preposition of place before a name. */
const PLACE_EXPRESSION = /\b(in|at|to|from|near|inside|outside|across|along|off|beside|opposite|over the)\s+(the\s+)?(\p{Lu}|[a-z]+ of \p{Lu})/u
/**
 * "in the dunes behind the beach", "at a school in…": a preposition of place before a noun that
 * names one (synonyms.ts `namesPlace`). Not "in the end", "at the top".
 */
const PLACE_NOUN_PHRASE = /\b(?:in|at|on|near|inside|outside|behind|beside|along|into|under|beyond|around)\s+(?:the|a|an|its|their|his|her|our)\s+([a-z-]+)(?:\s+([a-z-]+))?/gi
const NOT_PLACES = new Set(['end', 'top', 'bottom', 'side', 'front', 'back', 'middle', 'heart', 'way', 'wake', 'face', 'run', 'field'])
const isPlaceWord = (word: string | undefined) => !!word && !NOT_PLACES.has(word.toLowerCase()) && namesPlace(word)
const namesPlaceInWords = (s: string) => [...s.matchAll(PLACE_NOUN_PHRASE)].some((m) => isPlaceWord(m[1]) || isPlaceWord(m[2]))

const MONEY_VERBS =
  'cost|costs|pay|paid|pays|paying|fine|fined|worth|spend|spent|spending|price|priced|charge|charged|raise|raised|sell|sold|earn|earned|earns|invest|invested|value|valued|bid|offer|offered|compensation|money|cash|budget|fee|fees|salary|wage|wages|donate|donated|owe|owes|tax|bill|award|awarded|damages|fund|funding|profit|profits|loss|losses|revenue|sales|deal|contract|transfer|prize|ransom|bail|bribe|bribes|loan|loans|debt|debts|grant|bonus|bonuses|rent|pension|payout|settlement|reward|claim|claimed|claims|claiming|refund|refunds|refunded'
/** Words between "how many" and the counted noun that are not it ("how many more", "how many of the"). */
const COUNT_SKIP = new Set(['more', 'fewer', 'of', 'the', 'new', 'other', 'different', 'extra', 'additional'])
const COUNT_STOP = /^(is|are|was|were|did|do|does|has|have|had|will|would|can|could|should|might|may|got|get|in|on|at|for|to|from|by|with|that|which|who|there|they|he|she|it|we|you|i)$/

export function expectedAnswerType(question: string): AnswerType | undefined {
  // "how many ppl" counts people. What someone said about something asks for their words:
  // "what did the mayor say about how fast the water came up" wants no speed.
  const type = capitalAsked(question) ?? askedKind(withChatWordsSpelledOut(question).toLowerCase().replace(TOPIC_OF_WORDS, ''))
  if (!type) return undefined
  // A figure the question itself gives ("the 200m", "the 2018 world cup") is not the answer: a
  // passage that only repeats it must not pass for one that gives the time asked for.
  const figures = question.match(/(?:[£$€]|\b)\d[\w,.]*/g)?.map((f) => f.replace(/[.,]+$/, ''))
  return figures ? { ...type, echoes: new RegExp(`(?<!\\w)(${figures.map(escapeRegExp).join('|')})(?!\\w)`, 'gi') } : type
}

/**
 * "whats the capital of australia": a country's capital, which a passage answers only by naming
 * it (Canberra). A passage that names the country is no answer, however well it matches the words.
 */
function capitalAsked(question: string): AnswerType | undefined {
  const country = /\bcapital (?:city )?of ([a-z][a-z -]*?)(?:\s+lol)?\s*[?.!]*\s*$/i.exec(question)?.[1]
  const cities = country ? capitalsOf(foldWord(country.replace(/^the /i, '').replace(/\s+/g, ' '))) : []
  return cities.length ? { kind: 'capital', cities: new RegExp(`\\b(${cities.map(escapeRegExp).join('|')})\\b`, 'i') } : undefined
}

/** The topic of a question about someone's words, from "say about" on. */
const TOPIC_OF_WORDS = /\b(say|said|says|saying|think|thinks|thought|talk|talked|talking|comment|commented|speak|spoke) (about|on|regarding)\b.*$/


/**
 * "what", then what may stand before the noun asked about: "what's the top speed", "what was his
 * annual salary", "what was e-university boss john beaumont's annual salary" (an owner of a few words).
 */
const THE_NOUN = `('s|s| is| was| were| are| will be)?( the| his| her| its| their)?(( [a-z0-9-]+){1,4}'s)?( [a-z]+)?\\s+`

/** The question ends there, past its marks. */
const ENDS = String.raw`\s*[?.!]*\s*$`
/** The noun asked about ends there: "what was the total" and "the total in march", not "the total eclipse". */
const NOUN_ENDS = String.raw`(?=${ENDS}|\s+(in|of|for|at|on|now|this|so|was|is|were|after|then|when|among|across|from|by|since|last|today|yesterday|like)\b)`

/**
 * Typed as a search, the thing wanted last, no question word: "achterberg hot tub cost",
 * "surajkund lifesciences turnover".
 */
const SEARCHED_FOR = String.raw`^(?!.*\b(what|who|whom|whose|which|when|where|why|how|did|does|do|is|are|was|were|has|have|will|can|could|should)\b).*\b`

/** What a question asks for, by the first of these it matches: "how many minutes" is a duration before it is a count. */
const ASKED: [RegExp, PlainKind | 'count'][] = [
  [/\bhow old\b|\bwhat age\b|\bage of\b/, 'age'],
  [/\bwhat (percentage|percent|proportion)\b|\bwhat per ?cent\b/, 'percent'],
  // A change is given as a share as often as a sum: "how much is the pay rise?", "how big a pay
  // rise are they demanding" (4.5%).
  [/\bhow (much|big|large)\b.*\b(rise|rises|rose|risen|increase|increases|increased|cut|cuts|hike|hikes|fall|falls|fell|fallen|drop|drops|dropped|grow|grows|grew|grown|growth|jump|jumps|jumped)\b/, 'quantity'],
  [new RegExp(`\\bhow much\\b.*\\b(${MONEY_VERBS})\\b|\\bwhat${THE_NOUN}(price|fee|salary|sum|fine|wage|cost)s?\\b|\\bhow (much|many) (money|cash|pounds|dollars|euros)\\b|\\bwhat\\b[^?]*\\b(cost|costs)\\b(?! of)|${SEARCHED_FOR}(cost|price|fee|salary|wages?|turnover|revenues?|profits?)${ENDS}`), 'money'],
  [/\bwhat('s| is| was| were)? the( final| half-time| full-time)? (score|scoreline|result)\b|\bby how many goals\b|\bwhat did .* (win|lose|beat|draw) .*\bby\b/, 'score'],
  // "How big" is a measure ("how big is the fire": 12,000 acres) or a sum ("how big is the order
  // book": S$1.6 billion).
  [/\bhow (big|large)\b/, 'size'],
  // "how far below 1990 levels were emissions": a difference (36 per cent), not a distance.
  [/\bhow (far|much) (below|above|behind|ahead|short|under|over|off)\b/, 'quantity'],
  [new RegExp(`\\bhow (tall|high|far|heavy|wide|deep)\\b|\\bwhat${THE_NOUN}(size|height|length|weight|distance|capacity|range)\\b`), 'measure'],
  // A speed, or the time it took: "how fast can asimo run" (6km/h), "how fast did he run it" (9.85 seconds).
  [new RegExp(`\\bhow fast\\b|\\bwhat${THE_NOUN}speed\\b`), 'speed'],
  // "How soon…?" is answered by a time ("as soon as this week") as often as by a wait ("within 48 hours").
  [/\bhow soon\b/, 'soon'],
  // "When will…?" as well, in a sentence that looks ahead: "when will the computers be working
  // again" is answered by "expected to resume within 72 hours", not by "attacked since Sunday night".
  [/^\s*when\b[^?]*\b(will|can|gonna|going to|supposed to|meant to|expected to|due to)\b/, 'ahead'],
  // "What time did Gatlin run?", "what was his winning time?": a race time, not a time of day.
  // "what time did ngata finsh the marathan in": a time something was done in, however its verb is typed.
  [/\bwhat time did .* (run|clock|finish|swim|record|post)\b|\bwhat time did .* in\W*$|\bin what time\b|\bwhat (was|is|were)\b.*\b(winning|finishing|race|best|fastest|qualifying|lap|record|his|her|their) time\b/, 'raceTime'],
  // "How long is the bridge?" (450 metres) or "…the flight?" (three hours): the verb "to be" leaves both open.
  [/\bhow long (is|are|was|were|will be|would be)\b|\bhow long (will|would) [^?]*\bbe\b/, 'extent'],
  [new RegExp(`\\bhow (long|quick|quickly)\\b|\\bhow many (seconds|minutes|hours|days|weeks|months|years)\\b|\\bwhat${THE_NOUN}(battery life|duration|running time|sentence)\\b`), 'duration'],
  [/\b(what|which) (number|position|place|rank|ranking|spot)\b|\bwhere did .* (finish|come|rank|place)\b/, 'ordinal'],
  // A number to call, as emergency and consumer coverage prints one: "bushfire information line number", "whats the helpline".
  [/\b(phone|telephone|contact|helpline|hotline|line) number\b|\bnumber (to|for) (call|ring|text)\b|\bwhat('s|s| is)? the (helpline|hotline)\b/, 'phone'],
  [/\bhow many\s+(.*)$/, 'count'],
  // A figure news reports by its name: "whats the turnout", "what was the death toll", "what's the inflation rate now".
  [new RegExp(`\\bhow much\\b|\\bwhat (number|share|amount)\\b|\\bwhat${THE_NOUN}(turnout|toll|attendance|population|inflation|unemployment|majority|margin|tally|total|temperature|(interest|inflation|unemployment|growth|exchange|tax|jobless|birth|crime|mortality|vacancy) rate)${NOUN_ENDS}|${SEARCHED_FOR}(turnout|death toll|attendance|population)${ENDS}`), 'quantity'],
  // Not "where do they stand", "where do Merz and Zelensky disagree": a position, not a place.
  [/^\s*where\b(?!.*\b(stand|stands|disagree|disagrees|differ|differs|agree|agrees|eye to eye|from here|draw the line)\b)|\bin which (city|country|place)\b|\bwhat (city|country|place)\b/, 'place'],
  // "What's the robot called?", "what's the full title he took?": a name, whatever the thing.
  [/\bwhats?\b.*\b(called|named|titled|dubbed)\s*\??\s*$|\bwhat('s|s| is| was| will be)?( the| its| his| her| their)?( full| new| official)? (name|title)\b/, 'name'],
  // "What time did the rocket launch": the clock ("at 14:30", "just after half past two"), not
  // "on Tuesday afternoon".
  [/\b(at )?what time\b(?! of (the )?(year|season|month|week))|\bwhat hour\b/, 'clock'],
  [/^\s*when\b|\bwhat (day|date|time|year|month|week)\b|\bwhich (day|date|year|month)\b|\bon what (day|date)\b/, 'time'],
]

function askedKind(q: string): AnswerType | undefined {
  for (const [pattern, kind] of ASKED) {
    const match = pattern.exec(q)
    if (!match) continue
    if (kind === 'count') return countType(match[1]!)
    // "whats the name of the volcanologist quoted": a person's, asked as "who" asks it (asksForName).
    if (kind === 'name' && asksPersonsName(q)) return undefined
    // "what was the name of the nile cruise boat": a name, and a vessel's name is one.
    const thing = kind === 'name' ? THING_NAME_ASKED.exec(q)?.[1] : undefined
    if (thing) return { kind: 'thingName', named: NAMED_AFTER.get(thing)! }
    const body = kind === 'name' ? bodyNameAsked(q) : undefined
    return body ? { kind: 'thingName', named: body } : { kind }
  }
  return undefined
}

/** "how many xbox power cords is…": the words counted, up to the verb. */
function countType(rest: string): AnswerType {
  const counted: string[] = []
  // Letters folded: "how many złoty" counts zloty, as papers print it ("100 zlotys").
  for (const word of foldText(rest).split(/[^a-z0-9'-]+/).filter(Boolean)) {
    if (COUNT_STOP.test(word)) break
    if (!COUNT_SKIP.has(word)) counted.push(word)
    if (counted.length === 3) break
  }
  if (!counted.length) return { kind: 'quantity' }
  // "How many died", "how many british were on board": only English words that name nothing, so
  // people are counted ("how many km" keeps its word; "how many tries" counts tries, a noun's plural).
  return { kind: 'count', counted: counted.every((word) => isOrdinaryWord(word) && !isNoun(word) && !isPluralOfNoun(word)) ? ['people'] : counted }
}

/** Titles that answer who heads something: "who runs the water company" is its chief executive, its president, its leader. */
const HEAD_TITLES = ['president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'executive', 'ceo', 'head', 'leader', 'director', 'boss', 'secretary', 'manager', 'coach', 'governor', 'mayor']
/** …and the verbs themselves: "Toshiyuki Shiga will run Nissan" answers "who will be running nissan". */
const HEAD_VERBS = ['run', 'runs', 'running', 'ran', 'lead', 'leads', 'leading', 'led', 'heads', 'headed', 'heading', 'chairs', 'chaired', 'manage', 'manages', 'managed', 'managing', 'charge']
/** A question asking who heads something: the same verbs, "head" and "chair" as verbs, "in charge", "boss". */
const HEADS_VERB = new RegExp(`\\b(${[...HEAD_VERBS.filter((v) => v !== 'charge'), 'head', 'chair', 'chairing', 'in charge', 'boss', 'bosses'].join('|')})\\b`, 'i')
/** Title words too loose to say who is meant ("the star of…", "the top seed", "a player"). */
const LOOSE_TITLES = new Set(['star', 'seed', 'player', 'official', 'host', 'centre', 'forward', 'runner'])

/**
 * A "who…" question about a title, or about who runs something, or "which <title>…" ("which
 * judge sentenced…"): the titles that answer it.
 */
export function holderAsked(question: string): HolderAsked | undefined {
  const questionWords = questionWordSet(question)
  const isTitle = (w: string) => (isTitleHead(w) || STYLE_OF_TITLE.has(w)) && !LOOSE_TITLES.has(w)
  if (!ASKS_WHO.test(question)) {
    // "which retired judge…": a title among the first words after "which"; "which bank hired its chief…" asks for a body.
    const which = ASKS_WHICH.exec(question)?.[2]
    const titles = which ? [...questionWordSet(which)].filter(isTitle) : []
    return titles.length ? holder(new Set(titles), questionWords) : undefined
  }
  const titles = new Set([...questionWords].filter(isTitle))
  if (HEADS_VERB.test(question)) for (const title of [...HEAD_TITLES, ...HEAD_VERBS]) titles.add(title)
  return titles.size ? holder(titles, questionWords) : undefined
}

/** Titles news writes as a style before the name: "which doctor warned…" is answered by "Dr Farzana Qureshi". */
const STYLE_OF_TITLE = new Map([
  ['doctor', ['dr']],
  ['professor', ['prof']],
])

function holder(titles: Set<string>, questionWords: Set<string>): HolderAsked {
  // The words a title asked is written in: its initials spelled out ("who's the cto" is answered
  // by "chief technology officer, Ana Ruiz"), its style ("Dr").
  for (const title of [...titles]) for (const word of [...(OFFICE_INITIALS.get(title) ?? []), ...(STYLE_OF_TITLE.get(title) ?? [])]) titles.add(word)
  return { titles, questionWords, mentioned: new RegExp(`\\b(${[...titles].map(escapeRegExp).join('|')})`, 'i') }
}

/**
 * A name the question does not have within four words of a title asked about: a capitalised word
 * that is no ordinary English ("Elena", "Kowalczyk"). Word by word, not by runs of capitals: the
 * name's run often holds the question's own words ("Tamarack County Sheriff Elena Del Toro").
 */
export function namesHolder(type: HolderAsked, sentence: string): boolean {
  if (!type.mentioned.test(foldText(sentence))) return false
  let lastTitleAt = -Infinity
  let lastNameAt = -Infinity
  let lastOtherOfficeAt = -Infinity
  let at = 0
  for (const [word] of sentence.matchAll(WORD)) {
    const folded = foldWord(word).replace(/['’]s$|\.$/, '')
    // "Saoirse Ní Bhriain, shadow finance minister" is no answer to "who is the finance minister".
    if (OTHER_OFFICE.has(folded) && !type.questionWords.has(folded) && !(FORMER.has(folded) && type.questionWords.has('was'))) lastOtherOfficeAt = at
    else if ((type.titles.has(folded) || type.titles.has(folded.replace(/s$/, ''))) && at - lastOtherOfficeAt > 2) {
      if (at - lastNameAt <= HOLDER_REACH) return true
      lastTitleAt = at
    } else if (/^\p{Lu}/u.test(word) && !isOrdinaryWord(folded) && !type.questionWords.has(folded)) {
      if (at - lastTitleAt <= HOLDER_REACH) return true
      lastNameAt = at
    }
    at++
  }
  return false
}

/** Words before a title that make it another office than the one asked, unless the question says them too. */
const OTHER_OFFICE = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'assistant', 'junior', 'opposition'])
/** …of which these are the office asked when the question asks who held it ("who was the finance minister then"). */
const FORMER = new Set(['former', 'ex'])

/** How many words apart a title and its holder's name may stand: "chief executive, Simon Achterberg", "Kowalczyk, president of". */
const HOLDER_REACH = 4

/** Every time expression, to take dates out before looking for a quantity. */
const TIME_EXPRESSIONS = new RegExp(TIME_EXPRESSION.source, 'gi')

/** A sum of money, by sign, name or code. */
const givesSum = (sentence: string) => MONEY_EXPRESSION.test(sentence) || MONEY_BY_CODE.test(sentence)
const givesDate = (sentence: string) => TIME_EXPRESSION.test(sentence) || MONTH_NAMED.test(sentence)
/** A date or a wait: "as soon as this week", "within 48 hours". */
const givesDateOrWait = (sentence: string) => givesDate(sentence) || DURATION_EXPRESSION.test(sentence)

/**
 * A telephone number: seven digits or more in groups ("1800 240 667", "+44 20 7946 0958",
 * "0800-123-456"). Not an emergency number: "in an emergency, call triple zero" beside "call the
 * Bushfire Information Line" does not give the line's number.
 */
const PHONE_NUMBER = /(?<![\d.,])\+?\(?\d{2,5}\)?[ -]?\d{2,4}[ -]?\d{3,4}(?![\d.,%])/

/** A time up to now from a year: "since 1987", "since the 1990s", "since the early 2000s". */
/**
 * A span counted in what is played or served, as sport and politics count one: "suspended for 15
 * games", "a six-match ban", "two terms", "seven rounds". Not a score's "2-1 match".
 */
const SPELL_OF_PLAY = new RegExp(`(?<!\\d[-–])\\b(\\d+|${SPELLED_NUMBER})[- ](games?|matches|match|fixtures?|races?|rounds?|laps?|innings|seasons?|terms?)\\b`, 'i')

const SINCE_YEAR = /\bsince (the )?(early |mid-|late )?(1[89]|20)\d(\d|0s)\b/i

/** Words of a sentence that speaks of what is to come: a date or a wait beside one is a time ahead. */
const LOOKS_AHEAD = /\b(will|would|forecast|forecasts|predicted|meant|'ll|shall|expected|expects|should|estimated|estimates|within|until|till|next|soon|resume|resumes|reopen|reopens|scheduled|due|planned|plans|aims|hopes|likely)\b/i

/** What a sentence must hold to answer each kind. */
const ANSWERED_BY: Record<PlainKind, (sentence: string) => boolean> = {
  place: (s) => PLACE_EXPRESSION.test(s) || namesPlaceInWords(s),
  age: (s) => AGE_EXPRESSION.test(s),
  time: (s) => givesDate(s) || CLOCK_EXPRESSION.test(s),
  // A live page's entry opens with the time it was posted ("03:58 – A strong earthquake has
  // struck"), which is not when anything happened.
  clock: (s) => CLOCK_EXPRESSION.test(s.replace(LIVE_ENTRY_TIME, '')),
  soon: (s) => givesDateOrWait(s),
  ahead: (s) => givesDateOrWait(s) && LOOKS_AHEAD.test(s),
  money: (s) => givesSum(s),
  // "How long had Rovers gone without a trophy": "for the first time since 1987" says how long.
  duration: (s) => DURATION_EXPRESSION.test(s) || SINCE_YEAR.test(s) || SPELL_OF_PLAY.test(s),
  extent: (s) => MEASURE_EXPRESSION.test(s) || DURATION_EXPRESSION.test(s) || SPELL_OF_PLAY.test(s),
  measure: (s) => MEASURE_EXPRESSION.test(s),
  speed: (s) => MEASURE_EXPRESSION.test(s) || RACE_TIME_EXPRESSION.test(s),
  size: (s) => MEASURE_EXPRESSION.test(s) || givesSum(s),
  ordinal: (s) => ORDINAL_EXPRESSION.test(s),
  percent: (s) => PERCENT_EXPRESSION.test(s),
  score: (s) => SCORE_EXPRESSION.test(s),
  name: (s) => NAME_EXPRESSION.test(s),
  raceTime: (s) => RACE_TIME_EXPRESSION.test(s),
  phone: (s) => PHONE_NUMBER.test(s),
  // A quantity that is not a date: "Aug. 19" does not say how much.
  quantity: (s) => QUANTITY_EXPRESSION.test(s.replace(TIME_EXPRESSIONS, ' ')),
}

export function sentenceAnswers(type: AnswerType, text: string): boolean {
  const sentence = type.echoes ? text.replace(type.echoes, ' ') : text
  if (type.kind === 'count') return countsAny(type.counted, sentence)
  if (type.kind === 'thingName') return NAME_EXPRESSION.test(sentence) || type.named.test(sentence)
  if (type.kind === 'capital') return type.cities.test(sentence)
  return ANSWERED_BY[type.kind](sentence)
}

/**
 * A number within four words before one of the counted words: "more than 14 million power
 * cables"; or, for people, the size of a group they make ("a crowd of 11,400").
 */
function countsAny(counted: string[], sentence: string): boolean {
  const wanted = countedWordsOf(counted)
  // Most sentences hold none of the counted words (the slowest questions of the bench are "how
  // many…"): a word's stem is a substring of the sentence without the marks words keep, so
  // none there means no match, without splitting the sentence into words.
  const reading = countReading(sentence)
  const holds = (part: string) => reading.bare.includes(part)
  if ((someOf(wanted.stems, holds) || someOf(wanted.kinds, holds)) && countedWithin(wanted, countWords(sentence, reading))) return true
  // "how many zloty": a sum printed with the currency's sign ("PLN 100", "£5m").
  if (wanted.sum?.test(sentence)) return true
  // "The number of confirmed cases had risen to ten": the count after the counted word.
  if (reading.bare.includes('number of') && [...wanted.stems].some((stem) => reading.bare.includes(stem) && numberOf(stem).test(sentence))) return true
  // The same sentences come back for every candidate: the group's word is looked for in the
  // bare reading before the pattern runs.
  if (!countsPeople(counted)) return false
  if (GROUPS.some((group) => reading.bare.includes(group)) && GROUP_SIZE.test(sentence)) return true
  // "have rescued 14 climbers and guides": a number up to three words before any word for people;
  // not an age ("a 27-year-old physiotherapist").
  let lastNumberAt = -Infinity
  for (const [at, word] of countWords(sentence, reading).entries()) {
    if (word.number) lastNumberAt = at
    else if (AGE_WORDS.has(word.singular)) lastNumberAt = -Infinity
    else if (at - lastNumberAt <= 3 && (usuallyNamesPeople(word.singular) || HEAD_COUNTS.has(word.singular))) return true
    if (word.closes) lastNumberAt = -Infinity
  }
  return false
}
/** Counts of people coming in, as organisers report them: "More than 40,000 admissions last year". */
const HEAD_COUNTS = new Set(['admission', 'attendance'])
/** The words of an age after its number, as countWords reads them ("27-year-old" is "27" and "yearold"). */
const AGE_WORDS = new Set(['yearold', 'yearsold', 'year', 'years', 'aged'])

/** "the number of (confirmed) cases (had) risen to ten", "the number of jobs lost stands at 300", by the counted word's stem. */
const numberOfPatterns = new Map<string, RegExp>()
function numberOf(stem: string): RegExp {
  let pattern = numberOfPatterns.get(stem)
  if (!pattern) {
    pattern = new RegExp(
      `\\bnumber of ([\\p{L}-]+ ){0,2}${stem}\\p{L}*\\b[^.;:]{0,40}?\\b${COUNT_REACHES}\\s+${APPROXIMATELY}(\\d|(${SPELLED_NUMBER})\\b)`,
      'iu',
    )
    numberOfPatterns.set(stem, pattern)
  }
  return pattern
}

/** Counted words that ask how many people: a group's size answers them too. */
const PEOPLE_COUNTED = new Set(['jobs', 'people', 'persons', 'fans', 'spectators', 'supporters', 'viewers', 'visitors', 'attendees', 'workers', 'employees', 'staff', 'members', 'residents', 'inhabitants', 'passengers', 'customers', 'users', 'subscribers', 'students', 'pupils', 'patients', 'voters'])
const countsPeople = (counted: string[]) => counted.some((word) => PEOPLE_COUNTED.has(word))
/** What joins a count to its figure ("risen to", "stands at", "a crowd of", "reached"). */
const COUNT_REACHES = '(of|to|at|was|is|were|reached|hit|topped)'
/** Words that round a count ("about 300", "more than 40"). */
const APPROXIMATELY = '(about |around |roughly |nearly |almost |some |more than |over |just over |just under )?'
/**
 * A head count given as a group's size, the number after it: "a sell-out crowd of 11,400",
 * "taking its headcount to roughly 2,800", "the attendance was 40,000", "the death toll rose to 14".
 */
const GROUPS = ['crowd', 'attendance', 'audience', 'turnout', 'workforce', 'headcount', 'membership', 'population', 'toll']
const GROUP_SIZE = new RegExp(
  `\\b(${GROUPS.join('|')})s?\\b[^.;:]{0,30}?\\b${COUNT_REACHES}\\s+${APPROXIMATELY}\\d`,
  'i',
)

/**
 * A sentence as countsAny reads it: in lower case, without the marks words keep, and as words
 * (stem, and whether it is a number). The same candidate sentences come back question after
 * question, and reading them was a sixth of a "how many" question's time: kept for recently seen
 * sentences (bounded, cleared whole when full).
 */
interface CountReading {
  bare: string
  words?: CountWord[]
}

const COUNT_READINGS_LIMIT = 20_000
const countReadings = new Map<string, CountReading>()

function countReading(sentence: string): CountReading {
  let reading = countReadings.get(sentence)
  if (!reading) {
    reading = { bare: sentence.toLowerCase().replace(/[,.'%-]/g, '') }
    if (countReadings.size >= COUNT_READINGS_LIMIT) countReadings.clear()
    countReadings.set(sentence, reading)
  }
  return reading
}

/**
 * The words, read once. "banned for 10-games", "a seven-match ban": a number joined to its noun
 * is two words, so it counts it too. "16.1% of the vote" keeps its "%": a share is not a count.
 */
function countWords(sentence: string, reading: CountReading): CountWord[] {
  if (!reading.words) {
    const words: CountWord[] = []
    const add = (word: string) =>
      words.push({ stem: countStem(word), singular: singularOf(word), number: COUNT_NUMBER.test(word.replace(/[.,:]$/, '')), closes: /[,:]$/.test(word) })
    for (const [word] of sentence.toLowerCase().matchAll(COUNT_WORD)) {
      const hyphen = word.indexOf('-')
      if (hyphen > 0 && hyphen < word.length - 1 && COUNT_NUMBER.test(word.slice(0, hyphen))) {
        add(word.slice(0, hyphen))
        add(word.slice(hyphen + 1))
      } else add(word)
    }
    reading.words = words
  }
  return reading.words
}

/** One pass over the words, remembering where the last number was, within its clause. */
function countedWithin(wanted: CountedWords, words: CountWord[]): boolean {
  let lastNumberAt = -Infinity
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!
    if (at - lastNumberAt <= 4 && isCounted(wanted, word)) return true
    if (word.number) lastNumberAt = at
    if (word.closes) lastNumberAt = -Infinity
  }
  return false
}

/** A clock time is one word, and no count: "09:30 – A reminder for travellers". */
const COUNT_WORD = /[a-z0-9,.:'%-]+/g

/** Each currency's signs, by its word without the plural's "s": "pound" → £, GBP; "zloty" → PLN. */
let currencySigns: Map<string, string[]> | undefined
function signsOf(word: string): string[] {
  if (!currencySigns) {
    currencySigns = new Map()
    for (const [sign, currency] of [...Object.entries(CURRENCY_SYMBOLS), ...Object.entries(CURRENCY_LETTERS), ...Object.entries(CURRENCY_BY_CODE)]) {
      const key = singularOf(currency)
      currencySigns.set(key, [...(currencySigns.get(key) ?? []), sign])
    }
  }
  return currencySigns.get(singularOf(word)) ?? []
}
/** A sum in the currency counted, by its sign before the figure; none when no currency is counted. */
function currencySum(counted: string[]): RegExp | undefined {
  const signs = counted.flatMap(signsOf)
  return signs.length ? new RegExp(`(?<![\\p{L}])(${signs.map(escapeRegExp).join('|')})\\s?\\d`, 'u') : undefined
}

/** A word that is a number by itself ("14", "63,000", "million"), unlike "a" or "an". */
const COUNT_NUMBER = new RegExp(`^(\\d[\\d,.]*|${NUMBER_WORD.replace('|a|an', '')})$`)
/** Close enough to match "cables"/"cable", "games"/"game", "matches"/"match". */
const countStem = (word: string) => singularOf(word).slice(0, 5)
/** The whole word, its letters folded, without a plural's "s" ("ewes" → "ewe"; "boxes" → "boxe", read as "box" too; "złoty" → "zloty"). */
const singularOf = (word: string) => (/[^\x00-\x7f]/.test(word) ? foldText(word) : word).replace(/[^a-z0-9]/g, '').replace(/(?<=...)s$/, '')
/** A sentence's word as countsAny reads it. */
interface CountWord {
  stem: string
  singular: string
  number: boolean
  /** A comma or colon after it: a number's reach ends there ("roughly 10 other countries, people familiar with…" counts no people). */
  closes: boolean
}
const someOf = (set: Set<string>, test: (item: string) => boolean) => {
  for (const item of set) if (test(item)) return true
  return false
}
/** The stems of every word for people counted: "how many employees" is answered by "employs 310 people", "how many ppl watched" by "11.4 million viewers". */
const PEOPLE_STEMS = [...PEOPLE_COUNTED].map(countStem)
/** The plain words for people, which count any kind of them. */
const PLAIN_PEOPLE_STEMS = ['people', 'persons'].map(countStem)

/** Whether a text names what a count asks for ("jobs"; any word for people when people are counted), with or without a number. */
export function mentionsCounted(type: AnswerType, text: string): boolean {
  if (type.kind !== 'count') return false
  const wanted = countedWordsOf(type.counted)
  return (text.toLowerCase().match(COUNT_WORD) ?? []).some((word) => wanted.stems.has(countStem(word)) || wanted.kinds.has(singularOf(word)))
}

/**
 * What a count asks for, as sentences are matched against it: the stems of the counted words
 * (and of every word for people, when people are counted), and the kinds of the counted thing,
 * whole words: a count of ewes is a count of sheep ("how many sheep did the farmer lose": "he had
 * lost around 40 ewes"). Kinds are nouns only (WordNet's kinds of people include "dead" and
 * "brave"), and whole words, not the five-letter stems: "airliner" is no "airlines'".
 */
interface CountedWords {
  stems: Set<string>
  kinds: Set<string>
  /** A sum in the currency counted ("PLN 100" for "how many zloty"). */
  sum?: RegExp
}

/** A word of a sentence names what is counted: by its stem, or as a kind of it ("ewes"; "boxes" read as "box" too). */
const isCounted = (wanted: CountedWords, { stem, singular }: CountWord) =>
  wanted.stems.has(stem) || wanted.kinds.has(singular) || wanted.kinds.has(singular.replace(/e$/, ''))

/** A counted word and its British or American spelling: "how many meters down" is answered by "410 metres underground". */
const spellingsOf = (word: string) => {
  const american = americanSpelling(word)
  return [word, ...britishSpellings(word), ...(american ? [american] : [])]
}

/** Made once per question, not once per sentence. */
const countedWords = new WeakMap<string[], CountedWords>()
function countedWordsOf(counted: string[]): CountedWords {
  let wanted = countedWords.get(counted)
  if (!wanted) {
    const people = countsPeople(counted)
    // "how many tourists are stuck": "3,200 people who cannot leave" counts them; a kind of
    // person is counted by the plain words for people (not by another kind: "workers" are no tourists).
    const kindOfPerson = !people && counted.some((word) => usuallyNamesPeople(singularOf(word)))
    wanted = {
      stems: new Set([...counted.flatMap(spellingsOf).map(countStem), ...(people ? PEOPLE_STEMS : kindOfPerson ? PLAIN_PEOPLE_STEMS : [])].filter((w) => w.length >= 3)),
      kinds: new Set(people ? [] : counted.flatMap((word) => kindsOf(word).filter((kind) => !isOrdinaryWord(kind) || isNoun(kind)))),
    }
    const sum = currencySum(counted)
    if (sum) wanted.sum = sum
    countedWords.set(counted, wanted)
  }
  return wanted
}

/** A phrase before the question word, set off by a comma: "besides the UK and France, which…", "after the summit, why…". */
const FRONTED = String.raw`(?:[^,?]{1,80},\s*)?`
const ASKS_REASON = new RegExp(
  String.raw`^\s*${FRONTED}(why|how come)\b|\bwhat('s| is| was)? (the )?reason\b|\bwhat (caused|led to)\b|\bwhat (sparked|triggered|started) (the|a|an|this|that|it)\b`,
)
/** A question opening (after a fronted clause) with one of these words; `then` what follows it. */
export const opensWith = (words: string, then = String.raw`\b`) => new RegExp(String.raw`^\W*${FRONTED}(${words})${then}`, 'i')
const ASKS_NAME = opensWith("who|whom|whose|which|who's|whos")
/** "who…", not "which…": "which bank", "which studios" ask for a body or a thing as often as for a person. */
const ASKS_WHO = opensWith("who|whom|who's|whos")
/** "which" and the three words after it. */
const ASKS_WHICH = opensWith('which', String.raw`\s+((?:[^\s?]+\s*){1,3})`)

/** Words that ask what someone said, thinks or how they took something. */
const STATEMENT_WORDS = /\b(say|said|says|think|thinks|thought|feel|feels|view|views|position|stance|react|reacted|reaction|respond|responded|response|claim|claimed|warn|warned|worried|concerned|opinion)\b/g
/** Statement words that are nouns: after an article and no one's, a thing ("the emergency response"). */
const STATEMENT_NOUNS = new Set(['response', 'reaction', 'view', 'views', 'position', 'stance', 'opinion'])
const ARTICLE_BEFORE = /\b(the|a|an)( [a-z-]+)? $/
const WHOSE_AFTER = /^ (from|of|by|to|on)\b/

/** Questions that ask for a reason ("why…") or for what someone said or thinks (and where they name who). */
export function questionAsks(question: string): { reason: boolean; statement: boolean; speakerPart?: string } {
  const q = question.toLowerCase()
  const before = speakerPart(q)
  return {
    reason: ASKS_REASON.test(q),
    statement: before !== undefined,
    ...(before !== undefined ? { speakerPart: before } : {}),
  }
}

/**
 * Where a statement question names the one whose words it asks for: before its first speech
 * word ("what did *mark rutte* say about ukraine"). After it comes the topic ("what is being
 * said about *valmora*", "did the cops have anything to say about *ozzy*"). Lower case.
 */
export function speakerPart(question: string): string | undefined {
  const q = question.toLowerCase()
  for (const match of q.matchAll(STATEMENT_WORDS)) {
    // "spent on the response", "the emergency response": a thing, not what someone said, unless
    // it is someone's ("the response from the council", "the reaction to the verdict").
    const noun = STATEMENT_NOUNS.has(match[0])
    if (noun && ARTICLE_BEFORE.test(q.slice(0, match.index)) && !WHOSE_AFTER.test(q.slice(match.index + match[0].length))) continue
    return q.slice(0, match.index)
  }
  return undefined
}

/** "Who…", "whose…", "which company…": answered by naming someone or something. */
export function asksForName(question: string): boolean {
  return ASKS_NAME.test(question) || asksPersonsName(question.toLowerCase())
}

/** People named by what they are or do ("the guy who found them"), beyond the titles of leaders/words.ts. */
const PERSON_NOUNS = new Set(['person', 'man', 'woman', 'guy', 'girl', 'boy', 'lady', 'bloke', 'kid', 'player', 'victim', 'suspect', 'driver', 'pilot', 'owner', 'winner', 'witness'])
const PERSON_NAME_ASKED = /\bname of (?:the |this |that |a |an |his |her |their )?((?:[a-z-]+ ?){1,3})/

/** "whats the name of the volcanologist quoted", "the name of the guy who found them": a person's name. */
function asksPersonsName(q: string): boolean {
  const words = PERSON_NAME_ASKED.exec(q)?.[1]?.split(' ').filter(Boolean) ?? []
  return words.some((word) => isTitleHead(word) || PERSON_NOUNS.has(word))
}

/**
 * The sentence names someone or something the question does not: a run of capitalised words
 * ("Toshiyuki Shiga", "Riggs Bank") holding one that is not ordinary English, none of whose words
 * the question has ("Carlos Ghosn" is not new to a question about Ghosn). A news lead withholds the
 * name ("Nissan has named a lifetime employee…") and the next sentence gives it.
 */
export function namesSomeoneNew(sentence: string, questionWords: Set<string>): boolean {
  let run: string[] = []
  const runIsNew = () => run.some((w) => !isOrdinaryWord(w)) && !run.some((w) => questionWords.has(w))
  for (const [word] of sentence.matchAll(WORD)) {
    if (/^\p{Lu}/u.test(word) && !NAME_AS_ADJECTIVE.test(word)) {
      run.push(foldWord(word).replace(/\.$/, ''))
      continue
    }
    if (run.length && runIsNew()) return true
    run = []
  }
  return run.length > 0 && runIsNew()
}

/** A name made an adjective names no one: "Bengaluru-based software firm", "US-led talks", "Kremlin-backed". */
const NAME_AS_ADJECTIVE = /-(based|born|bred|led|owned|backed|listed|registered|made|run|funded|linked|headquartered)$/i

/** The question's words as namesSomeoneNew compares them; "ex-boeing" has "boeing" too. */
export function questionWordSet(question: string): Set<string> {
  const words = new Set<string>()
  for (const [word] of question.matchAll(WORD)) {
    const folded = foldWord(word)
    words.add(folded)
    for (const part of folded.split('-')) words.add(part)
  }
  return words
}

/** A word as written, with its inner apostrophes, dots and hyphens ("O'Neill", "U.S.", "ex-Boeing"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu
