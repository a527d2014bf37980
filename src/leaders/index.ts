// Leaders: who is who in the coverage and what they said. No list of names: people, their
// titles and their statements are read from the articles.
export { buildPeople, buildPeopleAsync } from './build.ts'
export { firstNameAsked, lookupLeader, suggestPeople, titleAsked } from './lookup.ts'
export { foldName } from './names.ts'
