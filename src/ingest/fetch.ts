// Fetching a page or a feed from someone else's server, safely: only http(s); no private,
// loopback or link-local address (checked on the address actually connected to, after DNS, so
// a name that resolves inside the network is refused too); redirects followed by hand, each hop
// checked again, at most 5; a cap on the decoded size and on the whole request's time; at most
// one request at a time per host. The body is decoded by its declared or sniffed charset.
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import zlib from 'node:zlib'
import type { Readable } from 'node:stream'
import { byteOrderMark, decodeWindows1252 } from '../corpus/encoding.ts'

/** Why a fetch failed: a stable code and the sentence a member reads. */
export type FetchFailure =
  | 'BAD_URL'
  | 'PRIVATE_ADDRESS'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'NOT_HTML'

export class FetchError extends Error {
  constructor(
    readonly code: FetchFailure,
    message: string,
    /** The HTTP status, for HTTP_STATUS. */
    readonly status?: number,
    /** Seconds the server asked us to wait (Retry-After on 429 and 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'FetchError'
  }
}

export interface FetchLimits {
  /** Loopback and private addresses allowed (ALLOW_PRIVATE_URLS=1: tests, a newsroom's intranet). */
  allowPrivate: boolean
  maxBytes: number
  timeoutMs: number
  maxRedirects: number
}

/** The limits of issue #14: 5 MB, 15 s, 5 redirects. */
export const DEFAULT_LIMITS: Omit<FetchLimits, 'allowPrivate'> = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 }

export interface FetchRequest {
  url: string
  /** 'page': only HTML is accepted (else NOT_HTML); 'feed': any text, the feed parser judges it. */
  kind: 'page' | 'feed'
  /** Conditional request: the validators of the last response. */
  etag?: string
  lastModified?: string
}

export interface Fetched {
  /** 200, or 304 when the conditional request found nothing new (then `text` is empty). */
  status: number
  /** Where the body came from, after redirects. */
  url: string
  text: string
  contentType?: string
  etag?: string
  lastModified?: string
  /** Decoded bytes received. */
  bytes: number
}

const USER_AGENT = 'coverage-bot/0.1 (+https://github.com/; news feed reader)'
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i

/** Addresses no link from the outside should reach (RFC 6890 special-purpose blocks, multicast, reserved). */
const BLOCKED = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv4')
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv6')

/** Is this address private, loopback, link-local or otherwise not on the public internet? */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address)
  if (family === 4) return BLOCKED.check(address, 'ipv4')
  if (family !== 6) return true
  // IPv4 inside IPv6 (::ffff:127.0.0.1, NAT64 64:ff9b::10.0.0.1) is judged as the IPv4 address.
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (embedded) return BLOCKED.check(embedded[1]!, 'ipv4')
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
  if (mappedHex) {
    const hi = parseInt(mappedHex[1]!, 16)
    const lo = parseInt(mappedHex[2]!, 16)
    return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4')
  }
  return BLOCKED.check(address, 'ipv6')
}

/** One request at a time per host: a feed and its pages never hammer one server. */
export class HostQueue {
  readonly #tails = new Map<string, Promise<unknown>>()

  run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(host) ?? Promise.resolve()
    const next = previous.then(work, work)
    const tail = next.catch(() => {})
    this.#tails.set(host, tail)
    // Forget idle hosts, so 20 feeds × their page hosts never grow the map for good.
    void tail.then(() => {
      if (this.#tails.get(host) === tail) this.#tails.delete(host)
    })
    return next
  }

  get busyHosts(): number {
    return this.#tails.size
  }
}

export interface Fetcher {
  fetch(request: FetchRequest): Promise<Fetched>
}

/** A fetcher with these limits, sharing one per-host queue between everything it fetches. */
export function createFetcher(limits: FetchLimits, queue = new HostQueue()): Fetcher {
  return {
    async fetch(request) {
      let url = parseHttpUrl(request.url)
      // One deadline for the whole fetch, redirects included, from when its first request starts
      // (not while it waits its turn behind other requests to the same host).
      let deadline: number | undefined
      for (let hop = 0; ; hop++) {
        const response = await queue.run(url.host.toLowerCase(), () => {
          deadline ??= Date.now() + limits.timeoutMs
          const left = deadline - Date.now()
          if (left <= 0) throw new FetchError('TIMEOUT', `no complete answer within ${limits.timeoutMs / 1000} s`)
          return fetchOnce(url, request, { ...limits, timeoutMs: left }, limits.timeoutMs)
        })
        if (response.redirect === undefined) return response.fetched
        if (hop >= limits.maxRedirects) {
          throw new FetchError('TOO_MANY_REDIRECTS', `it redirects more than ${limits.maxRedirects} times`)
        }
        url = parseHttpUrl(new URL(response.redirect, url).href)
      }
    },
  }
}

/** Only absolute http(s) URLs; anything else is refused before any connection is made. */
export function parseHttpUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new FetchError('BAD_URL', 'that is not a link (it should start with https://)')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('BAD_URL', `only http and https links can be added, not ${url.protocol.replace(/:$/, '')}`)
  }
  if (url.username || url.password) throw new FetchError('BAD_URL', 'links with a user name or password are not fetched')
  return url
}

type Once = { fetched: Fetched; redirect?: undefined } | { redirect: string }

