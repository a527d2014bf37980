// "The American and Russian presidents" means Trump and Putin in this coverage: the articles
// call them "U.S. President Donald Trump" and "Russian President Vladimir Putin". When every
// word of a role the coverage gives a person is in the question (by word or concept: American
// = US), the person's surname becomes another way to satisfy those words.
import type { Person } from '../types.ts'
import { ABBREVIATED_TITLES, HONORIFICS, isTitleHead, STOPPED_HONORIFICS, TITLE_MODIFIERS } from '../leaders/words.ts'
import { foldWord } from './fold.ts'
import { isOrdinaryWord } from './lexicon.ts'
import type { Analyzer, QuerySlot } from './analyze.ts'
import type { ResolvedSlot } from './query.ts'

interface RoleEntry {
  roleSlots: QuerySlot[]
  surnameTerm: string
  nameTerms: Set<string>
}

export interface RoleLinks {
  /** Role word term or concept tag → the roles containing it. */
  byKey: Map<string, RoleEntry[]>
}

/** Roles of one word ("President") say too little to stand for a person. */
const MIN_ROLE_WORDS = 2
const CREDIT = 0.8

/**
 * `articlesHolding` (the articles with a passage holding a term) lets a first name stand for a
 * surname (addCalledByLinks); without it, only roles link.
 */
export function buildRoleLinks(analyzer: Analyzer, people: Person[], articlesHolding?: (term: string) => Set<string>): RoleLinks {
  const byKey = new Map<string, RoleEntry[]>()
  // Built at every start of the CLI, in code not yet optimised: a role is analysed once however
  // many people hold it (2,564 roles, 1,636 distinct, on BBC), and a name only when one of its
  // roles is long enough to link (most people have none).
  const slotsOfRole = new Map<string, QuerySlot[]>()
  for (const person of people) {
    let nameTerms: string[] | undefined
    for (const role of person.roles) {
      let roleSlots = slotsOfRole.get(role)
      if (!roleSlots) slotsOfRole.set(role, (roleSlots = analyzer.querySlots(role)))
      if (roleSlots.length < MIN_ROLE_WORDS) continue
      nameTerms ??= termsOfName(analyzer, person.name)
      const surnameTerm = nameTerms.at(-1)
      if (!surnameTerm) break
      addEntry(byKey, { roleSlots, surnameTerm, nameTerms: new Set(nameTerms) })
    }
  }
  if (articlesHolding) addCalledByLinks(byKey, analyzer, people, articlesHolding)
  return { byKey }
}

/**
 * "what did jaga say", "what did quim think": a first name or nickname the coverage gives one
 * person ("Jaga Wołoszyn" beside Jadwiga Wołoszyn, a quoted "Quim"), asked without the surname,
 * stands for that surname too, so their words are found where the article writes "Woloszyn
 * said". Only a word in no one else's name or aliases ("gordon" links no one when two Gordons are
 * named), no English word ("mark", "rose"), and none written in an article that does not name them.
 */
function addCalledByLinks(byKey: Map<string, RoleEntry[]>, analyzer: Analyzer, people: Person[], articlesHolding: (term: string) => Set<string>): void {
  const namesOf = people.map((person) => termsOfName(analyzer, person.name))
  const users = new Map<string, Set<number>>()
  // Person → the first word of each of their names as written ("Jaga"), by its term.
  const calledBy = new Map<number, Map<string, string>>()
  people.forEach((person, i) => {
    const called = new Map<string, string>()
    for (const written of [person.name, ...person.aliases]) {
      const terms = termsOfName(analyzer, written)
      for (const term of terms) users.set(term, (users.get(term) ?? new Set()).add(i))
      const first = written.trim().split(/\s+/)[0]!
      // Not a style or title before the name ("Prof Kowalczyk", "Comrade Brandao").
      if ((terms.length >= 2 || terms[0] !== namesOf[i]!.at(-1)) && terms[0] && !isStyleOrTitle(terms[0])) called.set(terms[0], first)
    }
    calledBy.set(i, called)
  })
  for (const [i, called] of calledBy) {
    const surnameTerm = namesOf[i]!.at(-1)
    if (!surnameTerm) continue
    const theirs = new Set(people[i]!.articles)
    for (const [term, word] of called) {
      if (term === surnameTerm || users.get(term)!.size !== 1 || isOrdinaryWord(term)) continue
      const roleSlots = analyzer.querySlots(word)
      if (roleSlots.length !== 1 || roleSlots[0]!.term !== term) continue
      // Only a word no article uses but theirs: "german" of BBC's "Germaine Greer" is a
      // nationality in a hundred others, "sydney" of Sydney Taurel a city.
      if ([...articlesHolding(term)].some((source) => !theirs.has(source))) continue
      addEntry(byKey, { roleSlots, surnameTerm, nameTerms: new Set(namesOf[i]!.filter((t) => t !== term)) })
    }
  }
}

