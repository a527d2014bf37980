// Articles and passages → the people of the coverage, with their titles and statements.
// Pass 1 tokenizes every sentence and learns which words the corpus writes in lower case;
// pass 2 finds names, pass 3 merges them into people, pass 4 attributes statements.
import type { Article, Passage, Person, Statement } from '../types.ts'
import { findNames } from './extract.ts'
import { type Cluster, honorificGender, type Occurrence, resolvePeopleSteps } from './merge.ts'
import { foldName } from './names.ts'
import { findSpeakers, type Speaker } from './statements.ts'
import { CaseStats, tokenize } from './tokens.ts'
import { findTurns, type Turn } from './transcript.ts'
import { GIVEN_NAME_STYLES, isTitleHead, RELATION_NOUNS, type Sex } from './words.ts'

interface SentenceRecord {
  article: number
  source: string
  /** -1 for a headline that is not part of the body (mentions count, it is never quoted). */
  passageId: number
  text: string
  /** Before tokenizing: whether it follows a sentence of the same passage (a quotation may be open). Then: it starts inside one. */
  startsQuoted: boolean
  /** Whether it begins a paragraph of its article. */
  opensParagraph: boolean
  /** It opens a transcript's turn with its speaker's label ("DR. RETNO KUSUMASTUTI, HEAD OF PVMBG: …"). */
  turn?: Turn
  /** It goes on with a turn a sentence before it opened, in the same paragraph. */
  inTurn?: boolean
  occurrences: Occurrence[]
  speakers: Speaker[]
}