/** One request; `limits.timeoutMs` is what is left of the fetch's deadline, `totalMs` the whole of it (for the message). */
function fetchOnce(url: URL, request: FetchRequest, limits: FetchLimits, totalMs: number): Promise<Once> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!limits.allowPrivate && net.isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new FetchError('PRIVATE_ADDRESS', `${host} is a private or local address`))
  }
  return new Promise<Once>((resolve, reject) => {
    let settled = false
    const fail = (error: FetchError) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.destroy()
      reject(error)
    }
    const timer = setTimeout(() => fail(new FetchError('TIMEOUT', `no complete answer within ${totalMs / 1000} s`)), limits.timeoutMs)
    const client = url.protocol === 'https:' ? https : http
    const req = client.request(
      url,
      {
        method: 'GET',
        headers: {
          'user-agent': USER_AGENT,
          accept: request.kind === 'page' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          ...(request.etag ? { 'if-none-match': request.etag } : {}),
          ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
        },
        lookup: checkedLookup(limits.allowPrivate),
      },
      (res) => {
        const status = res.statusCode ?? 0
        const header = (name: string) => {
          const v = res.headers[name]
          return Array.isArray(v) ? v[0] : v
        }
        if (REDIRECTS.has(status) && header('location')) {
          res.resume()
          settled = true
          clearTimeout(timer)
          return resolve({ redirect: header('location')! })
        }
        const validators = { ...(header('etag') ? { etag: header('etag') } : {}), ...(header('last-modified') ? { lastModified: header('last-modified') } : {}) }
        if (status === 304) {
          res.resume()
          settled = true
          clearTimeout(timer)
          return resolve({ fetched: { status, url: url.href, text: '', bytes: 0, ...validators } })
        }
        if (status < 200 || status >= 300) {
          res.resume()
          const retry = Number(header('retry-after'))
          return fail(new FetchError('HTTP_STATUS', `the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, status, Number.isFinite(retry) && retry > 0 ? retry : undefined))
        }
        const contentType = header('content-type')
        const mime = contentType?.split(';')[0]?.trim()
        if (request.kind === 'page' && mime && !HTML_TYPES.test(mime)) {
          res.resume()
          return fail(new FetchError('NOT_HTML', `it is not a web page (${mime})`))
        }
        const declared = Number(header('content-length'))
        if (!header('content-encoding') && Number.isFinite(declared) && declared > limits.maxBytes) {
          res.resume()
          return fail(new FetchError('TOO_LARGE', `it is too large (${formatMegabytes(declared)}; the limit is ${formatMegabytes(limits.maxBytes)})`))
        }
        let body: Readable = res
        const encoding = header('content-encoding')?.trim().toLowerCase()
        if (encoding === 'gzip' || encoding === 'x-gzip') body = res.pipe(zlib.createGunzip())
        else if (encoding === 'deflate') body = res.pipe(zlib.createInflate())
        else if (encoding === 'br') body = res.pipe(zlib.createBrotliDecompress())
        const chunks: Buffer[] = []
        let bytes = 0
        body.on('data', (chunk: Buffer) => {
          bytes += chunk.length
          // Counted after decompression, so a small compressed bomb is stopped too.
          if (bytes > limits.maxBytes) return fail(new FetchError('TOO_LARGE', `it is too large (more than ${formatMegabytes(limits.maxBytes)})`))
          chunks.push(chunk)
        })
        body.on('error', (error: Error) => fail(new FetchError('NETWORK', `the download failed (${error.message})`)))
        body.on('end', () => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          const raw = Buffer.concat(chunks)
          if (request.kind === 'page' && !mime && !looksLikeHtml(raw)) {
            return reject(new FetchError('NOT_HTML', 'it is not a web page'))
          }
          resolve({ fetched: { status, url: url.href, text: decodeBody(raw, contentType), bytes, ...(contentType ? { contentType } : {}), ...validators } })
        })
      },
    )
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof FetchError) return fail(error)
      const cause = (error as { cause?: unknown }).cause
      if (cause instanceof FetchError) return fail(cause)
      const what = error.code === 'ENOTFOUND' ? `the site ${host} was not found` : error.code === 'ECONNREFUSED' ? `${host} refused the connection` : `the connection failed (${error.code ?? error.message})`
      fail(new FetchError('NETWORK', what))
    })
    req.end()
  })
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void

/**
 * dns.lookup that refuses private addresses: Node connects to exactly what this returns, so a
 * name cannot resolve to a public address when checked and a private one when connected.
 */
function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address))
      if (usable.length === 0) {
        return callback(new FetchError('PRIVATE_ADDRESS', `${hostname} resolves to a private or local address`) as unknown as NodeJS.ErrnoException, [])
      }
      if (options.all) return callback(null, usable)
      callback(null, usable[0]!.address, usable[0]!.family)
    })
  }
}

function looksLikeHtml(raw: Buffer): boolean {
  const head = raw.subarray(0, 1024).toString('latin1').trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title|meta)[\s>]/.test(head)
}

/**
 * Bytes → text by the charset the response declares, else the one the document declares (a BOM,
 * `<meta charset>`, `<meta http-equiv>`, `<?xml encoding?>`), else UTF-8. WHATWG labels, as a
 * browser reads them: "iso-8859-1" is windows-1252.
 */
export function decodeBody(raw: Buffer, contentType?: string): string {
  const label = charsetOf(contentType) ?? sniffCharset(raw) ?? 'utf-8'
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(raw)
  return decoder.decode(raw)
}

function charsetOf(contentType?: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
}

function sniffCharset(raw: Buffer): string | undefined {
  const mark = byteOrderMark(raw)
  if (mark) return mark
  const head = raw.subarray(0, 2048).toString('latin1')
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  )
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
