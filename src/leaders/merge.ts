// Name spans → people. Full names ("Friedrich Merz") are grouped by given name and surname
// (spelling variants and nicknames merged) and kept when the coverage treats them as a person: a title or
// honorific, or speaking. Surname-only mentions ("Merz", "Mr Blair", "President Trump") then go
// to the person with that surname in the same article, else to the one the coverage means by it.
import type { NameSpan } from './extract.ts'
import { conceptTable } from '../search/concepts.ts'
import { editDistance } from '../search/fold.ts'
import { isOrdinaryWord } from '../search/lexicon.ts'
import { foldName, twoWordNameKey, variantKey } from './names.ts'
import { beginsGivenName, givenNameKey } from './nicknames.ts'
import type { CaseStats } from './tokens.ts'
import { COMPANY_ENDINGS, FUNCTION_WORDS, GIVEN_NAME_STYLES, HONORIFIC_GENDER, INSTITUTION_WORDS, isTitleHead, NAME_PARTICLES, OFFICE_INITIALS, PEERAGE_STYLES, TITLE_MODIFIERS } from './words.ts'

/** The key full names are grouped by: the variant keys of a given name and a surname ("tomasz wierzbicki"). */
const nameKey = twoWordNameKey

/** A name span placed in the corpus. */
export interface Occurrence extends NameSpan {
  /** Its place among the coverage's occurrences. */
  id: number
  article: number
  /** Index of its sentence record. */
  sentence: number
  /** The person it was resolved to (index into the clusters), if any. */
  person?: number
}

export interface Cluster {
  id: number
  occurrences: Occurrence[]
  /** Known only by one word ("Lord Falconer", "President Trump" when no full name appears). */
  single: boolean
}

/** A surname used alone goes to one of several people only if it is this much of their coverage. */
const DOMINANT_SHARE = 0.75
/**
 * A bare surname ("Roddick", no title, no speech) in an article that names no one by it in full
 * goes to the corpus's person of that surname only if they are this much of its full-name coverage…
 */
const CORPUS_SHARE = 0.9
/** …and the coverage names them in full in at least this many articles. */
const CORPUS_MIN_ARTICLES = 3