/** Everyone the coverage names as a person, most mentioned first. */
export function buildPeople(articles: Article[], passages: Passage[]): Person[] {
  const steps = buildPeopleSteps(articles, passages)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** The same, giving the event loop a turn every `sliceMs`, so a bot keeps answering meanwhile. */
export async function buildPeopleAsync(articles: Article[], passages: Passage[], sliceMs = 20): Promise<Person[]> {
  const steps = buildPeopleSteps(articles, passages)
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}

/** Sentences between two chances to pause. */
const STEP = 256
/**
 * Name mentions read in one article. A news article has a few hundred at most (290 in the BBC
 * article with most, 49 in the seeds'); merging compares an article's mentions with each
 * other, so a file of megabytes of names (a dump, not an article) took minutes and held up the bot.
 */
const MAX_NAMES_PER_ARTICLE = 2_000
/** How many sentences back a name given as another's (a maiden name after "her", a real name after a nickname) may find whose it is. */
const EARLIER_NAME_REACH = 2
/** …and how far back a name in full is looked for by its surname, which says whose it is. */
const SURNAME_REACH = 30

/** The last name of the article read since sentence `from` (occurrences are in reading order) that passes `test`. */
function lastNamedSince(occurrences: Occurrence[], article: number, from: number, test: (o: Occurrence) => boolean): Occurrence | undefined {
  for (let x = occurrences.length - 1; x >= 0 && occurrences[x]!.sentence >= from; x--) {
    const o = occurrences[x]!
    if (o.article === article && test(o)) return o
  }
  return undefined
}

/** buildPeople as steps: it yields every STEP sentences of each pass and returns the people. */
function* buildPeopleSteps(articles: Article[], passages: Passage[]): Generator<void, Person[]> {
  const bySource = new Map<string, Passage[]>()
  for (const p of passages) {
    const list = bySource.get(p.source) ?? []
    list.push(p)
    bySource.set(p.source, list)
  }

  // Pass 1: case statistics (headlines left out: they capitalise every word).
  const stats = new CaseStats()
  const sentences: SentenceRecord[] = []
  for (const [a, article] of articles.entries()) {
    if (headlineOutsideBody(article)) sentences.push(record(a, article.source, -1, article.title, false, true))
    for (const passage of (bySource.get(article.source) ?? []).sort((x, y) => x.position - y.position)) {
      passage.sentences.forEach((s, i) => {
        stats.addText(s.text)
        const opensParagraph = i === 0 ? passageOpensParagraph(article.body, passage.text) : passage.text.slice(passage.sentences[i - 1]!.end, s.start).includes('\n')
        sentences.push(record(a, article.source, passage.id, s.text, i > 0, opensParagraph))
      })
    }
    if (a % STEP === 0) yield
  }
  yield* findTurns(sentences, stats)

  // Pass 2: tokens, names and speakers, sentence by sentence. Tokens are dropped as we go:
  // kept for a whole corpus they cost more in garbage collection than tokenizing does.
  const occurrences: Occurrence[] = []
  let open = false
  let namesInArticle = 0
  for (const [i, s] of sentences.entries()) {
    if (i % STEP === 0) yield
    if (s.article !== sentences[i - 1]?.article) namesInArticle = 0
    const startsQuoted = s.startsQuoted && open
    s.startsQuoted = startsQuoted
    const { tokens, openQuote } = tokenize(s.text, startsQuoted)
    open = openQuote
    const names = namesInArticle < MAX_NAMES_PER_ARTICLE ? findNames(s.text, tokens, stats) : []
    // A turn's speaker, named by its label as a sentence of news would name them.
    const attribution = s.turn?.attribution
    const speaker = attribution ? findNames(attribution, tokenize(attribution).tokens, stats).find((n) => n.speaking) : undefined
    if (speaker) names.push(speaker)
    namesInArticle += names.length
    for (const name of names) {
      // "…led by Madam Abena Owusu-Frimpong. Many still know her by her maiden name, Abena
      // Ansah": the one the last sentences named by that given name. "The person who dug me out
      // was Bhalu. His real name is Pasang Tamang": the name the article went by is a nickname.
      if (name.namesEarlier === 'maiden') name.formerNameOf = lastNamedSince(occurrences, s.article, i - EARLIER_NAME_REACH, (o) => o.words.length >= 2 && o.words[0] === name.words[0])?.words
      // "Mrs Whitfield (née Doyle)", after "Sharon Whitfield has paid…": the surname she was born
      // with, after the given name the article named her by in full.
      if (name.formerNameOf?.length === 1 && name.words.length === 1) {
        const surname = name.formerNameOf[0]
        const inFull = lastNamedSince(occurrences, s.article, i - SURNAME_REACH, (o) => o.words.length >= 2 && o.surname === surname)
        if (inFull) {
          name.words = [inFull.words[0]!, ...name.words]
          name.surface = `${inFull.surface.split(' ')[0]} ${name.surface}`
          name.formerNameOf = inFull.words
        }
      }
      if (name.namesEarlier === 'real') {
        const called = lastNamedSince(occurrences, s.article, i - EARLIER_NAME_REACH, (o) => o.words.length === 1 && !o.possessive)
        if (called) name.nickname = called.surface
      }
      const o: Occurrence = Object.assign(name, { id: occurrences.length, article: s.article, sentence: i })
      occurrences.push(o)
      s.occurrences.push(o)
    }
    if (s.passageId < 0) continue
    // In a turn every sentence is the speaker's, whoever it names: "Mzee Birgen told me to keep running".
    if (s.turn) s.speakers = speaker ? [{ kind: 'name', name: names.length - 1 }] : []
    else if (s.inTurn) s.speakers = [{ kind: 'continuation' }]
    else s.speakers = findSpeakers(tokens, names, startsQuoted)
  }

  // Pass 3: people.
  yield
  const clusters = yield* resolvePeopleSteps(occurrences, stats)
  yield

  // Pass 4: statements, article by article, following pronouns and running quotations.
  const statements = new Map<number, Statement[]>()
  let article = -1
  let lastSpeaker: number | undefined
  let previousSpeakers: number[] = []
  // People named so far in the article, the last named last: "she" may not be the last speaker.
  let named: number[] = []
  // Who the article has given each title's head so far: "the chair" is the one person it called so.
  let titled = new Map<string, Set<number>>()
  const titleHolder = (head: string) => {
    const holders = titled.get(head)
    return holders?.size === 1 ? [...holders][0] : undefined
  }
  const sexes = new Map(clusters.map((c) => [c.id, sexOf(c)]))
  // "He said" continues the sentence's own speaker named before it ("David Cummings … said he
  // believed"), else the last sentence's; unless the coverage styles that one as the other sex
  // ("Mrs"): then the person of the pronoun's sex the article named last, or no one (a quote given
  // to the wrong person is worse than one given to no one).
  const pronounSpeaker = (sex: Sex, inSentence: number | undefined) => {
    const last = inSentence ?? lastSpeaker
    if (last === undefined || (sexes.get(last) ?? sex) === sex) return last
    return [...named].reverse().find((p) => sexes.get(p) === sex)
  }
  // '"We cannot drink gold. If in seven days…," he warned.': a quotation's first sentences,
  // whose speaker is named only where it closes.
  let unattributed: SentenceRecord[] = []
  const addStatement = (who: number, s: SentenceRecord) => {
    const list = statements.get(who) ?? []
    list.push({ source: s.source, text: s.text, passageId: s.passageId })
    statements.set(who, list)
  }
  for (const [i, s] of sentences.entries()) {
    if (i % STEP === 0) yield
    if (s.article !== article) {
      article = s.article
      lastSpeaker = undefined
      previousSpeakers = []
      named = []
      titled = new Map()
      unattributed = []
    }
    if (s.passageId < 0) continue
    const now: number[] = []
    // A quotation running on, or opening the sentence: when no one holds the title it names
    // ('"…," the singer said' of an article that never calls anyone so), the last speaker goes on.
    const opensQuoted = s.startsQuoted || /^["“‘']/.test(s.text)
    for (const secondary of [false, true]) {
      if (secondary && now.length) break
      for (const sp of s.speakers) {
        if (Boolean(sp.secondary) !== secondary) continue
        const who =
          sp.kind === 'name'
            ? s.occurrences[sp.name]?.person
            : sp.kind === 'pronoun'
              ? pronounSpeaker(sp.sex, now.at(-1))
              : sp.kind === 'title'
                ? (titleHolder(sp.head) ?? (opensQuoted ? previousSpeakers.at(-1) : undefined))
                : previousSpeakers.at(-1)
        if (who !== undefined && !now.includes(who)) now.push(who)
      }
    }
    const next = sentences[i + 1]
    const quotationRunsOn = next?.article === s.article && next.startsQuoted
    if (now.length === 0 && s.speakers.length > 0 && s.speakers.every((sp) => sp.kind === 'continuation') && quotationRunsOn) unattributed.push(s)
    else {
      for (const who of now) {
        if (s.startsQuoted) for (const earlier of unattributed) addStatement(who, earlier)
        addStatement(who, s)
      }
      unattributed = []
    }
    if (now.length) lastSpeaker = now.at(-1)
    else {
      // "Tony Woodley repeated his view. He said ...": "he" is the last sentence's subject. A thing
      // ("The alcaldesa, of the Agrupación Independiente, has governed") is not who "she" is next.
      // Not a common word opening the sentence ("Less than two hours after resigning, Wierzbicki posted…").
      const subject = s.occurrences.find((o) => !o.possessive && !o.object && !o.quoted && !(o.commonInitial && o.person === undefined))
      if (subject && !(subject.negative && subject.person === undefined)) lastSpeaker = subject.person
    }
    previousSpeakers = now
    for (const o of s.occurrences) {
      if (o.person === undefined) continue
      if (!o.quoted) named = [...named.filter((p) => p !== o.person), o.person]
      for (const role of [o.role, o.newRole]) {
        // Not "shadow chancellor Oliver Letwin" or "deputy mayor Nicky Gavron" for "the chancellor", "the mayor".
        const words = role ? foldName(role).split(/[\s-]+/) : []
        if (words.some((word) => OTHER_HOLDER.has(word))) continue
        for (const word of words) if (isTitleHead(word)) titled.set(word, (titled.get(word) ?? new Set()).add(o.person))
      }
    }
  }

  const people: Person[] = []
  for (const [i, c] of clusters.entries()) {
    if (i % STEP === 0) yield
    people.push(toPerson(c, articles, statements.get(c.id) ?? []))
  }
  return people.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name))
}

