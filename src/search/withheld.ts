// What the coverage says it was not told. News writes down what a source kept back: "It did not
// name the customer", "Financial details of the deal were not disclosed", "a contract with a
// European bank that it did not name", "sold to an undisclosed bidder", "Marsh did not say when
// the move would take place". A question asking for that very thing is not answered by the
// passages around it, however closely they match the story: they are the near miss that scores
// like an answer (docs/quality.md item 39). The sentence saying so is the honest reply.
import { expectedAnswerType, mentionsCounted, namesSomeoneNew, opensWith, questionAsks, questionWordSet, sentenceAnswers, type AnswerType } from './answerType.ts'
import { firstPartOfSpeech, isNoun } from './lexicon.ts'
import { STOP_WORDS } from './stopwords.ts'
import { namesPeopleInLowerCase } from './synonyms.ts'

/** How far down the ranking a sentence saying "not disclosed" is read: the passages a reply would show, and a few more. */
export const WITHHELD_WITHIN = 8
/** A sentence this short leans on its paragraph for what it is about ("Terms were not disclosed."). */
const TERSE_WORDS = 12

type Asked = 'where' | 'when' | 'who' | 'which' | 'what' | 'why' | 'how much' | 'how many' | 'how long' | 'how soon' | 'how' | 'yes-no'

/** "how" asking the way something happened ("how did…", "how r the family splitting…"), not "how old". */
const HOW = String.raw`how(?=\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|you|i|this|that|these|those|did|does|do|is|are|was|were|will|would|could|can|should|has|have|had|r|u)\b)`
/** The words that ask, in a question or embedded in a sentence ("did not say how long…"). */
const ASKING = `where|when|who|whom|whose|which|what|why|how much|how many|how long|how soon|how big|how large|${HOW}`
/** The words that ask (after a fronted phrase: "besides the UK, which…"). */
const WH = opensWith(ASKING)
/** A yes/no question: answered by "they would not say whether…". */
const YES_NO = /^\W*(is|are|was|were|will|would|does|do|did|has|have|can|could|should)\b/i
const EMBEDDED = new RegExp(String.raw`^(${ASKING}|whether|if)\b`, 'i')

/** "did not name", "declined to say", "is yet to disclose", "would not comment on": someone kept back what follows (or what comes before: "…that it did not name"). */
const KEPT_BACK = new RegExp(
  String.raw`(?:(?:\b(?:did not|didn't|does not|doesn't|do not|don't|has not|hasn't|have not|haven't|had not|would not|wouldn't|will not|won't|` +
    String.raw`could not|couldn't|declined to|refused to|failed to|unable to|(?:is|are|was|were) yet to|yet to|not yet|(?:is|are|was|were) not in a position to)|\bneither(?:\s+[\p{L}'’-]+){1,3}\s+(?:would|will|could|did))` +
    String.raw`\s+(?:yet\s+)?(?:publicly\s+)?(?:want\s+to\s+)?` +
    // "declined to estimate how long…"; "did not inform whether…", as a translation from Portuguese or Spanish puts it.
    String.raw`(?:disclosed?|reveal(?:ed)?|named?|identif(?:y|ied)|specif(?:y|ied)|say|said|released?|give|given|confirm(?:ed)?|publish(?:ed)?|announced?|discuss(?:ed)?|comment(?:ed)? on|be drawn on|decided?|determined?|estimate|inform(?:ed)?|put a (?:figure|price|cost|value|number|date) on)\b` +
    // "has said nothing (yet) about what it would cost", "is holding back its headliner",
    // "remained tight-lipped about the fee", "without naming the journal".
    String.raw`|\b(?:said|says|say)\s+nothing(?:\s+yet)?\s+about\b|\b(?:is|are|was|were)\s+(?:holding|held)\s+back\b` +
    String.raw`|\b(?:is|are|was|were|remains?|remained|stayed|stays|kept)\s+(?:tight[- ]lipped|silent|quiet|mum)\s+(?:about|on|over|as to)\b` +
    String.raw`|\bwithout\s+(?:naming|identifying|disclosing|revealing|specifying|saying|giving)\b)` +
    String.raw`(?:\s+(?:however|publicly|yet),?)?`,
  'iu',
)
/**
 * "His name has not been released", "How much Ask Jeeves paid was not revealed", "The date is yet
 * to be decided", "the fee remains a secret": the thing comes before. Not "was not set to…" (going to).
 */