/** The folded last word of a nickname of several words ("Doctorul Nelu" → nelu); none for one word. */
const nicknameEnd = (nickname: string | undefined) => (nickname?.includes(' ') ? foldName(nickname).split(' ').at(-1)!.replace(/["“”'‘’]/g, '') : undefined)

/** "J O'Connor" in a team sheet is Johnny O'Connor: an initial before a surname fits only someone whose given name it begins. */
function initialFits(o: Occurrence, c: Cluster): boolean {
  const initial = /^(\p{Lu})\.? /u.exec(o.surface)?.[1]
  return !initial || c.occurrences.some((a) => a.words.length > 1 && a.words[0]!.startsWith(foldName(initial)))
}

const hasEvidence = (o: Occurrence) => Boolean(o.role) || o.honorific || o.speaking
/** Man or woman, by the honorific written on this mention ("Mr", "Mrs"), if any. */
export const honorificGender = (o: Occurrence) => (o.honorific ? HONORIFIC_GENDER[o.prefix!.toLowerCase()] : undefined)
const styleOf = (o: Occurrence, styles: Set<string>) => o.honorific && styles.has(o.prefix!.toLowerCase())
/** "Sir Howard", "Sister Agnes": a given name after its style; not after an initial ("Sister L. Sehloho" is a surname). */
const givenNameStyled = (o: Occurrence) => styleOf(o, GIVEN_NAME_STYLES) && !/^\p{Lu}\.? /u.test(o.surface)

/** Groups or articles between two chances to pause. */
const STEP = 256

/**
 * People from name spans, in steps: it yields every STEP groups and articles, so an extraction
 * in the background can pause (this ran 3.7 s in one piece at 50,000 articles).
 */
export function* resolvePeopleSteps(occurrences: Occurrence[], stats: CaseStats): Generator<void, Cluster[]> {
  const clusters: Cluster[] = []
  const bySurname = new Map<string, Cluster[]>()
  const bySurnameVariant = new Map<string, Cluster[]>()
  const byGivenName = new Map<string, Cluster[]>()
  // The last word of a quoted nickname, styled alone: "Doctor Nelu" is Ion Grigoraș, "known to
  // almost everyone in the area as "Doctorul Nelu"".
  const byNicknameEnd = new Map<string, Cluster[]>()
  const index = (map: Map<string, Cluster[]>, key: string, c: Cluster) => {
    const list = map.get(key) ?? []
    if (!list.includes(c)) list.push(c)
    map.set(key, list)
  }
  const assign = (o: Occurrence, c: Cluster) => {
    o.person = c.id
    c.occurrences.push(o)
  }

  let step = 0
  // Each name as written, folded once, by occurrence id.
  const written = occurrences.map(writtenWords)
  yield* readTwoWordSurnames(occurrences, written)
  // 1. Full names, grouped by variant keys of their first and last words.
  const groups = new Map<string, Occurrence[]>()
  // BBC style names a person in full once, then "Mr Glazer": an honorific for the surname in
  // the same article vouches for the full name.
  const honorificSurnames = new Set<string>()
  // "Radcliffe said", "Mr Presley": the surname alone treated as a person somewhere in the article.
  const personSurnames = new Set<string>()
  // "Ní Fhlatharta says": the surname alone speaking in the article.
  const speakingSurnames = new Set<string>()
  // "the Fox network", "in Washington": in that article the word is a thing or a place.
  const thingInArticle = new Set<string>()
  const thingAnywhere = new Set<string>()
  // "late scores from John Hayes": surnames an article names someone by in full.
  const namedInFull = new Set<string>()
  for (const o of occurrences) {
    if (++step % (STEP * 16) === 0) yield
    if (o.negative || o.located) {
      thingInArticle.add(`${o.article}:${o.surname}`)
      thingAnywhere.add(o.surname)
    }
    if (o.words.length === 1 && o.honorific) honorificSurnames.add(`${o.article}:${o.surname}`)
    if (o.words.length === 1 && hasEvidence(o) && !o.negative && !o.located) personSurnames.add(`${o.article}:${o.surname}`)
    if (o.words.length === 1 && o.speaking && !o.quoted && !o.negative && !o.located) speakingSurnames.add(`${o.article}:${o.surname}`)
    if (o.words.length < 2) continue
    namedInFull.add(`${o.article}:${o.surname}`)
    const key = nameKey(o.words[0]!, o.surname)
    const group = groups.get(key) ?? []
    group.push(o)
    groups.set(key, group)
  }
  yield* dropWordsBeforeNames(groups, stats)
  const sameStory = yield* sameStoryTest(occurrences)
  yield* joinNicknames(groups, sameStory)
  yield* joinReversedNames(groups, sameStory)
  yield* joinSpellingSlips(groups, written, sameStory)
  yield* joinDoubleSurnames(groups, written, stats, sameStory)
  yield* joinNamesWithoutFirstWord(groups, sameStory)
  yield* joinQuotedNicknames(groups, sameStory)
  joinMaidenNames(groups)
  yield* joinHoldersOfOneOffice(groups, sameStory)
  // First names of the people named with a title or speaking: "Clint", "Paula" are given names
  // when the coverage gives them to two people or more.
  const givenNames = new Map<string, number>()
  const unproven: Occurrence[][] = []
  const accepted: Occurrence[][] = []
  for (const group of groups.values()) {
    if (++step % STEP === 0) yield
    // "the Allander Institute said", "Kraal Syndicate claimed", "OwoPay Mobile Services Limited
    // today confirmed": a body, whatever it says.
    if (INSTITUTION_WORDS.has(group[0]!.surname) || COMPANY_ENDINGS.has(group[0]!.surname)) continue
    const vouched =
      group.some((o) => honorificSurnames.has(`${o.article}:${o.surname}`) || (o.nickname && speakingSurnames.has(`${o.article}:${foldName(o.nickname)}`))) ||
      speaksBySurname(group, stats, speakingSurnames)
    if (!vouched && !isPerson(group, stats)) {
      unproven.push(group)
      continue
    }
    accepted.push(group)
    const given = group[0]!.words[0]!
    givenNames.set(given, (givenNames.get(given) ?? 0) + 1)
  }
  // A full name with no title and never speaking ("Clint Eastwood's Million Dollar Baby") is a
  // person when the coverage names it in several articles, spelled as names are, and either its
  // first word is a given name of other people or its surname alone speaks or has an honorific there.
  for (const group of unproven) {
    if (++step % STEP === 0) yield
    if (isNamedOften(group, stats, givenNames, personSurnames)) accepted.push(group)
  }
  for (const group of accepted) {
    if (++step % STEP === 0) yield
    const c: Cluster = { id: clusters.length, occurrences: [], single: false }
    clusters.push(c)
    for (const o of group) assign(o, c)
    for (const o of group) {
      index(bySurname, o.surname, c)
      index(bySurnameVariant, variantKey(o.surname), c)
      index(byGivenName, o.words[0]!, c)
      const end = nicknameEnd(o.nickname)
      if (end) index(byNicknameEnd, end, c)
    }
  }

  // 2. Surname-only mentions, article by article.
  const singles = new Map<number, Occurrence[]>()
  const fullByArticle = new Map<number, Occurrence[]>()
  for (const o of occurrences) {
    if (++step % (STEP * 16) === 0) yield
    const map = o.words.length === 1 ? singles : o.person !== undefined ? fullByArticle : undefined
    if (!map) continue
    const list = map.get(o.article) ?? []
    list.push(o)
    map.set(o.article, list)
  }
  const singleClusters = new Map<string, Cluster>()

  const articleCounts = new Map<Cluster, number>()
  for (const c of clusters) {
    if (++step % STEP === 0) yield
    articleCounts.set(c, new Set(c.occurrences.map((o) => o.article)).size)
  }
  // Who each person is named in full beside, for the corpus rule for bare surnames below.
  const companions = new Map<number, Set<number>>()
  for (const list of fullByArticle.values()) {
    if (++step % STEP === 0) yield
    const here = new Set(list.map((o) => o.person!))
    for (const p of here) {
      const set = companions.get(p) ?? new Set<number>()
      for (const q of here) if (q !== p) set.add(q)
      companions.set(p, set)
    }
  }
  const surnameVariant = new Map<Occurrence, string>()
  const variantOf = (o: Occurrence) => {
    let v = surnameVariant.get(o)
    if (v === undefined) surnameVariant.set(o, (v = variantKey(o.surname)))
    return v
  }

  // Who each full-name person is, man or woman, from "Mr X" / "Mrs X" next to their full name,
  // or on it ("returning officer Mrs Claudette Spence-Bryan").
  const gender = new Map<Cluster, { m: number; f: number }>()
  const vote = (c: Cluster, g: 'm' | 'f') => {
    const votes = gender.get(c) ?? { m: 0, f: 0 }
    votes[g]++
    gender.set(c, votes)
  }
  for (const list of fullByArticle.values()) {
    if (++step % STEP === 0) yield
    for (const o of list) {
      const g = honorificGender(o)
      if (g) vote(clusters[o.person!]!, g)
    }
  }
  for (const [article, list] of singles) {
    if (++step % STEP === 0) yield
    for (const o of list) {
      const g = honorificGender(o)
      if (!g) continue
      const named = new Set((fullByArticle.get(article) ?? []).filter((a) => a.surname === o.surname).map((a) => a.person!))
      if (named.size !== 1) continue
      vote(clusters[[...named][0]!]!, g)
    }
  }
  /** How much more the coverage calls this person by the sex of the honorific on this mention than by the other (0 when either is unknown). */
  const honorificLead = (o: Occurrence, c: Cluster) => {
    const g = honorificGender(o)
    const votes = gender.get(c)
    if (!g || !votes) return 0
    return g === 'm' ? votes.m - votes.f : votes.f - votes.m
  }
  const compatible = (o: Occurrence, c: Cluster) => honorificLead(o, c) >= 0
  /** The coverage calls this person by the honorific written on this mention ("Mrs Eirlys Pugh" for "Mrs Pugh"). */
  const calledSo = (o: Occurrence, c: Cluster) => honorificLead(o, c) > 0

  for (const [article, list] of singles) {
    if (++step % STEP === 0) yield
    // Who this article names in full: its anchors, in order of appearance.
    const anchors: Occurrence[] = [...(fullByArticle.get(article) ?? [])]
    const anchorFor = (o: Occurrence): Cluster | undefined => {
      const near = (match: (a: Occurrence) => boolean) => {
        const fitting = anchors.filter((a) => match(a) && compatible(o, clusters[a.person!]!))
        if (fitting.length === 0) return undefined
        // Of two Pughs, "Mrs Pugh" is the one called Mrs, not the councillor named since whom
        // nothing calls Mr or Mrs.
        const calledSoToo = fitting.filter((a) => calledSo(o, clusters[a.person!]!))
        const found = calledSoToo.length ? calledSoToo : fitting
        // The closest full mention before it, else the first after it.
        const before = found.filter((a) => a.id < o.id).at(-1)
        return clusters[(before ?? found[0]!).person!]
      }
      // "Sir Howard" is Sir Howard Stringer: after such a style the word is a given name.
      // Only someone written with the same style in full ("Sir Howard Stringer"), never "Prince Charles" → Charles Kennedy.
      if (givenNameStyled(o)) return near((a) => a.words.length > 1 && a.words[0] === o.surname && a.prefix?.toLowerCase() === o.prefix!.toLowerCase())
      return (
        near((a) => a.surname === o.surname) ??
        near((a) => variantOf(a) === variantOf(o)) ??
        // "Mido scored" after Ahmed 'Mido' Hossam: the nickname the article gave someone.
        near((a) => a.nickname !== undefined && foldName(a.nickname) === o.surname) ??
        (o.honorific ? near((a) => nicknameEnd(a.nickname) === o.surname) : undefined) ??
        // Not every name ends in its surname: "Mr Daniel Goh Wei Jie" is then "Mr Goh", "Anwar
        // Ibrahim" is "Mr Anwar", "Andrés Manuel López Obrador" is "Mr López", "Sheikh Hamad bin
        // Saif Al Dhaheri" is "Sheikh Hamad". An honorific or title on another word of a name in
        // full in the same article is them, when that word is no one else's surname anywhere ("Mr
        // Michael" where Michael Howard is named may be Alun Michael; "Premier Baek Min-jun … Mr
        // Baek" is him, whom another outlet writes "Min-jun Baek").
        (o.honorific || o.prefix
          ? near((a) => a.words.slice(0, -1).includes(o.surname) && (bySurname.get(o.surname) ?? []).every((c) => c.id === a.person))
          : undefined)
      )
    }
    const globalFor = (o: Occurrence): Cluster | undefined => {
      // A styled name ("Baroness Kennedy", "Prince Charles") is never someone else who shares the
      // word; a given name after a style is the one person another article of the story names in
      // full under a style ("Sister Agnes" in a priest's blog is the wire's "Sister Agnes Mokoena").
      if (givenNameStyled(o)) return styledInFull(o)
      if (styleOf(o, PEERAGE_STYLES)) return undefined
      // "But Fox has said" where the article also writes "the Fox network": the broadcaster, not Liam Fox.
      if (!o.role && !o.honorific && thingInArticle.has(`${o.article}:${o.surname}`)) return undefined
      // Speaking alone ("Fox has admitted") is enough only for a word the coverage never uses as a thing.
      if (!o.role && !o.honorific && thingAnywhere.has(o.surname)) return undefined
      // "giant prop Hayes" where the article names John Hayes in full (no one the coverage has
      // otherwise): him, not a namesake from another story (the hurdler Joanna Hayes).
      if (namedInFull.has(`${o.article}:${o.surname}`)) return undefined
      // "Mrs Wilkinson" (a dance teacher) is not Jonny Wilkinson: an honorific needs someone the coverage calls that.
      const g = honorificGender(o)
      // A surname only another outlet's spelling of: someone of the same story will do, as the
      // Hansard's "Mr Abdelghaffar" is the Egyptian daily's "Minister … Sherif Abdel-Ghaffar",
      // whom no article calls Mr in full ("Mrs Howard" is not John Howard for being in the news).
      // Nor is an honorific needed for someone of the same story holding the office the name is
      // given with: a blog's "The chief executive, Mr Hashmi," is the wire's "Saahil Electric chief
      // executive Tariq Hashmi".
      const spelledSo = bySurname.get(o.surname) ?? (o.honorific ? byNicknameEnd.get(o.surname) : undefined)
      const officesHere = namedOffices([o])
      const offices = g ? officesHere : new Set<string>()
      const holdsOffice = (c: Cluster) => offices.size > 0 && [...namedOffices(c.occurrences)].some((office) => offices.has(office))
      const candidates = (spelledSo ?? bySurnameVariant.get(variantOf(o)) ?? []).filter(
        (c) => compatible(o, c) && initialFits(o, c) && (!g || gender.has(c) || ((!spelledSo || holdsOffice(c)) && sameStory([o], c.occurrences, true))),
      )
      if (candidates.length === 0) return byGivenNameAlone(o)
      // Of two Satōs, "Satō-san, the company president," is the one the coverage gives that office
      // (the railway's president, not the prefecture's vice governor), in the same story.
      const holdsThisOffice = (office: string) => [...officesHere].some((here) => office === here || office.startsWith(`${here} `))
      const holding = officesHere.size ? candidates.filter((c) => [...namedOffices(c.occurrences)].some(holdsThisOffice)) : []
      if (holding.length === 1 && sameStory([o], holding[0]!.occurrences, true)) return holding[0]
      const counts = candidates.map((c) => articleCounts.get(c) ?? 0)
      const total = counts.reduce((a, b) => a + b, 0)
      const best = counts.indexOf(Math.max(...counts))
      return counts[best]! >= DOMINANT_SHARE * total ? candidates[best] : undefined
    }
    const styledInFull = (o: Occurrence): Cluster | undefined => {
      const styled = (byGivenName.get(o.surname) ?? []).filter((c) => c.occurrences.some((a) => a.words.length > 1 && styleOf(a, GIVEN_NAME_STYLES)))
      return styled.length === 1 && sameStory([o], styled[0]!.occurrences, true) ? styled[0] : undefined
    }
    // "BNPB head Haryo told a press conference", "Retno of the PVMBG said": Indonesian and
    // Brazilian papers name people by a given name after the first mention, or from the start
    // when another outlet gave the full name. The one person the coverage names in full with that
    // given name, no one's surname, when the two articles tell one story.
    const byGivenNameAlone = (o: Occurrence): Cluster | undefined => {
      if (!(o.role || o.speaking) || o.negative || o.located || o.commonInitial || !stats.isNameLike(o.surname)) return undefined
      const called = byGivenName.get(o.surname) ?? []
      return called.length === 1 && sameStory([o], called[0]!.occurrences, true) ? called[0] : undefined
    }
    const singleFor = (o: Occurrence): Cluster | undefined => {
      // Only a title or honorific makes a lone word a person ("President Trump", "Lord Falconer"),
      // and never a country's name ("the most successful post-war chancellor Britain has had").
      if (!(o.role || o.honorific) || o.negative || o.commonInitial || !stats.isNameLike(o.surname) || conceptTable().has(o.surname) || INSTITUTION_WORDS.has(o.surname)) return undefined
      const style = o.honorific ? (HONORIFIC_GENDER[o.prefix!.toLowerCase()] ?? '') : ''
      const key = `${givenNameStyled(o) || PEERAGE_STYLES.has(o.prefix?.toLowerCase() ?? '') ? o.prefix!.toLowerCase() : style}:${variantOf(o)}`
      let c = singleClusters.get(key)
      if (!c) {
        c = { id: clusters.length, occurrences: [], single: true }
        clusters.push(c)
        singleClusters.set(key, c)
      }
      return c
    }

    // Mentions with evidence first: they may bring a person into the article ("President Trump").
    for (const o of list) {
      if (!hasEvidence(o) || o.located) continue
      const c = anchorFor(o) ?? globalFor(o) ?? singleFor(o)
      if (!c) continue
      assign(o, c)
      anchors.push(o)
    }
    // Bare surnames with no one of that surname named in full here ("struggled against Roddick"):
    // the one person the coverage overwhelmingly means by it, never when two share it (Gordon vs
    // Nick Brown). Not a word that is ordinary English ("Brown", "Young": the article must name
    // them), a given name of other people ("Lewis"), or a thing or place somewhere in the coverage;
    // and only in an article that names in full someone they are named beside elsewhere.
    const corpusFor = (o: Occurrence): Cluster | undefined => {
      if (o.negative || o.commonInitial || o.honorific || o.role) return undefined
      if (thingAnywhere.has(o.surname) || givenNames.has(o.surname) || !stats.isNameLike(o.surname)) return undefined
      if (isOrdinaryWord(foldName(o.surname))) return undefined
      // Only people the article is in the company of: it names in full someone named beside them
      // elsewhere ("Payne" in a rugby report is not the film director Alexander Payne, "O'Connor"
      // in one is not Cardinal Murphy O'Connor).
      const here = fullByArticle.get(article) ?? []
      const candidates = (bySurname.get(o.surname) ?? []).filter((c) => initialFits(o, c) && here.some((a) => companions.get(c.id)?.has(a.person!)))
      if (candidates.length === 0) return undefined
      const counts = candidates.map((c) => articleCounts.get(c) ?? 0)
      const total = counts.reduce((a, b) => a + b, 0)
      const best = counts.indexOf(Math.max(...counts))
      return counts[best]! >= CORPUS_MIN_ARTICLES && counts[best]! >= CORPUS_SHARE * total ? candidates[best] : undefined
    }
    // Then bare surnames, to someone the article already names ("Merz continues to insist"), else
    // by the corpus rule above.
    for (const o of list) {
      if (o.person !== undefined || o.located || (o.commonInitial && !hasEvidence(o))) continue
      const c = anchorFor(o) ?? corpusFor(o)
      if (c) assign(o, c)
    }
  }
  // '"Miss Bevan" is back behind the desk': a styled word that is the quoted nickname the article
  // gives one person ("Mrs Pugh, 72, is still known to most of the town as "Miss Bevan"") is them.
  const nicknamed = new Map<string, Set<number>>()
  for (const c of clusters) {
    for (const o of c.occurrences) {
      if (!o.nickname) continue
      const key = `${o.article}:${foldName(o.nickname)}`
      nicknamed.set(key, (nicknamed.get(key) ?? new Set()).add(c.id))
    }
  }
  if (nicknamed.size) {
    for (const c of clusters) {
      if (!c.single) continue
      const kept: Occurrence[] = []
      for (const o of c.occurrences) {
        const owners = o.prefix ? nicknamed.get(`${o.article}:${foldName(`${o.prefix} ${o.surface}`)}`) : undefined
        if (owners?.size === 1 && !owners.has(c.id)) assign(o, clusters[[...owners][0]!]!)
        else kept.push(o)
      }
      c.occurrences = kept
    }
  }
  return clusters.filter((c) => c.occurrences.length > 0)
}

/**
 * A feature's way of naming someone: in full once ("Siobhán Ní Fhlatharta is finishing a shift"),
 * then by surname as they speak ("Ní Fhlatharta says"). A full name spelled as names are, whose
 * surname alone speaks in the same article, is a person; not a place or a people ("Manchester
 * United" and "United said" fail: "united" is also written in lower case). A surname with a title
 * is not enough: "the Lord Mayor of Cork" gives Cork one.
 */
function speaksBySurname(group: Occurrence[], stats: CaseStats, speakingSurnames: Set<string>): boolean {
  const words = group[0]!.words
  // "Swiss-based Xstrata": a company's home is no given name.
  if (words[0]!.includes('-') || !words.every((w) => stats.isNameLike(w)) || namesPlaceOrPeople(words)) return false
  return group.some((o) => !o.negative && !o.located && speakingSurnames.has(`${o.article}:${o.surname}`))
}

/** "Latin America", "London Irish", "Russian Irina Shevchenko": a place or a people begins or ends the name. */
function namesPlaceOrPeople(words: string[]): boolean {
  const places = conceptTable()
  return places.has(words[0]!) || places.has(words.at(-1)!)
}

/** Articles a full name must appear in to be a person without a title or speech. */
const NAMED_OFTEN_ARTICLES = 2
/** At most this share of its mentions may read as a thing or a place ("in Hong Kong", "the Harry Potter films"). */
const NAMED_OFTEN_THING_SHARE = 0.2

function isNamedOften(group: Occurrence[], stats: CaseStats, givenNames: Map<string, number>, personSurnames: Set<string>): boolean {
  const words = group[0]!.words
  if (words.length > 3 || !words.every((w) => stats.isNameLike(w)) || namesPlaceOrPeople(words)) return false
  const articles = new Set<number>()
  let things = 0
  for (const o of group) {
    articles.add(o.article)
    if (o.negative || o.located || o.modifier) things++
  }
  if (articles.size < NAMED_OFTEN_ARTICLES || things > NAMED_OFTEN_THING_SHARE * group.length) return false
  if ((givenNames.get(words[0]!) ?? 0) >= 2) return true
  return group.some((o) => personSurnames.has(`${o.article}:${o.surname}`))
}

/**
 * Whether a group of full-name spans is a person: called by a title or honorific, or speaking (or
 * given an age) with a name-like spelling (never written in lower case), and not mostly "the X" / "in X". "Star Wars"
 * and "General Election" fail because their last word is a common word.
 */
function isPerson(group: Occurrence[], stats: CaseStats): boolean {
  let titled = 0
  let speaking = 0
  let negative = 0
  let honorific = false
  for (const o of group) {
    if (o.role || o.honorific) titled++
    else if (o.speaking || o.identified || o.aged) speaking++
    if (o.negative) negative++
    honorific ||= o.honorific
  }
  if (titled + speaking === 0 || negative > titled + speaking || group.every((o) => o.partOfName)) return false
  const words = group[0]!.words
  const surname = words.at(-1)!
  if (honorific) return true
  if (stats.isCommonWord(surname)) return false
  // "Deutsche Bank", "Goldman Sachs": a last word also written in lower case needs a title most of the time.
  if (!stats.isNameLike(surname) && titled * 2 < group.length) return false
  if (titled === 0 && !words.every((w) => stats.isNameLike(w))) return false
  return true
}

/**
 * "Bernie Ebbers" and "Bernard Ebbers", "Chris Leslie" and "Christopher Leslie": full names whose
 * first names the nickname table links are one person when the coverage ties them: named in one
 * article, given a title with a word in common beyond the title itself ("former WorldCom chief"
 * and "Former WorldCom chief executive"), or the same office ("Economy Minister"), or their
 * articles tell one story ("Ms Tolulope Bankole" in a Lagos daily, "Tolu Bankole" in a newsletter
 * on the same ruling). Namesakes stay apart: Jim Morrison (the singer) and James Morrison (a
 * Middlesbrough midfielder), Ken Jones (a 1950s wing) and Kenny Jones (a drummer).
 */
function* joinNicknames(groups: Map<string, Occurrence[]>, sameStory: SameStory): Generator<void, void> {
  const byLongForm = new Map<string, string[]>()
  const longerGiven = givenNamesBeginning(groups)
  let step = 0
  for (const [key, group] of groups) {
    if (++step % STEP === 0) yield
    const given = group[0]!.words[0]!
    const surname = variantKey(group[0]!.surname)
    const long = `${variantKey(givenNameKey(longerGiven.get(`${given} ${surname}`) ?? given))} ${surname}`
    const keys = byLongForm.get(long) ?? []
    keys.push(key)
    byLongForm.set(long, keys)
  }
  for (const keys of byLongForm.values()) {
    if (++step % STEP === 0) yield
    if (keys.length < 2) continue
    const ties = keys.map((k) => tiesOf(groups.get(k)!))
    // One story is enough for names (not "Time Warner" and "Tim Warner"), told beyond their own
    // words: a surname alone in both articles is no story shared (Jim and James Morrison).
    const oneStory = (i: number, j: number) => {
      const [a, b] = [groups.get(keys[i]!)!, groups.get(keys[j]!)!]
      return noEnglishWord(a) && noEnglishWord(b) && sameStory(a, b, true)
    }
    const tied = (i: number, j: number) => areTied(ties[i]!, ties[j]!) || oneStory(i, j)
    // Each name joins the first earlier one it is tied to (the groups' first-seen order).
    const into = keys.map((_, i) => i)
    for (let i = 1; i < keys.length; i++) {
      for (let j = 0; j < i; j++) {
        if (!tied(i, j)) continue
        let root = j
        while (into[root] !== root) root = into[root]!
        into[i] = root
        break
      }
    }
    for (let i = keys.length - 1; i > 0; i--) {
      let root = i
      while (into[root] !== root) root = into[root]!
      if (root === i) continue
      groups.get(keys[root]!)!.push(...groups.get(keys[i]!)!)
      groups.delete(keys[i]!)
    }
  }
}

/**
 * A given name the table does not know as a short form, read as the one longer given name with
 * the same surname that it begins: "Tom" and "Tomasz" Wierzbicki, "Alex" and "Alexandra" (a
 * short form, or the name in another language). Only when it begins just one, and a name of
 * three letters or more; the groups are still joined only when the coverage ties them.
 * Keyed by given name and surname key.
 */
function givenNamesBeginning(groups: Map<string, Occurrence[]>): Map<string, string> {
  const givensOf = new Map<string, Set<string>>()
  for (const group of groups.values()) {
    const surname = variantKey(group[0]!.surname)
    const givens = givensOf.get(surname) ?? new Set()
    givens.add(group[0]!.words[0]!)
    givensOf.set(surname, givens)
  }
  const longer = new Map<string, string>()
  for (const [surname, givens] of givensOf) {
    if (givens.size < 2) continue
    for (const given of givens) {
      const beginning = [...givens].filter((g) => beginsGivenName(given, g))
      if (beginning.length === 1) longer.set(`${given} ${surname}`, beginning[0]!)
    }
  }
  return longer
}

/**
 * A group's titles of two words or more ("Economy Minister", not "Minister"): an office one person
 * holds at a time. Also the title without the body it is of, "CEO" spelled out: "Hospital CEO Piet
 * van der Merwe" and "the hospital's chief executive, Dr Pieter van der Merwe" hold one office.
 */
function namedOffices(group: Occurrence[]): Set<string> {
  const offices = new Set<string>()
  for (const o of group) {
    const words = o.role ? roleWordsOf(o.role).flatMap((w) => OFFICE_INITIALS.get(w) ?? (w && !FUNCTION_WORDS.has(w) ? [w] : [])) : []
    if (words.length >= 2) offices.add(words.join(' '))
    // "former immigration minister" held the office of "immigration minister".
    const title = words.filter((w) => (isTitleHead(w) || TITLE_MODIFIERS.has(w)) && !PAST_WORDS.has(w))
    if (title.length >= 2) offices.add(title.join(' '))
  }
  return offices
}

/**
 * "Graham McAllister" in a live blog and a hearing's report, "Gus McAllister" in the local paper,
 * each "Barrowdale's managing director" in one story: one surname holding the same office of a
 * named body is one person, whatever given names (a short form the nickname table does not know).
 * Not an office without its body ("managing director"), which two of a family may both hold.
 */
function* joinHoldersOfOneOffice(groups: Map<string, Occurrence[]>, sameStory: SameStory): Generator<void, void> {
  const bySurname = new Map<string, string[]>()
  let step = 0
  for (const [key, group] of groups) {
    if (++step % STEP === 0) yield
    listUnder(bySurname, variantKey(group[0]!.surname), key)
  }
  for (const keys of bySurname.values()) {
    if (++step % STEP === 0) yield
    for (let i = 1; i < keys.length; i++) {
      const later = groups.get(keys[i]!)!
      const offices = officesOfBodies(later)
      if (offices.size === 0) continue
      for (let j = 0; j < i; j++) {
        const earlier = groups.get(keys[j]!)
        if (!earlier || ![...officesOfBodies(earlier)].some((o) => offices.has(o)) || !sameStory(earlier, later)) continue
        earlier.push(...later)
        groups.delete(keys[i]!)
        break
      }
    }
  }
}

/** A group's present titles that name the body they are of: "barrowdale managing director" (a possessive's "'s" dropped). */
function officesOfBodies(group: Occurrence[]): Set<string> {
  const offices = new Set<string>()
  for (const o of group) {
    if (!o.role) continue
    const words = roleWordsOf(o.role)
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w) => w && !FUNCTION_WORDS.has(w))
    if (words.some((w) => PAST_WORDS.has(w)) || !words.some((w) => isTitleHead(w))) continue
    if (words.some((w) => !isTitleHead(w) && !TITLE_MODIFIERS.has(w))) offices.add(words.join(' '))
  }
  return offices
}

/** Words that put an office in the past. */
const PAST_WORDS = new Set(['former', 'ex', 'erstwhile'])

/** What ties two spellings of a name to one person: an article they share, a field of their titles, an office. */
interface Ties {
  articles: Set<number>
  fields: Set<string>
  offices: Set<string>
}

function tiesOf(group: Occurrence[]): Ties {
  return { articles: new Set(group.map((o) => o.article)), fields: roleFieldWords(group), offices: namedOffices(group) }
}

function areTied(a: Ties, b: Ties): boolean {
  return [...a.articles].some((x) => b.articles.has(x)) || [...a.fields].some((w) => b.fields.has(w)) || [...a.offices].some((o) => b.offices.has(o))
}

/** A group's name has no word of English: one story is enough to join it ("Group Menatep" needs more). */
const noEnglishWord = (group: Occurrence[]) => !group[0]!.words.some((w) => isOrdinaryWord(w))
/** "seo-yeon", "wei-ling": two parts, neither a word of English (not "rolls-royce", "long-term"). */
const isHyphenedForeignWord = (word: string) => /^[^-]+-[^-]+$/.test(word) && word.split('-').every((part) => !isOrdinaryWord(part))

/**
 * Whether two groups of occurrences' articles tell one story: they share a name few articles
 * write; with `beyondOwnWords`, a name not made of the two groups' own names' words.
 */
type SameStory = (a: Occurrence[], b: Occurrence[], beyondOwnWords?: boolean) => boolean

function* sameStoryTest(occurrences: Occurrence[]): Generator<void, SameStory> {
  let step = 0
  // The names each article writes, and in how many articles each is written: two articles that
  // share a name few others write ("Kestrel Bay", "Dunmarnock") tell one story.
  const namesIn = new Map<number, Set<string>>()
  const articlesOf = new Map<string, Set<number>>()
  for (const o of occurrences) {
    if (++step % (STEP * 16) === 0) yield
    // Not a common word opening a sentence ("Yesterday…").
    if (o.commonInitial) continue
    const name = o.words.join(' ')
    const names = namesIn.get(o.article) ?? new Set()
    names.add(name)
    namesIn.set(o.article, names)
    const articles = articlesOf.get(name) ?? new Set()
    articles.add(o.article)
    articlesOf.set(name, articles)
  }
  return (a, b, beyondOwnWords = false) => {
    const own = new Set([...a, ...b].map((o) => o.words.join(' ')))
    const ownWords = new Set([...a, ...b].flatMap((o) => o.words))
    const inB = new Set(b.map((o) => o.article))
    for (const article of new Set(a.map((o) => o.article))) {
      for (const name of namesIn.get(article) ?? []) {
        if (own.has(name)) continue
        if (beyondOwnWords && name.split(' ').every((w) => ownWords.has(w))) continue
        const where = articlesOf.get(name)!
        if (where.size <= STORY_ARTICLES && [...where].some((x) => x !== article && inB.has(x))) return true
      }
    }
    return false
  }
}

/**
 * A name the coverage gives someone as a quoted nickname is them. In the article that gives it:
 * "Dr Ramon Dizon, known to reporters as "Doc Mon"", then "Doc Mon warned residents" (a group
 * every mention of which is in an article giving that nickname, to one person). Anywhere, with
 * the surname: Jose Ramon "Jomar" Villacorta is the "Jomar Villacorta" of another outlet, Rodolfo
 * "Ka Dodong" Alcantara the "Ka Dodong Alcantara".
 */
function* joinQuotedNicknames(groups: Map<string, Occurrence[]>, sameStory: SameStory): Generator<void, void> {
  const givenIn = new Map<string, string | null>()
  // Nicknames of two words or more, coverage-wide: whose each is, or null when several people's.
  const givenAnywhere = new Map<string, string | null>()
  let step = 0
  for (const [key, group] of groups) {
    if (++step % STEP === 0) yield
    for (const o of group) {
      if (!o.nickname) continue
      const nickname = foldName(o.nickname)
      const at = `${o.article}:${nickname}`
      givenIn.set(at, givenIn.has(at) && givenIn.get(at) !== key ? null : key)
      if (nickname.includes(' ')) givenAnywhere.set(nickname, givenAnywhere.has(nickname) && givenAnywhere.get(nickname) !== key ? null : key)
    }
  }
  if (givenIn.size === 0) return
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    const owners = new Set(group.map((o) => givenIn.get(`${o.article}:${foldName(o.surface)}`)))
    const [owner] = owners
    if (owners.size !== 1 || !owner || owner === key || !groups.has(owner)) continue
    groups.get(owner)!.push(...group)
    groups.delete(key)
  }
  // In another article of the story, such a nickname is the whole name: the paper's "Crofter
  // Donald MacRitchie - known to everyone on the island as Donnie Beag -" is the island blog's
  // "Donnie Beag, our neighbour".
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    if (!groups.has(key)) continue
    const surface = foldName(group[0]!.surface)
    const owner = givenAnywhere.get(surface)
    if (!owner || owner === key || !groups.has(owner) || !group.every((o) => foldName(o.surface) === surface)) continue
    if (!sameStory(group, groups.get(owner)!)) continue
    groups.get(owner)!.push(...group)
    groups.delete(key)
  }
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    if (!groups.has(key)) continue
    for (const o of group) {
      if (!o.nickname) continue
      // A nickname of two words heads the name whole: Rodolfo "Ka Dodong" Alcantara is "Ka Dodong Alcantara".
      const nicknameWords = foldName(o.nickname).split(' ')
      // With a married name's last part, as Philippine papers shorten it: Mayor Teresita "Tess"
      // Abellanosa-Dumalag is the live blog's "Mayor Tess Dumalag".
      const married = o.surname.includes('-') ? [o.surname.split('-').at(-1)!] : []
      // Or with a double surname's first part, as Spanish names are shortened: Eusebio "Chebo"
      // Quispe Huamán is the radio interview's "Chebo Quispe".
      const firstOfDouble = o.words.length >= 3 && !NAME_PARTICLES.has(o.words.at(-2)!) ? [o.words.at(-2)!] : []
      for (const surname of [o.surname, ...married, ...firstOfDouble]) {
        const namedByIt = nameKey(nicknameWords[0]!, surname)
        if (namedByIt === key || !groups.has(namedByIt)) continue
        if (!groups.get(namedByIt)!.every((named) => nicknameWords.every((word, i) => named.words[i] === word))) continue
        group.push(...groups.get(namedByIt)!)
        groups.delete(namedByIt)
      }
    }
  }
}

