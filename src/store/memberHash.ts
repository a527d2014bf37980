// Members are never stored as who they are: a keyed hash (HMAC-SHA-256) of their id, with a
// secret generated on first start and kept in DATA_DIR/secret (mode 600). The same member gives
// the same hash (so a second vote replaces the first), and without the secret the hash cannot be
// turned back into an id by hashing every id there is. Deleting the file unlinks all past rows.
import { createHmac, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type MemberHasher = (memberId: string) => string

/** Reads DATA_DIR/secret, creating it (32 random bytes, hex) the first time. */
export function readOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, 'secret')
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const secret = randomBytes(32)
  try {
    // 'wx': two processes starting at once both end up with the one that was written first.
    writeFileSync(file, `${secret.toString('hex')}\n`, { flag: 'wx', mode: 0o600 })
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
  }
}

export function memberHasher(secret: Buffer): MemberHasher {
  if (secret.length < 16) throw new Error('the member-hash secret is too short (expected 32 bytes of hex in DATA_DIR/secret)')
  return (memberId) => createHmac('sha256', secret).update(memberId).digest('base64url')
}