const NOT_MADE_PUBLIC = new RegExp(
  String.raw`\b(?:(?:was|were|is|are)\s+(?:not|n't)\s+(?:yet\s+)?(?:been\s+)?|(?:has|have|had)\s+(?:not|n't)\s+(?:yet\s+)?been\s+|(?:is|are|was|were|has|have|had)\s+yet\s+to\s+be\s+)` +
    String.raw`(?:disclosed|revealed|named|identified|released|made public|announced|specified|set|decided|known|determined|published|confirmed)\b(?!\s+to\b)|` +
    String.raw`\b(?:remains?|remained|is|are|was|were|has been|have been)\s+(?:being\s+)?(?:kept\s+)?(?:a\s+)?(?:closely[- ]guarded\s+)?(?:secret|under wraps|confidential|unclear|unknown)\b`,
  'i',
)
/** "No date has been set", "no financial details were revealed", "No reason was given": the thing is what there is none of. */
const NONE_GIVEN =
  /\bno\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:given|set|revealed|disclosed|announced|released|made public|provided|named|confirmed|available)\b/iu
/** "gave no details of the deal", "offered no reason": the thing follows. */
const GAVE_NONE = /\b(?:gave|give|gives|giving|offered|provided)\s+no\s+(?:further\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?=[,.;:]|$)/iu
/**
 * "It is not clear how many…", "it was unclear why", "it remains unknown whether": an embedded
 * question follows. Not in a clause of time ("the three weeks after that election, when it was
 * unclear who would occupy the White House"): that is how things stood then.
 */
const NOT_CLEAR = /(?<!\b(?:when|while|as|until|before|after|since)\s+)\b(?:it|this)\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown|to\s+be\s+seen|too\s+early\s+to\s+(?:say|tell))\s+/i
/**
 * "Asked whether the insurance would cover the damage, he said it was too early to say": the
 * question put to someone who did not answer it is what was kept back.
 */