/**
 * A maiden name the coverage gives someone is them, wherever it is written: "Farida Hughes, who
 * was elected in 2019 under her maiden name Farida Benali" makes the parliamentary sketch's
 * "Farida Benali, the member for Ashby Vale" the local paper's Mrs Hughes.
 */
function joinMaidenNames(groups: Map<string, Occurrence[]>): void {
  for (const [key, group] of [...groups]) {
    const of = group.find((o) => o.formerNameOf && o.formerNameOf.length >= 2)?.formerNameOf
    if (!of || !groups.has(key)) continue
    const personKey = nameKey(of[0]!, of.at(-1)!)
    if (personKey === key || !groups.has(personKey)) continue
    groups.get(personKey)!.push(...group)
    groups.delete(key)
  }
}

/**
 * A name written in both orders is one person when the two are tied as nicknames are (an article,
 * a field of their titles, an office) or their articles tell one story: Japanese and Chinese
 * papers put the surname first ("Setouchi Electric President Takeda Haruki", "Sato Yuichiro, a
 * professor of volcanology"), others write "Haruki Takeda"; Vietnamese ones the middle names
 * too ("Pham Thi Thu Huong", where a trade paper writes "Huong Pham"). The reversed name joins
 * the group written more often.
 */
function* joinReversedNames(groups: Map<string, Occurrence[]>, sameStory: SameStory): Generator<void, void> {
  let step = 0
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    if (!groups.has(key) || group[0]!.words.length !== 2) continue
    const reversedKey = nameKey(group[0]!.surname, group[0]!.words[0]!)
    const reversed = groups.get(reversedKey)
    // The surname-first name may carry middle names ("Pham Thi Thu Huong", "Vicofa vice-president Huong Pham").
    if (!reversed || reversedKey === key || reversed[0]!.words.length < 2) continue
    // One story is enough for two name words, not for a word of English ("Group Menatep"),
    // unless the other is a given name in two hyphened parts, as Korean and Taiwanese names are
    // romanised: "Seo-yeon Park" and "Park Seo-yeon", whose surname is a word of English.
    const foreign = noEnglishWord(group) || group[0]!.words.some(isHyphenedForeignWord)
    if (!areTied(tiesOf(group), tiesOf(reversed)) && !(foreign && sameStory(group, reversed))) continue
    const [into, from, fromKey] = reversed.length > group.length ? [reversed, group, key] : [group, reversed, reversedKey]
    into.push(...from)
    groups.delete(fromKey)
  }
}