/** Words that make a title another office than the one its head names alone ("the chancellor" is not the shadow chancellor). */
const OTHER_HOLDER = new Set(['shadow', 'deputy', 'vice', 'former', 'ex', 'assistant', 'acting', 'interim', 'junior', 'co', 'outgoing', 'incoming', 'late'])

/** A person's sex where the coverage's honorifics give one and never the other ("Mr Hain", "Mrs Beckett"). */
function sexOf(cluster: Cluster): Sex | undefined {
  const given = new Set(cluster.occurrences.flatMap((o) => honorificGender(o) ?? []))
  return given.size === 1 ? [...given][0] : undefined
}

function record(article: number, source: string, passageId: number, text: string, startsQuoted: boolean, opensParagraph: boolean): SentenceRecord {
  return { article, source, passageId, text, startsQuoted, opensParagraph, occurrences: [], speakers: [] }
}

/** Whether a passage begins a paragraph (a long paragraph is cut into several passages). */
function passageOpensParagraph(body: string, text: string): boolean {
  const at = body.indexOf(text)
  return at <= 0 || body[at - 1] === '\n'
}

/** A real headline (not one the loader derived from the first sentence, not repeated in the body). */
function headlineOutsideBody(article: Article): boolean {
  const title = article.title.trim()
  return title.length > 0 && !title.endsWith('…') && !article.body.includes(title)
}

