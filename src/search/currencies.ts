// Currencies as papers print them before a figure: one table for the analyzer (which indexes
// "£5bn" and "Shs660 billion" as "5 billion pounds", "660 billion shillings") and for the answer
// types (which read either as a sum).
import { escapeRegExp } from './fold.ts'

/** Signs written before the figure ("£5bn", "₱180,000", "GH¢1.2m"), and the currency each names. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '£': 'pounds', $: 'dollars', '€': 'euros', '¥': 'yen', '₹': 'rupees', '₦': 'naira', '₱': 'pesos', '₵': 'cedis', 'GH¢': 'cedis',
  '₩': 'won', '₺': 'lira', '₽': 'roubles', '₴': 'hryvnias', '₫': 'dong', '฿': 'baht', '₪': 'shekels',
}

/** Currencies written as letters before the figure, as the symbols are. */
export const CURRENCY_LETTERS: Record<string, string> = {
  R: 'rand', RM: 'ringgit', N: 'naira', K: 'kwacha', MK: 'kwacha', Rp: 'rupiah', Tk: 'taka',
  // Philippine papers print the peso as a P ("a P1.1-billion treatment plant").
  P: 'pesos',
  // Kenyan, Ugandan and Tanzanian shillings.
  KSh: 'shillings', Ksh: 'shillings', Sh: 'shillings', Shs: 'shillings', USh: 'shillings', UShs: 'shillings', TSh: 'shillings', Tsh: 'shillings',
  // Bolivian bolivianos ("Bs 25,000", "Bs. 431 million") and Peruvian soles ("S/ 1.2 billion", "S/. 850").
  Bs: 'bolivianos', 'Bs.': 'bolivianos', 'S/': 'soles', 'S/.': 'soles',
}

/**
 * ISO codes before the figure, as trade papers and releases print sums ("PLN 100 for each
 * account", "EUR 2.5m"); in capitals only, and not PHP, more often a programming language ("PHP 8").
 */
export const CURRENCY_BY_CODE: Record<string, string> = {
  USD: 'dollars', EUR: 'euros', GBP: 'pounds', JPY: 'yen', CNY: 'yuan', INR: 'rupees', CHF: 'francs', PLN: 'zlotys', NGN: 'naira',
  ZAR: 'rand', KES: 'shillings', UGX: 'shillings', TZS: 'shillings', GHS: 'cedis', AUD: 'dollars', CAD: 'dollars', NZD: 'dollars',
  SEK: 'kronor', NOK: 'kroner', DKK: 'kroner', CZK: 'korunas', HUF: 'forints', RUB: 'roubles', UAH: 'hryvnias', MXN: 'pesos',
  BRL: 'reais', ARS: 'pesos', CLP: 'pesos', KRW: 'won', IDR: 'rupiah', MYR: 'ringgit', THB: 'baht', VND: 'dong', EGP: 'pounds',
  ILS: 'shekels', SAR: 'riyals', AED: 'dirhams', MZN: 'meticais', BOB: 'bolivianos', PEN: 'soles', COP: 'pesos', RON: 'lei',
  BGN: 'leva', ISK: 'kronur', KZT: 'tenge', GTQ: 'quetzales',
}

/** The one-character symbols, as a character class ("[£$€…]"). */
export const SYMBOL_CLASS = `[${Object.keys(CURRENCY_SYMBOLS).filter((sign) => [...sign].length === 1).join('')}]`
/** The symbols of several characters ("GH¢"), as alternatives. */
export const LONG_SYMBOLS = Object.keys(CURRENCY_SYMBOLS).filter((sign) => [...sign].length > 1).join('|')
/** The letter signs of two letters or more, longest first, as a pattern: a figure may follow after a space ("KSh 3bn"). */
export const LETTER_SIGNS = Object.keys(CURRENCY_LETTERS)
  .filter((sign) => sign.length > 1)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')
/** The lone letters ("R", "N", "K"): a sign only before a sum ("R2.5 billion"), not "the N2 highway" or "K2". */
export const LONE_LETTER_SIGNS = Object.keys(CURRENCY_LETTERS).filter((sign) => sign.length === 1).join('')