/**
 * Two spellings of one name a slip apart: outlets spell a name differently and a paper misspells
 * one now and then ("Morag Kinnear" and "Kinneir", "Abdullah" and "Abdulla Khattak", "Rodel
 * Magbanua" and "Magbuana"), or set a hyphen where another leaves a space ("Kwabena
 * Asante-Mensah" and "Asante Mensah"). A hyphen or space is joined outright; a slip in the given
 * name or the surname, the other the same, only when the coverage ties the two as it ties
 * nicknames (an article, a field of their titles, an office) or their articles tell one story
 * (they share a name few articles write). Otherwise they may be two people: Peter Saunders of
 * the CMF and Peter Sanders of Stop Stansted Expansion, Franz Ferdinand's Paul Thomson and Roxy
 * Music's Paul Thompson. The spelling written more often takes the other in.
 */
function* joinSpellingSlips(groups: Map<string, Occurrence[]>, written: string[][], sameStory: SameStory): Generator<void, void> {
  let step = 0
  /** Two groups as one, under the larger's key, which it returns. */
  const join = (a: string, b: string): string => {
    const [intoKey, fromKey] = groups.get(a)!.length >= groups.get(b)!.length ? [a, b] : [b, a]
    groups.get(intoKey)!.push(...groups.get(fromKey)!)
    groups.delete(fromKey)
    return intoKey
  }
  // A hyphen or a space: the name as written, run together, is the same ("Asante-Mensah" and
  // "Asante Mensah", "Harsh Vardhan Reddy" and "Harshvardhan Reddy", "De Smet" and "Desmet").
  const byRunTogether = new Map<string, string>()
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    let self = key
    for (const form of new Set(group.map((o) => runTogether(written[o.id]!)))) {
      const other = byRunTogether.get(form)
      if (other !== undefined && other !== self && groups.has(other)) self = join(other, self)
      byRunTogether.set(form, self)
    }
  }
  // A slip in one word: looked for among the names sharing the other word.
  for (const part of ['surname', 'given'] as const) {
    const byOther = new Map<string, string[]>()
    for (const [key, group] of groups) {
      const o = group[0]!
      const other = part === 'surname' ? variantKey(o.words[0]!) : variantKey(o.surname)
      const keys = byOther.get(other) ?? []
      keys.push(key)
      byOther.set(other, keys)
    }
    const wordOf = (g: Occurrence[]) => (part === 'surname' ? g[0]!.surname : g[0]!.words[0]!)
    // The rest of the name the same, as either writes it: Ayatollah Ruhollah Khomeini is not
    // Ayatollah Ali Khamenei; "Juma Tsumah" is "Juma Tsuma", whom another article writes "Juma
    // Mwachiro Tsuma".
    const rests = (g: Occurrence[]) => new Set(g.map((o) => (part === 'surname' ? o.words.slice(0, -1) : o.words.slice(1)).map(variantKey).join(' ')))
    const sameRest = (a: Occurrence[], b: Occurrence[]) => {
      const inB = rests(b)
      return [...rests(a)].some((rest) => inB.has(rest))
    }
    for (const keys of byOther.values()) {
      if (keys.length < 2) continue
      for (let i = 0; i < keys.length; i++) {
        if (++step % STEP === 0) yield
        for (let j = i + 1; j < keys.length; j++) {
          const a = groups.get(keys[i]!)
          const b = groups.get(keys[j]!)
          if (!a || !b) continue
          if (!isSpellingSlip(wordOf(a), wordOf(b)) || !sameRest(a, b) || !(areTied(tiesOf(a), tiesOf(b)) || sameStory(a, b))) continue
          join(keys[i]!, keys[j]!)
        }
      }
    }
  }
}

