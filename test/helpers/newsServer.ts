// A local news site for the ingest tests, on 127.0.0.1 and a free port: feeds (RSS, Atom, JSON
// Feed, malformed XML, repeated items) and pages shaped like real ones (test/fixtures/news),
// plus the ways real sites fail: a redirect chain and a loop, a 404, a 10 MB page, a slow
// answer, a PDF. Feeds answer conditional requests (ETag, Last-Modified) with 304. Every
// request is recorded, with how many were in flight at once.
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/news')
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name))

export interface ServedRequest {
  path: string
  headers: http.IncomingHttpHeaders
  status?: number
}

type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: NewsServer) => void | Promise<void>

const LAST_MODIFIED = 'Tue, 19 Aug 2025 08:00:00 GMT'

export class NewsServer {
  readonly requests: ServedRequest[] = []
  /** The most requests the server was answering at one moment. */
  maxInFlight = 0
  #inFlight = 0
  readonly routes = new Map<string, Route>()
  readonly #server: http.Server
  /** Slow responses still open, so close() can end them. */
  readonly #open = new Set<http.ServerResponse>()

  private constructor() {
    this.#server = http.createServer((req, res) => void this.#handle(req, res))
    this.#defaultRoutes()
  }

  static async start(): Promise<NewsServer> {
    const server = new NewsServer()
    server.#server.listen(0, '127.0.0.1')
    await once(server.#server, 'listening')
    return server
  }

  get base(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`
  }

  url(pathname: string): string {
    return `${this.base}${pathname}`
  }

  /** Requests for one path (query included). */
  hits(pathname: string): ServedRequest[] {
    return this.requests.filter((r) => r.path === pathname)
  }

  /** A feed fixture with {{base}} filled in, answering conditional requests with 304. */
  feed(name: string, type: string, options: { etag?: string | false; lastModified?: boolean; delayMs?: number } = {}): Route {
    return async (req, res) => {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs))
      const body = fixture(name).toString('utf8').replaceAll('{{base}}', this.base)
      const etag = options.etag === false ? undefined : (options.etag ?? `"${name}-v1"`)
      const validators = { ...(etag ? { etag } : {}), ...(options.lastModified ? { 'last-modified': LAST_MODIFIED } : {}) }
      if ((etag && req.headers['if-none-match'] === etag) || (options.lastModified && req.headers['if-modified-since'] === LAST_MODIFIED)) {
        res.writeHead(304, validators).end()
        return
      }
      res.writeHead(200, { 'content-type': type, ...validators }).end(body)
    }
  }

  #defaultRoutes(): void {
    const page = (name: string, type = 'text/html; charset=utf-8', transform?: (html: string) => string): Route => (_req, res) => {
      const bytes = transform ? Buffer.from(transform(fixture(name).toString('utf8'))) : fixture(name)
      res.writeHead(200, { 'content-type': type }).end(bytes)
    }
    const redirect = (status: number, to: string | (() => string)): Route => (_req, res) => void res.writeHead(status, { location: typeof to === 'string' ? to : to() }).end()
    this.routes.set('/harbour/2025/08/18/valmora-dockers-walk-out', page('strike.html'))
    this.routes.set('/coastal/amp/ships-wait-at-valmora', page('amp.html'))
    this.routes.set('/ledger/2025/08/21/valmora-talks', page('jsonld-only.html'))
    // windows-1252, said only by the page's own <meta>; ISO-8859-1, said only by the server.
    this.routes.set('/gazette/cafe-owners', page('cp1252.html', 'text/html'))
    this.routes.set('/gazette/muller', page('latin1.html', 'text/html; charset=ISO-8859-1'))
    this.routes.set('/harbour/news', page('index.html'))
    // The same story on another site, with no canonical link: only its text shows it is a copy.
    this.routes.set('/syndicated/dockers', page('strike.html', 'text/html; charset=utf-8', (html) => html.replace(/<link rel="canonical"[^>]*>/, '').replace('Harbour Times</title>', 'Wire</title>')))
    this.routes.set('/files/report.pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(fixture('report.pdf')))
    this.routes.set('/r/1', redirect(302, '/r/2'))
    this.routes.set('/r/2', redirect(301, () => `${this.base}/r/3`))
    this.routes.set('/r/3', redirect(307, '/harbour/2025/08/18/valmora-dockers-walk-out'))
    for (let i = 0; i < 10; i++) this.routes.set(`/loop/${i}`, redirect(302, `/loop/${i + 1}`))
    // Two hops of 200 ms each: only a deadline over the whole fetch, not per hop, stops at 300 ms.
    const late = (to: string): Route => async (_req, res) => {
      await new Promise((r) => setTimeout(r, 200))
      res.writeHead(302, { location: to }).end()
    }
    this.routes.set('/late/1', late('/late/2'))
    this.routes.set('/late/2', late('/harbour/2025/08/18/valmora-dockers-walk-out'))
    this.routes.set('/redirect-to-private', redirect(302, 'http://10.0.0.1/internal'))
    this.routes.set('/redirect-to-ftp', redirect(302, 'ftp://files.example/article.txt'))
    // 10 MB: once saying so (Content-Length), once only by sending it (chunked).
    const huge = Buffer.alloc(10 * 1024 * 1024, 'a')
    this.routes.set('/huge', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(huge.length) }).end(huge))
    this.routes.set('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.write('<!doctype html><html><body><p>')
      res.end(huge)
    })
    // Headers at once, then the body 3 s later: only a timeout on the whole request catches it.
    this.routes.set('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.write('<!doctype html><html><body>')
      const timer = setTimeout(() => res.end(fixture('strike.html')), 3000)
      res.on('close', () => clearTimeout(timer))
    })
    this.routes.set('/feeds/harbour.rss', this.feed('harbour.rss', 'application/rss+xml; charset=utf-8'))
    this.routes.set('/feeds/coastal.atom', this.feed('coastal.atom', 'application/atom+xml', { etag: false, lastModified: true }))
    this.routes.set('/feeds/ledger.json', this.feed('ledger.json', 'application/feed+json'))
    this.routes.set('/feeds/broken.xml', this.feed('broken.xml', 'application/xml'))
    this.routes.set('/feeds/repeats.rss', this.feed('repeats.rss', 'application/rss+xml'))
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const record: ServedRequest = { path: req.url ?? '/', headers: req.headers }
    this.requests.push(record)
    this.#inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.#inFlight)
    this.#open.add(res)
    res.on('close', () => {
      this.#inFlight--
      this.#open.delete(res)
      record.status = res.statusCode
    })
    const route = this.routes.get(new URL(record.path, 'http://x').pathname)
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>Page not found</h1></body></html>')
      return
    }
    await route(req, res, this)
  }

  async close(): Promise<void> {
    for (const res of this.#open) res.destroy()
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}