/** Roles shown on a card, most frequent first. */
const MAX_ROLES = 5

function toPerson(c: Cluster, articles: Article[], statements: Statement[]): Person {
  const name = canonicalName(c)
  const aliases: string[] = []
  const seen = new Set([name])
  const addAlias = (a: string) => {
    if (!seen.has(a)) aliases.push(a)
    seen.add(a)
  }
  for (const o of c.occurrences) {
    addAlias(o.surface)
    // "President Zelensky", "Mr Blair": how the coverage calls them by surname; "Sir Clive
    // Woodward": the style a given name is asked with ("Sir Clive").
    if (o.prefix && (o.words.length === 1 || (o.honorific && GIVEN_NAME_STYLES.has(o.prefix.toLowerCase())))) addAlias(`${o.prefix} ${o.surface}`)
  }

  // Marion "Suge" Knight is found as "Suge Knight" and "Suge" too.
  for (const o of c.occurrences) {
    if (o.nicknamed) addAlias(o.nicknamed)
    if (o.nickname) addAlias(o.nickname)
  }

  const roleCounts = new Map<string, { text: string; count: number; forms: Map<string, number> }>()
  for (const o of c.occurrences) {
    for (const role of [o.role, o.newRole]) {
      if (!role) continue
      const key = foldName(role)
      const entry = roleCounts.get(key) ?? { text: role, count: 0, forms: new Map() }
      entry.count++
      entry.forms.set(role, (entry.forms.get(role) ?? 0) + 1)
      roleCounts.set(key, entry)
    }
  }
  const ranked = [...roleCounts.values()]
    .sort((a, b) => b.count - a.count)
    .map((e) => [...e.forms].sort((a, b) => b[1] - a[1])[0]![0])
  // "seed", "star", "boss" alone say less than "Top seed", "Ray star", "Chelsea boss": a one-word
  // role is dropped when a longer one ends with the same word.
  // Nor is "Rheintal Trade Association" kept beside "director of the Rheintal Trade Association".
  const words = ranked.map((r) => foldName(r).split(/[\s-]+/))
  const spaced = words.map((w) => ` ${w.join(' ')} `)
  const saysLess = (i: number) =>
    words[i]!.length > 1
      ? spaced.some((other, j) => j !== i && other.includes(spaced[i]!))
      : words.some((w, j) => j !== i && w.length > 1 && w.at(-1) === words[i]![0])
  // "predecessor", "younger sister": who they are to someone, shown only when nothing says what they are.
  const relation = (i: number) => words[i]!.length <= 2 && RELATION_NOUNS.has(words[i]!.at(-1)!)
  const kept = ranked.map((role, i) => ({ role, i })).filter(({ i }) => !saysLess(i))
  const what = kept.filter(({ i }) => !relation(i))
  const roles = (what.length ? what : kept).map(({ role }) => role).slice(0, MAX_ROLES)

  const inArticles = new Set(c.occurrences.map((o) => o.article))
  return {
    name,
    aliases,
    roles,
    articles: [...inArticles].sort((a, b) => a - b).map((a) => articles[a]!.source),
    mentions: c.occurrences.length,
    statements,
  }
}

