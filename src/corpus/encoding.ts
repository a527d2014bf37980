// Windows-1252 is Latin-1 with printable characters in 0x80–0x9F (curly quotes, dashes, €), and
// what "iso-8859-1" means on the web. Node 20's TextDecoder('windows-1252') decodes that range as
// Latin-1's control characters, so the range is mapped here as the WHATWG Encoding Standard's
// table says (its five unassigned bytes stay as they are).
const WINDOWS_1252_80_9F = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
]

/** The encoding a byte-order mark at the start of the bytes names, if there is one. */
export function byteOrderMark(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!)
}