/**
 * A surname of two words, written whole or in part: "Ibukunoluwa Adeyemi-Bankole" is "Ibukun
 * Adeyemi Bankole" in a student paper, "Marisol Herrera Vance" is "Dr Marisol Herrera" on Irish
 * radio (a Spanish double surname shortened to the first, as English-language outlets do). Two
 * names are one when their given names agree (the same, or one beginning the other: "Ibukun"),
 * one writes the other's double surname or its first part, the coverage ties them or their
 * articles tell one story, and no one else fits. Not a double surname's second part alone:
 * "Marisol Vance" may be her sister-in-law; unless a hyphen joins the two, as a married name
 * keeps the one she was born with ("Femke de Wit-Brouwer", a column's "Femke Brouwer"). Nor a
 * second part that is a word of English or one the coverage writes in lower case.
 */
function* joinDoubleSurnames(groups: Map<string, Occurrence[]>, written: string[][], stats: CaseStats, sameStory: SameStory): Generator<void, void> {
  let step = 0
  /** A group's two-word surnames ("adeyemi bankole") and its surnames of one word, from every way it is written. */
  const doubles = new Map<string, Set<string>>()
  const singles = new Map<string, Set<string>>()
  const givens = new Map<string, Set<string>>()
  /** The second words of hyphened surnames, which a name of one surname may be too: "Femke de Wit-Brouwer", born Femke Brouwer. */
  const hyphenedSeconds = new Map<string, Set<string>>()
  for (const [key, group] of groups) {
    if (++step % STEP === 0) yield
    const double = new Set<string>()
    const single = new Set<string>()
    const second = new Set<string>()
    for (const o of group) {
      // A particle between the two is no part of either: "Rafael Monteiro da Silva" is "Rafa Monteiro" at a rally.
      const words = written[o.id]!.flatMap((w) => w.split('-')).filter((w, i, all) => !(i > 0 && i < all.length - 1 && NAME_PARTICLES.has(w)))
      if (words.length < 2) continue
      const whole = written[o.id]!
      if (whole.length === 2 && !whole[1]!.includes('-')) single.add(words[1]!)
      // "Jorge Luis Benavides", a newsletter's "Jorge Luis Benavides Ordóñez": two given names and the first surname.
      else if (whole.length === 3 && words.length === 3 && !whole.some((w) => NAME_PARTICLES.has(w))) single.add(words[2]!)
      // "Marieke van den Broek", a column's name for Marieke van den Broek-Jansen: one surname after its particles.
      else if (whole.length > 2 && whole.slice(1, -1).every((w) => NAME_PARTICLES.has(w)) && !whole.at(-1)!.includes('-')) single.add(whole.at(-1)!)
      // Not a name and a thing: "Stan Lee Media", "Johnny Carson Theater", "Krispy Kreme Doughnuts".
      // A hyphen makes one surname of any two capitalised words ("Aroha Kereama-Price").
      const last = words.at(-1)!
      const hyphened = whole.at(-1)!.includes('-') && /\p{L}-\p{Lu}/u.test(o.surface)
      if (words.length >= 3 && (hyphened || (!isOrdinaryWord(last) && stats.isNameLike(last)))) double.add(words.slice(-2).join(' '))
      if (words.length >= 3 && hyphened) second.add(last)
    }
    hyphenedSeconds.set(key, second)
    doubles.set(key, double)
    singles.set(key, single)
    givens.set(key, new Set(group.map((o) => givenNameKey(written[o.id]![0]!.split('-')[0]!))))
  }
  // Who writes each surname: a double one whole, or one word alone.
  const byDouble = new Map<string, string[]>()
  const bySingle = new Map<string, string[]>()
  for (const [key, set] of doubles) for (const d of set) listUnder(byDouble, d, key)
  for (const [key, set] of singles) for (const s of set) listUnder(bySingle, s, key)
  const givenAgrees = (a: string, b: string) => {
    for (const x of givens.get(a)!) for (const y of givens.get(b)!) if (x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)))) return true
    return false
  }
  for (const key of [...groups.keys()].filter((k) => doubles.get(k)!.size > 0)) {
    if (++step % STEP === 0) yield
    if (!groups.has(key)) continue
    const candidates = (writers: string[]) => [...new Set(writers)].filter((other) => other !== key && groups.has(other) && givenAgrees(key, other))
    const firstWriters = candidates([...doubles.get(key)!].flatMap((d) => [...(byDouble.get(d) ?? []), ...(bySingle.get(d.split(' ')[0]!) ?? [])]))
    const secondWriters = candidates([...hyphenedSeconds.get(key)!].flatMap((second) => bySingle.get(second) ?? []))
    const others = [...new Set([...firstWriters, ...secondWriters])]
    // One other name, or the two a hyphened surname is made of, each with the same given name:
    // "Agnieszka Nowicka-Wróblewska", who sat on the council as Agnieszka Nowicka before her
    // marriage and is Mayor Agnieszka Wróblewska now.
    const bothParts = others.length === 2 && firstWriters.length === 1 && secondWriters.length === 1 && firstWriters[0] !== secondWriters[0]
    if (others.length !== 1 && !bothParts) continue
    for (const other of others) {
      const a = groups.get(key)
      const b = groups.get(other)
      if (!a || !b || (!areTied(tiesOf(a), tiesOf(b)) && !sameStory(a, b))) continue
      const [intoKey, fromKey] = a.length >= b.length ? [key, other] : [other, key]
      groups.get(intoKey)!.push(...groups.get(fromKey)!)
      groups.delete(fromKey)
      givens.set(intoKey, new Set([...givens.get(intoKey)!, ...givens.get(fromKey)!]))
      if (fromKey === key) break
    }
  }
}