const ASKED_NOT_TOLD = new RegExp(
  String.raw`^\W*asked\s+(${ASKING}|whether|if)\s+([^,;]+),\s*[^,;]*?\b(?:(?:it|this)\s+(?:is|was)\s+too\s+early\s+to\s+(?:say|tell)|declined\s+to\s+(?:comment|say|answer)|` +
    String.raw`(?:would|could|did)\s+not\s+(?:say|comment|answer|be\s+drawn)|refused\s+to\s+(?:say|comment|answer))\b`,
  'i',
)
/** "keeping its subject matter a closely guarded secret", "kept the fee secret". */
const KEPT_SECRET = /\b(?:keep|keeps|kept|keeping)\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:a\s+)?(?:closely[- ]guarded\s+)?(?:secret|under wraps|confidential)\b/iu
/** "an undisclosed amount", "to an undisclosed bidder", 'all unnamed "allies"'. */
const UNSAID = /\b(?:undisclosed|unnamed|unidentified|unspecified)\s+["“‘']?([a-z]+)/i
/** A second thing kept back by the same verb: ", nor who would chair the board", "or on how much cash will be…". */
const ALSO_KEPT_BACK = new RegExp(String.raw`\b(?:nor|or)\s+(?:on\s+|about\s+|over\s+|as to\s+)?(${ASKING}|whether)\b([^,;:.!?]*)`, 'gi')
/** Verbs of not talking about a thing rather than keeping it back ("declined to comment on the lawsuit"). */
const LOOSELY_KEPT = /(discuss|discussed|comment on|commented on|be drawn on|lipped|silent|quiet|mum)\b/i
/** "…did not disclose the fee, but it is thought to be £5m", "…yet to name the day - but it is widely expected to be 5 May": what follows answers after all. */
const THEN_SAYS = /\b(?:but|however|although|though)\b[^.;]{0,60}\b(?:thought|believed|understood|reported|estimated|said to|put at|valued|reckoned|expected|tipped|likely|betting|predicted|speculation)\b/i
/** The words a sentence keeping something back mostly has: one without them is passed over unread. */
const MAY_KEEP_BACK = /n[o']t\b|\bno\b|declined|refused|failed|unable|undisclosed|unnamed|unidentified|unspecified|yet to|secret|under wraps|confidential|unclear|unknown|to be seen|lipped|silent|quiet|mum\b|without|neither|nothing|(?:holding|held) back|too early/i
/** Where one clause ends and another with its own subject begins: "…has not been made public, and Tidewater has not said…". */
const CLAUSE_BREAK = /(;\s*|,\s*(?:and|but|while)\s+)/i
/** Not a thing kept back but a clause ("refused to confirm he is setting up a party"). */
const CLAUSE_START = /^(he|she|it|they|we|i|you|this|that|these|those|there|him|her|them)\b/i
/** A clause after "did not say": "that", or a short subject and its verb ("drivers are entitled to…", "the deal would close"). */
const SAID_THAT = /^(?:that\b|(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:is|are|was|were|will|would|should|could|can|must|may|might|has|have|had)\b)/iu
/** Words that end the noun phrase a head is read from: prepositions and what opens a clause. */
const PHRASE_END = /^(of|for|to|in|on|at|from|by|with|about|over|under|between|after|before|since|during|following|including|amid|against|per|among|into|through|that|which|who|whom|whose|where|when|he|she|it|they|we|i|you)$/

/** The nouns that name what each question word asks for: "no date has been set" does not say when. */
const ANSWER_NOUNS: Partial<Record<Asked, Set<string>>> = {
  when: new Set(['date', 'day', 'time', 'timing', 'timetable', 'timeline', 'timeframe', 'schedule', 'deadline']),
  why: new Set(['reason', 'explanation', 'motive', 'cause']),
  where: new Set(['location', 'place', 'venue', 'site', 'whereabout', 'destination']),
  who: new Set(['name', 'identity']),
  which: new Set(['name', 'identity']),
  'how many': new Set(['number', 'figure', 'total']),
  // A sum kept back: "financial details", "the value of the deal", "unspecified damages".
  'how much': new Set(['amount', 'sum', 'fee', 'price', 'pricing', 'value', 'cost', 'term', 'figure', 'valuation', 'financial', 'damage', 'compensation', 'offer', 'bid', 'payment', 'settlement', 'earning', 'proceed', 'taking', 'revenue', 'income']),
}

interface KeptBack {
  /** What was kept back, as written: "the price of the ammonia", "two automakers", "where the trawler had collected the drugs". */
  thing: string
  /** Its head noun, as compared ("price", "automaker"); none for an embedded question. */
  head?: string
  /** The question word it begins with, if it is an embedded question ("where", "whether"). */
  embedded?: string
  /** Kept back as an adjective ("an unnamed bidder"): the sentence is about someone or something left unnamed. */
  unsaid?: boolean
  /**
   * Not talked about rather than kept back ("declined to comment on the lawsuit"), or not known
   * rather than not told ("it was not yet clear whether…", itself an answer to "will it…").
   */
  loose?: boolean
}

/** "What did they pay", "what date", "in which city", "what's the name" ask as "how much", "when", "where" and "who" do. */
const ASKED_BY_TYPE: Partial<Record<string, Asked>> = { money: 'how much', time: 'when', place: 'where', name: 'who' }

/** An embedded question about a cause: "has not said what caused the fire" keeps back why. */
const CAUSE_ASKED = /^what\s+(?:caused|led to|sparked|triggered|started)\b/i

/** "whom" and "whose" ask who; "how big" asks how much ("how big is his transfer budget" and "would not say how much cash…"). */
const asWord = (word: string): string => (word === 'whom' || word === 'whose' ? 'who' : word === 'how big' || word === 'how large' ? 'how much' : word)

interface Question {
  asked: Asked
  /** The word the question opens with, before its kind of answer says what it asks ("what … called" asks a name, 'who'). */
  opening: Asked
  words: Set<string>
  /** As namesSomeoneNew compares them. */
  nameWords: Set<string>
  type: AnswerType | undefined
}

/**
 * The passage among the first `WITHHELD_WITHIN` that says what the question asks for was not
 * made public, and the sentence that says so; undefined for most questions.
 */
export function findWithheld<T extends { passage: { text: string; sentences: { text: string }[] } }>(question: string, ranked: T[]): { found: T; sentence: string } | undefined {
  const asking = WH.exec(question)
  const wh = asking?.[1]?.toLowerCase()
  const opening = wh ? (asWord(wh) as Asked) : YES_NO.test(question) ? 'yes-no' : undefined
  if (!opening) return undefined
  const type = expectedAnswerType(question)
  // "what caused the fire" asks why, as "did not say what caused it" keeps back why.
  const asked = (type && ASKED_BY_TYPE[type.kind]) ?? (opening === 'what' && questionAsks(question).reason ? 'why' : opening)
  // The words that ask are no words of the subject: "how long is the runway" is not about
  // whatever "declined to estimate how long the unrest might last" is about.
  const whEnd = asking ? asking.index + asking[0].length : 0
  const subject = asking ? `${question.slice(0, whEnd - asking[1]!.length)} ${question.slice(whEnd)}` : question
  const q: Question = { asked, opening, words: contentWords(subject), nameWords: questionWordSet(question), type }
  const best = ranked[0]?.passage
  for (const [rank, found] of ranked.slice(0, WITHHELD_WITHIN).entries()) {
    for (const sentence of found.passage.sentences) {
      const { text } = sentence
      for (const { kept, answeredIn } of keptBackInSentence(sentence)) {
        // "…paying $2.1m to an unnamed agent" still answers how much was paid.
        if (q.type && sentenceAnswers(q.type, answeredIn)) continue
        if (q.type?.kind === 'count') {
          // "declined to say how many of its 2,100 employees…" does not keep back how many planes.
          if (countsAnotherThing(q.type, kept.thing)) continue
          // A count of the very thing, beside the sentence or first in the ranking, answers it
          // whoever kept it back: "The airlines did not disclose how many jobs would be affected.
          // The union has warned that up to 300 jobs could be at risk."
          if ([found.passage, best!].some((p) => p.sentences.some((other) => other !== sentence && sentenceAnswers(q.type!, other.text)))) continue
        }
        // So does an amount of the very stuff asked about: "The company did not say how much oil
        // had leaked", and the coast guard's "about 180,000 liters of fuel oil had escaped".
        if (q.type?.kind === 'quantity') {
          const stuff = [...contentWords(kept.thing)].filter((w) => q.words.has(w))
          const amountOf = (other: { text: string }) => {
            if (other === sentence || !sentenceAnswers(q.type!, other.text)) return false
            const words = contentWords(other.text)
            return stuff.some((w) => words.has(w))
          }
          if (stuff.length && [found.passage, best!].some((p) => p.sentences.some(amountOf))) continue
        }
        // Whether the question is about what was kept back is read in that clause's own words:
        // "…, but the district has not yet decided where Eastwood pupils will go" is about
        // Eastwood, and not about the Lincoln Park pupils of the clause before.
        const asked = answeredIn === text ? q : { ...q, words: without(q.words, contentWords(text.replace(answeredIn, ' '))) }
        if (asksFor(asked, kept, answeredIn, found.passage, rank)) return { found, sentence: text }
      }
    }
  }
  return undefined
}

function asksFor(q: Question, kept: KeptBack, sentence: string, passage: { text: string; sentences: { text: string }[] }, rank: number): boolean {
  const thingWords = contentWords(kept.thing)
  // How much the sentence is about what the question is about, besides the thing kept back. A
  // sentence of the best passages that is short ("Terms were not disclosed.") or says whose the
  // thing is by a pronoun ("His whereabouts remained unknown…") leans on its paragraph: the
  // paragraph says what it is about, unless it gives the kind of answer asked for itself
  // ("Terms were not disclosed. The company made a profit of £5m").
  const shared = sharedCount(contentWords(sentence), q.words, kept.head)
  const leans =
    (sentence.split(/\s+/).length <= TERSE_WORDS || /^(?:his|her|their|its)\b/i.test(kept.thing)) &&
    rank < 2 &&
    !(q.type && passage.sentences.some(({ text }) => text !== sentence && sentenceAnswers(q.type!, text)))
  const sharedAround = leans ? sharedCount(contentWords(passage.text), q.words, kept.head) : shared
  if (q.asked === 'yes-no') {
    // "is brown staying on as chancellor" and "refused to say whether Mr Brown would remain as chancellor".
    return !kept.loose && (kept.embedded === 'whether' || kept.embedded === 'if') && sharedCount(thingWords, q.words) >= 2
  }
  const answerNouns = ANSWER_NOUNS[q.asked]
  const answersAsked = !!answerNouns && [...thingWords].some((w) => answerNouns.has(w))
  // The question names the thing: "which european bank…" and "a European bank that it did not
  // name"; "It did not name the customer" right after the story's sentence. A question asking
  // for a kind of answer asks for that, not for the thing: "what were the firms asked to pay"
  // is not asked of "two unnamed firms".
  if (kept.head !== undefined && q.words.has(kept.head) && !kept.loose) {
    const ofTheKindAsked = !q.type || answersAsked || (q.asked === 'who' && namesPeopleInLowerCase(kept.head))
    if (ofTheKindAsked) return shared > 0 || (leans && sharedAround >= 2)
  }
  // Or it asks what the thing answers: "when…" and "no date has been set for the ceremony".
  if (answersAsked) return sharedAround >= 2
  if (kept.embedded) {
    const embedded = CAUSE_ASKED.test(kept.thing) ? 'why' : asWord(kept.embedded)
    // "declined to say where…" answers "where did…"; "…didn't say who" answers "which company…";
    // "which" and "what" say too little by themselves, unless the noun after them is the
    // question's: "did not say which brigade the firefighter belonged to" and "which brigade…".
    // A name asked by "what" is a thing's: "what will the merged airline be called" is not
    // asked of "…nor who would chair the board".
    const same = (embedded === q.asked && !(embedded === 'who' && q.opening === 'what')) || (embedded === 'who' && q.asked === 'which')
    const aboutTheThing = sharedCount(thingWords, q.words) > 0 || shared > 0 || (leans && sharedAround >= 2)
    if (same && embedded !== 'which' && embedded !== 'what') return aboutTheThing
    const noun = kept.thing.split(/\s+/)[1]?.toLowerCase().replace(/[^a-z-]/g, '')
    return (
      (embedded === 'which' || embedded === 'what') &&
      // "which brigade…" asks for a name ('who') by its kind of answer.
      (q.asked === 'which' || q.asked === 'what' || q.asked === 'who') &&
      !!noun &&
      !STOP_WORDS.has(noun) &&
      !firstPartOfSpeech(noun)?.startsWith('VB') &&
      q.words.has(stem(noun)) &&
      aboutTheThing
    )
  }
  // "who bought the theatre" and "sold to an undisclosed bidder at auction": someone left
  // unnamed, in a sentence about the question's story that names no one else it might be.
  return (
    !!kept.unsaid &&
    // Not "which court…": "which" names what it asks for, and "unnamed individuals" are no court.
    q.asked === 'who' &&
    (shared >= 2 || (leans && sharedAround >= 2)) &&
    kept.head !== undefined &&
    namesPeopleInLowerCase(kept.head) &&
    !namesSomeoneNew(sentence, q.nameWords)
  )
}

/**
 * What a sentence of the coverage says was kept back, read once: the same best passages come back
 * question after question. Kept as long as the sentence is (a reload drops them with it).
 */
const keptBackRead = new WeakMap<object, { kept: KeptBack; answeredIn: string }[]>()
function keptBackInSentence(sentence: { text: string }): { kept: KeptBack; answeredIn: string }[] {
  let found = keptBackRead.get(sentence)
  if (!found) keptBackRead.set(sentence, (found = keptBackIn(sentence.text)))
  return found
}

/**
 * What a sentence says was kept back, clause by clause ("How much Ms Rawiri stands to gain has not
 * been made public, and Tidewater has not said how many of its staff hold shares" keeps two
 * things back), and where an answer of the kind asked for would undo it: anywhere in the
 * sentence, but only in its own clause after "but" or "while", which sets it against another
 * subject ("Lincoln Park's students will move to Harding, but the district has not yet decided
 * where Eastwood's will go").
 */
function keptBackIn(sentence: string): { kept: KeptBack; answeredIn: string }[] {
  // Most sentences say nothing was kept back: one cheap test before the patterns and the split
  // (a clause holds none of these words when its sentence holds none).
  if (!MAY_KEEP_BACK.test(sentence)) return []
  const found: { kept: KeptBack; answeredIn: string }[] = []
  const whole = keptBack(sentence)
  if (whole) found.push({ kept: whole, answeredIn: sentence })
  // "did not disclose how many jobs would go, nor who would chair the board", "refused to be
  // drawn on the manager's future or on how much cash…": what follows "nor" or "or" is kept back too.
  const keptVerb = whole && KEPT_BACK.exec(sentence)
  if (keptVerb) {
    const loose = LOOSELY_KEPT.test(keptVerb[0])
    for (const more of sentence.slice(keptVerb.index + keptVerb[0].length).matchAll(ALSO_KEPT_BACK)) {
      found.push({ kept: { thing: `${more[1]!}${more[2]!}`.trim(), embedded: more[1]!.toLowerCase(), loose: loose && !/^(?:whether|if)$/i.test(more[1]!) }, answeredIn: sentence })
    }
  }
  // Not when a clause answers after all ("…yet to name the day, but pundits expect 5 May").
  if (THEN_SAYS.test(sentence)) return found
  // Split on a capturing pattern: clauses at even places, what joins them between.
  const parts = sentence.split(CLAUSE_BREAK)
  if (parts.length === 1) return found
  for (let i = 0; i < parts.length; i += 2) {
    const kept = keptBack(parts[i]!)
    if (!kept) continue
    const answeredIn = /\b(?:but|while)\s*$/i.test(parts[i - 1] ?? '') ? parts[i]! : sentence
    if (!found.some((f) => f.kept.thing === kept.thing && f.answeredIn === answeredIn)) found.push({ kept, answeredIn })
  }
  return found
}

function keptBack(sentence: string): KeptBack | undefined {
  if (!MAY_KEEP_BACK.test(sentence)) return undefined
  const asked = ASKED_NOT_TOLD.exec(sentence)
  if (asked) return { thing: asked[2]!.trim(), embedded: asked[1]!.toLowerCase() }
  let match = KEPT_BACK.exec(sentence)
  if (match) {
    const after = sentence.slice(match.index + match[0].length)
    if (THEN_SAYS.test(after)) return undefined
    const object = after.split(/[,;:.!?"“”()]|\s[-–—]\s/)[0]!.trim()
    // "a European bank that it did not name", "two automakers, which she declined to name".
    if (!object || /^(it|them|him|her)\b/i.test(object)) {
      const antecedent = /([\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}),?\s+(?:that|which|whom|who)\s+(?:[\p{L}'’-]+\s+){0,2}$/u.exec(sentence.slice(0, match.index))
      return antecedent ? { thing: antecedent[1]!, head: lastNoun(antecedent[1]!.split(/\s+/)) } : undefined
    }
    const embedded = EMBEDDED.exec(object)?.[1]?.toLowerCase()
    if (!embedded && CLAUSE_START.test(object)) return undefined
    // "it didn't say drivers are entitled to pensions": a statement not made, not a thing kept back.
    if (!embedded && /\b(?:say|said)$/i.test(match[0].trim()) && SAID_THAT.test(object)) return undefined
    const words = object.split(/\s+/).slice(0, 10)
    const loose = LOOSELY_KEPT.test(match[0])
    // "declined to comment on whether the plan had sold shares" keeps back whether it had.
    if (embedded) return { thing: words.join(' '), embedded, loose: loose && !/^(?:whether|if)$/i.test(embedded) }
    // "declined to name the buyer" leaves the buyer unnamed, as "an unnamed buyer" does.
    return { thing: words.join(' '), head: headOf(words), loose, unsaid: /(name|named|naming|identify|identified|identifying)$/i.test(match[0].trim()) }
  }
  match = NOT_CLEAR.exec(sentence)
  if (match) {
    const after = sentence.slice(match.index + match[0].length)
    const embedded = EMBEDDED.exec(after)?.[1]?.toLowerCase()
    return embedded && !THEN_SAYS.test(after) ? { thing: after.split(/[,;:.!?]/)[0]!.trim(), embedded, loose: true } : undefined
  }
  match = NONE_GIVEN.exec(sentence) ?? GAVE_NONE.exec(sentence) ?? KEPT_SECRET.exec(sentence)
  if (match) {
    if (THEN_SAYS.test(sentence.slice(match.index))) return undefined
    const words = match[1]!.split(/\s+/)
    return { thing: match[1]!, head: headOf(words) }
  }
  match = NOT_MADE_PUBLIC.exec(sentence)
  if (match) {
    if (THEN_SAYS.test(sentence.slice(match.index))) return undefined
    const before = sentence.slice(0, match.index).trim()
    // "How much Ask Jeeves paid for Bloglines was not revealed": an embedded question, whole.
    const embedded = EMBEDDED.exec(before)?.[1]?.toLowerCase()
    if (embedded) return { thing: before, embedded }
    // "It was not disclosed who made the complaint": the embedded question follows.
    if (/^(?:it|this)$/i.test(before)) {
      const after = sentence.slice(match.index + match[0].length).trim()
      const following = EMBEDDED.exec(after)?.[1]?.toLowerCase()
      return following ? { thing: after.split(/[,;:.!?]/)[0]!.trim(), embedded: following } : undefined
    }
    // The subject: the words just before the verb, or the sentence's first phrase when a clause
    // comes between ("Financial details of the deal, which includes…, were not disclosed").
    const segments = before.split(/[,;:]|\band\b/).map((segment) => segment.trim()).filter(Boolean)
    const nearest = segments.at(-1) ?? ''
    // "The ferry's captain, whose name…": the name. "Financial details of the deal, which
    // includes…": the details.
    const subject = /^(which|who|that)\b/i.test(nearest) ? segments[0]! : nearest.replace(/^whose\s+/i, '')
    return {
      thing: [segments[0], nearest].join(' '),
      head: headOf(subject.split(/\s+/).slice(0, 8)),
      // "The victim has not been identified": someone left unnamed.
      unsaid: /\b(named|identified)\b/i.test(match[0]),
    }
  }
  match = UNSAID.exec(sentence)
  return match ? { thing: match[1]!, head: stem(match[1]!), unsaid: true } : undefined
}

/**
 * A count kept back that names what it counts, and not what the question counts: "how many of the
 * two airlines' combined 2,100 employees could be affected", "the number of staff" for "how many
 * planes…". One naming nothing ("how many would be affected") may be what is asked.
 */
function countsAnotherThing(type: AnswerType, thing: string): boolean {
  const counted = thing.replace(/^(?:how many|(?:the\s+)?(?:total\s+)?number of)\s+/i, '')
  if (counted === thing) return false
  const namesSomething = (counted.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => !STOP_WORDS.has(word) && isNoun(word))
  return namesSomething && !mentionsCounted(type, counted)
}

/** "the price of the ammonia" → price; "The fee paid to Stanmoor" → fee; "the locations that will close" → location. */
function headOf(words: string[]): string | undefined {
  const cut = words.findIndex((w, i) => i > 0 && PHRASE_END.test(w.toLowerCase()))
  return lastNoun(cut > 0 ? words.slice(0, cut) : words)
}

/** The last word that is not a verb form ("paid", "announced"): "agreements with two automakers" → automaker. */
function lastNoun(words: string[]): string | undefined {
  const nouns = words.filter((w, i) => i === 0 || !firstPartOfSpeech(w.toLowerCase().replace(/[^a-z'-]/g, ''))?.startsWith('VB'))
  const last = nouns.at(-1)
  return last === undefined ? undefined : stem(last)
}

const without = (words: Set<string>, others: Set<string>) => new Set([...words].filter((w) => !others.has(w)))

function sharedCount(words: Set<string>, questionWords: Set<string>, besides?: string): number {
  let shared = 0
  for (const w of words) if (w !== besides && questionWords.has(w)) shared++
  return shared
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) if (word.length > 2 && !STOP_WORDS.has(word)) words.add(stem(word))
  return words
}

/** Close enough to match "names"/"name", "automakers"/"automaker", "fees"/"fee", "companies"/"company"; not a stemmer. */
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(?<=...)ies$/, 'y')
    .replace(/(?<=..[^s])s$/, '')