/** A name's words as the index has them, without the concept tags a country's name also gets. */
const termsOfName = (analyzer: Analyzer, name: string) => analyzer.terms(name).filter((t) => !t.startsWith('§'))

const isStyleOrTitle = (term: string) =>
  HONORIFICS.has(term) || STOPPED_HONORIFICS.has(term) || ABBREVIATED_TITLES.has(term) || isTitleHead(term) || TITLE_MODIFIERS.has(term)

/**
 * The same links for phrases of the coverage's own other than roles: each phrase's words may be
 * satisfied by its term ("Emirates Blue Molecules" by "ebm", src/search/acronyms.ts).
 */
export function buildPhraseLinks(analyzer: Analyzer, pairs: { phrase: string; term: string }[]): RoleLinks {
  const byKey = new Map<string, RoleEntry[]>()
  for (const { phrase, term } of pairs) {
    const roleSlots = analyzer.querySlots(phrase)
    if (roleSlots.length >= MIN_ROLE_WORDS) addEntry(byKey, { roleSlots, surnameTerm: term, nameTerms: new Set([term]) })
  }
  return { byKey }
}

/** An entry is looked up by its first word (or that word's concept). */
function addEntry(byKey: Map<string, RoleEntry[]>, entry: RoleEntry): void {
  const first = entry.roleSlots[0]!
  for (const key of [first.term, ...first.tags]) {
    const entries = byKey.get(key)
    if (entries) entries.push(entry)
    else byKey.set(key, [entry])
  }
}

/** Role links as JSON for the index cache: each entry once, and each key with its entries' numbers (one entry is under several keys). */
export interface StoredRoleLinks {
  entries: [QuerySlot[], string, string[]][]
  byKey: [string, number[]][]
}

export function storeRoleLinks(links: RoleLinks): StoredRoleLinks {
  const number = new Map<RoleEntry, number>()
  const entries: StoredRoleLinks['entries'] = []
  const byKey: StoredRoleLinks['byKey'] = []
  for (const [key, list] of links.byKey) {
    byKey.push([
      key,
      list.map((entry) => {
        let n = number.get(entry)
        if (n === undefined) {
          number.set(entry, (n = entries.length))
          entries.push([entry.roleSlots, entry.surnameTerm, [...entry.nameTerms]])
        }
        return n
      }),
    ])
  }
  return { entries, byKey }
}

/** The links storeRoleLinks kept: the same entries, shared between keys as they were. */
export function restoreRoleLinks(stored: StoredRoleLinks): RoleLinks {
  const entries = stored.entries.map(([roleSlots, surnameTerm, nameTerms]): RoleEntry => ({ roleSlots, surnameTerm, nameTerms: new Set(nameTerms) }))
  return { byKey: new Map(stored.byKey.map(([key, numbers]) => [key, numbers.map((n) => entries[n]!)])) }
}

const matches = (q: QuerySlot, r: QuerySlot) => q.term === r.term || q.tags.some((t) => r.tags.includes(t))

/** Adds the surnames of people whose roles the question names, to the slots that name them. */
export function linkRoles(links: RoleLinks, querySlots: QuerySlot[], resolved: ResolvedSlot[]): void {
  const named = new Set(querySlots.map((s) => s.term))
  // Two words typed for a name written as one ("gebre medhin" for Gebre-Medhin, Gebremedhin).
  for (const [i, slot] of querySlots.slice(1).entries()) named.add(foldWord(`${querySlots[i]!.word}${slot.word}`))
  // What the question's words read as before any link adds to them.
  const readAs = new Set(resolved.flatMap((r) => [...r.terms.keys()]))
  const seen = new Set<RoleEntry>()
  for (const slot of querySlots) {
    for (const key of [slot.term, ...slot.tags]) {
      for (const entry of links.byKey.get(key) ?? []) {
        if (seen.has(entry)) continue
        seen.add(entry)
        // The question already names the person: nothing to add; nor when one of its words
        // reads as their surname anyway.
        if ([...entry.nameTerms].some((t) => named.has(t)) || readAs.has(entry.surnameTerm)) continue
        const matched = entry.roleSlots.map((r) => querySlots.find((q) => matches(q, r)))
        if (matched.some((q) => q === undefined)) continue
        // Resolving drops some of the question's words (a slip of "the"), so a word is found by itself, not by its place.
        for (const q of matched) {
          const terms = resolved.find((r) => r.word === q!.word)?.terms
          terms?.set(entry.surnameTerm, Math.max(terms.get(entry.surnameTerm) ?? 0, CREDIT))
        }
      }
    }
  }
}