/**
 * A name of three words or more written without its first by another outlet: "Chittagong Port
 * Authority Chairman Rear Admiral Kazi Nazmul Hasan" is a shipping newsletter's "RAdm Nazmul
 * Hasan" (a family title, as Bangladeshi names carry "Kazi", "Sheikh" or "Syed"); a double
 * surname without the given name. One when the shorter name ends only that longer one and they
 * share an article, or the two articles tell one story by a name beyond their own words; the
 * longer takes it in.
 */
function* joinNamesWithoutFirstWord(groups: Map<string, Occurrence[]>, sameStory: SameStory): Generator<void, void> {
  let step = 0
  const byTail = new Map<string, string[]>()
  for (const [key, group] of groups) {
    if (++step % STEP === 0) yield
    for (const tail of new Set(group.filter((o) => o.words.length >= 3).map((o) => o.words.slice(1).join(' ')))) listUnder(byTail, tail, key)
  }
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    if (!groups.has(key) || group.some((o) => o.words.length !== 2)) continue
    const longer = byTail.get(group[0]!.words.join(' ')) ?? []
    if (longer.length !== 1 || longer[0] === key || !groups.has(longer[0]!)) continue
    const into = groups.get(longer[0]!)!
    // In the article that writes the longer name it is them too ("Marcela Iturbide de Ocampo,
    // 58, … Iturbide de Ocampo will remain free").
    const inOneArticle = group.some((o) => into.some((other) => other.article === o.article))
    if (!inOneArticle && !sameStory(group, into, true)) continue
    into.push(...group)
    groups.delete(key)
  }
}