/**
 * The fullest, most frequent spelling: the most common full name; ties go to the one whose
 * surname spelling the coverage uses most ("Volodymyr Zelensky" over "Volodymyr Zelenskiy"),
 * then to accents kept ("António Costa"). A one-word person keeps the honorific ("Lord Falconer").
 */
function canonicalName(c: Cluster): string {
  // Not a name headed by a nickname ("Ka Dodong Alcantara" is Rodolfo "Ka Dodong" Alcantara),
  // nor the nickname alone ("El Gato scored 8/10").
  const nicknames = c.occurrences.flatMap((o) => (o.nickname ? [`${foldName(o.nickname)} `] : []))
  const byNickname = (o: Occurrence) => nicknames.some((n) => `${foldName(o.surface)} `.startsWith(n))
  // Nor a name she had: "Mairi Sinclair, known then by her maiden name of Cameron" is shown as
  // Mairi Sinclair, however often a report written back then calls her Mairi Cameron.
  const formerNames = new Set(c.occurrences.flatMap((o) => (o.formerNameOf ? [o.words.join(' ')] : [])))
  const allNamed = c.occurrences.filter((o) => o.words.length >= 2)
  const named = preferring(allNamed, (o) => !formerNames.has(o.words.join(' ')))
  const notNickname = preferring(named, (o) => !byNickname(o))
  // Not a double surname written without the given name: "Iturbide de Ocampo" is Marcela
  // Iturbide de Ocampo, however often a court report repeats it. The longer form begins with a
  // given name, one that begins other forms too ("Marcela Ocampo"); "Swede" of "Swede Joachim
  // Johansson" begins no other.
  const folded = notNickname.map((o) => ` ${foldName(o.surface)}`)
  const formsBeginning = new Map<string, Set<string>>()
  for (const f of folded) {
    const first = f.split(' ')[1]!
    formsBeginning.set(first, (formsBeginning.get(first) ?? new Set()).add(f))
  }
  const endsLonger = (i: number) =>
    folded.some((f) => f.length > folded[i]!.length && f.endsWith(folded[i]!) && formsBeginning.get(f.split(' ')[1]!)!.size >= 2)
  const full = preferring(notNickname, (_, i) => !endsLonger(i))
  if (full.length === 0) {
    // Known by one word: by the honorific, when the coverage ever gives one ("Lord Goldsmith",
    // "Prince Harry", though after naming him so an article says "Harry").
    const styled = c.occurrences.filter((o) => o.honorific)
    return countBy(styled.length ? styled.map((o) => `${o.prefix} ${o.surface}`) : c.occurrences.map((o) => o.surface))[0]![0]
  }
  const surnameUse = new Map<string, number>()
  for (const o of c.occurrences) {
    const written = o.surface.split(' ').at(-1)!
    surnameUse.set(written, (surnameUse.get(written) ?? 0) + 1)
  }
  // Not a name cut short, however often written so: a transcript's "PASANG DAWA:" and "Pasang
  // Dawa, thank you" are Pasang Dawa Sherpa, whom the wire and the report name in full (twice
  // at least, so one "John Smith Jones" does not rename every "John Smith").
  const counted = countBy(full.map((o) => o.surface))
  const cutShort = ([form]: [string, number]) => counted.some(([longer, n]) => n >= 2 && longer.length > form.length && foldName(longer).startsWith(`${foldName(form)} `))
  const forms = preferring(counted, (f) => !cutShort(f))
  // "ł" and "ø" do not decompose, and are letters beyond English as much as "é".
  const accented = (s: string) => ([...s].some((ch) => ch > '\x7f' && /\p{L}/u.test(ch)) ? 1 : 0)
  forms.sort(
    (a, b) =>
      b[1] - a[1] ||
      b[0].split(' ').length - a[0].split(' ').length ||
      (surnameUse.get(b[0].split(' ').at(-1)!) ?? 0) - (surnameUse.get(a[0].split(' ').at(-1)!) ?? 0) ||
      accented(b[0]) - accented(a[0]),
  )
  return forms[0]![0]
}

/** The items that pass `keep`, or all of them when none does. */
function preferring<T>(items: T[], keep: (item: T, index: number) => boolean): T[] {
  return items.some(keep) ? items.filter(keep) : items
}

/** Values with their counts, most frequent first, ties in first-seen order. */
function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])
}