/** Adds `value` to the list kept under `key`. */
function listUnder<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * A name's written words run together, each keyed as names are (variantKey): "Harshvardhan K.
 * Reddy" → "harshvardhanreddy", "Youssef El Amrani" and "Yousef Elamrani" → "yousefelamrani".
 * Word by word: "Ken Jones" is not "Kenny Jones".
 */
const runTogether = (words: string[]) => words.map((w) => variantKey(w.replace(/[-'.]/g, ''))).join('')

/** Particles that open a surname written alone: the name particles, and "El" ("Hicham El Guerrouj"). */
const SURNAME_OPENERS = new Set([...NAME_PARTICLES, 'el'])

/**
 * A surname of two words written alone: "Pieter De Smet … De Smet said", "Simon Le Bon … Le Bon
 * also said", "Gisele Tremblay Roy … Tremblay Roy, 67, said". Two words are the surname alone of a
 * longer name the article writes when they end it and their first word is a particle or opens no
 * other two-word name: "Van Morrison", "Al Gore" and "Gordon Brown" keep their given names.
 */
function* readTwoWordSurnames(occurrences: Occurrence[], written: string[][]): Generator<void, void> {
  let step = 0
  const endings = new Set<string>()
  const opened = new Map<string, Set<string>>()
  for (const o of occurrences) {
    if (++step % (STEP * 16) === 0) yield
    const words = written[o.id]!
    if (words.length >= 3) endings.add(`${o.article}:${words.slice(-2).join(' ')}`)
    if (words.length === 2) opened.set(words[0]!, (opened.get(words[0]!) ?? new Set()).add(words[1]!))
  }
  for (const o of occurrences) {
    if (++step % (STEP * 16) === 0) yield
    const words = written[o.id]!
    if (words.length !== 2 || !endings.has(`${o.article}:${words.join(' ')}`)) continue
    const opensOthers = [...(opened.get(words[0]!) ?? [])].some((w) => w !== words[1])
    if (SURNAME_OPENERS.has(words[0]!) || !opensOthers) o.words = [o.surname]
  }
}

/** A name's written words, folded, initials left out: "Harshvardhan K. Reddy" → harshvardhan, reddy. */
const writtenWords = (o: Occurrence) => foldName(o.surface).split(' ').filter((w) => !/^\p{L}\.?$/u.test(w))

/** A name written in at most this many articles is a story's own ("Kestrel Bay"), not the news's ("Downing Street"). */
const STORY_ARTICLES = 5

/** One letter added, dropped, changed or two swapped in a name of five letters or more; two in one of eight or more ("magbanua"/"magbuana"). */
function isSpellingSlip(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false
  const budget = Math.min(a.length, b.length) >= 8 ? 2 : 1
  return editDistance(a, b, budget) <= budget
}

/** The words of a group's titles that say more than the title: "worldcom" in "former WorldCom chief". */
function roleFieldWords(group: Occurrence[]): Set<string> {
  const words = new Set<string>()
  for (const o of group) {
    if (!o.role) continue
    for (const w of roleWordsOf(o.role)) {
      if (w.length > 1 && !isTitleHead(w) && !TITLE_MODIFIERS.has(w) && !FUNCTION_WORDS.has(w)) words.add(w)
    }
  }
  return words
}

/** A title's words, folded, hyphens and apostrophes kept ("secretary-general", "bush's"). */
function roleWordsOf(role: string): string[] {
  return foldName(role).split(/[^\p{L}\p{N}'-]+/u)
}

/**
 * "Chancellor of the Exchequer Gordon Brown", "Blairite Alan Milburn", "Democrat John Kerry": a
 * capitalised word before a name is read as its first word. When the rest of the name is written
 * on its own elsewhere ("Gordon Brown") and the words before it never open a two-word name and are
 * either written in lower case too or followed by a given name, they are not the name: the mention joins that person, as "Exchequer Gordon Brown" would otherwise be
 * a second Gordon Brown.
 */
function* dropWordsBeforeNames(groups: Map<string, Occurrence[]>, stats: CaseStats): Generator<void, void> {
  let step = 0
  // Words that open a two-word name are given names ("Jose" Manuel Barroso, "Hans" Christian
  // Andersen, "Simon" Le Bon), and so are words never written in lower case ("Hicham" El Guerrouj,
  // "Camilla" Parker Bowles) unless a given name follows them: those stay part of the name.
  const given = new Map<string, number>()
  for (const group of groups.values()) {
    const words = group[0]!.words
    if (words.length === 2) given.set(words[0]!, (given.get(words[0]!) ?? 0) + 1)
  }
  for (const [key, group] of [...groups]) {
    if (++step % STEP === 0) yield
    const words = group[0]!.words
    if (words.length < 3) continue
    for (let d = 1; d <= words.length - 2; d++) {
      // A name-like word goes too when the name after it opens with a word of three letters or
      // more that opens two two-word names or more, a given name: "Blairite Alan Milburn",
      // "Briton Tim Henman" (not "Hicham El Guerrouj": "El" is a particle, "El Guerrouj" his surname).
      const opens = words[d]!.length >= 3 ? (given.get(words[d]!) ?? 0) : 0
      if (given.has(words[d - 1]!) || (stats.isNameLike(words[d - 1]!) && opens < 2)) break
      const tail = nameKey(words[d]!, group[0]!.surname)
      const into = tail === key ? undefined : groups.get(tail)
      if (!into || !group.every((o) => o.words.length === words.length && variantKey(o.words[d]!) === variantKey(words[d]!))) continue
      for (const o of group) {
        const dropped = o.words.slice(0, d)
        o.words = o.words.slice(d)
        // The written form loses the same words when they lead it ("Blairite Alan Milburn" → "Alan Milburn").
        const parts = o.surface.split(' ')
        if (parts.length > d && dropped.every((w, i) => foldName(parts[i]!) === w)) o.surface = parts.slice(d).join(' ')
      }
      into.push(...group)
      groups.delete(key)
      break
    }
  }
}
