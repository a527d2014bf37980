// A small Discord-compatible server for end-to-end tests: REST on /api/v10 and a JSON gateway,
// on 127.0.0.1 and a free port. It speaks just enough for discord.js 14 (read from its source:
// @discordjs/ws WebSocketShard, @discordjs/rest, discord.js WebSocketManager and actions):
//   GET /gateway/bot → { url, shards, session_start_limit }; the shard then connects to
//   `${url}?v=10&encoding=json` (no `compress` unless zlib-sync is installed, and it is not),
//   waits for HELLO, IDENTIFYs, and needs READY (user, application, guilds, session_id,
//   resume_gateway_url) then GUILD_CREATE for each unavailable guild before `clientReady`.
// Every request and every gateway payload is recorded, so tests assert exact bodies. Faults can
// be injected: override the next matching HTTP response, send any gateway op, close the socket.
// Like Discord, dispatches sent while the bot is disconnected are kept and replayed on RESUME
// (those after the `seq` it resumes from); a new IDENTIFY starts a new session and drops them.
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'

export interface RecordedRequest {
  method: string
  /** Path without the query, e.g. /api/v10/interactions/123/tok/callback. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown
  authorization?: string
  /** When the request arrived. */
  at: number
  /** The status the fake answered with, and when; unset while the response is pending. */
  status?: number
  answeredAt?: number
}

export interface GatewayPayload {
  op: number
  d: unknown
  s?: number | null
  t?: string | null
}

export interface RequestMatch {
  method?: string
  /** A substring of the path, or a pattern it must match. */
  path: string | RegExp
}

export interface FakeResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Wait this long before answering (a slow Discord). */
  delayMs?: number
}

interface Override extends RequestMatch {
  response: FakeResponse
  remaining: number
}

const API = '/api/v10'
const GATEWAY_PATH = '/gateway'

let snowflakeCounter = 0n
/** Unique, increasing, realistic-looking snowflakes. */
export function snowflake(): string {
  snowflakeCounter += 1n
  return (1_300_000_000_000_000_000n + snowflakeCounter).toString()
}

export interface FakeDiscordOptions {
  /** HELLO heartbeat interval. Long by default so tests are not busy with heartbeats. */
  heartbeatIntervalMs?: number
}

export class FakeDiscord {
  readonly applicationId = snowflake()
  readonly botUser = { id: this.applicationId, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true }
  readonly member = {
    user: { id: snowflake(), username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
    roles: [] as string[],
    joined_at: '2025-08-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
    // VIEW_CHANNEL | SEND_MESSAGES | USE_APPLICATION_COMMANDS, not MANAGE_GUILD
    permissions: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  }
  readonly guildId = snowflake()
  readonly channel = { id: snowflake(), type: 0, name: 'news', guild_id: this.guildId, position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, parent_id: null }

  readonly requests: RecordedRequest[] = []
  /** Payloads the bot sent on the gateway (IDENTIFY, heartbeats, RESUME…). */
  readonly gatewayReceived: GatewayPayload[] = []
  /** Query strings of each gateway connection, e.g. { v: '10', encoding: 'json' }. */
  readonly gatewayConnections: Record<string, string>[] = []
  /** Commands as last registered, by route. */
  readonly registeredCommands = new Map<string, unknown[]>()

  readonly #server: http.Server
  readonly #wss: WebSocketServer
  readonly #overrides: Override[] = []
  readonly #waiters = new Set<() => void>()
  /** Interactions sent, by id: their token, when they were sent and whether they were acknowledged. */
  readonly #interactions = new Map<string, { token: string; acknowledged: boolean; sentAt: number }>()
  readonly #heartbeatIntervalMs: number
  #socket?: WebSocket
  /** Whether the socket has identified or resumed: Discord dispatches nothing before that. */
  #live = false
  #sequence = 0
  /** Dispatches of the current session, for replay on RESUME. */
  #sessionLog: GatewayPayload[] = []
  #sessionId = randomBytes(16).toString('hex')

  private constructor(options: FakeDiscordOptions) {
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 45_000
    this.#server = http.createServer((req, res) => void this.#handleHttp(req, res))
    this.#wss = new WebSocketServer({ server: this.#server, path: GATEWAY_PATH })
    this.#wss.on('connection', (socket, req) => this.#handleSocket(socket, req))
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options)
    fake.#server.listen(0, '127.0.0.1')
    await once(fake.#server, 'listening')
    return fake
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port
  }

  /** What DISCORD_API_URL should be: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${GATEWAY_PATH}`
  }

  // ------------------------------------------------------------------------------------------
  // Fault injection

  /** The next `times` requests matching get this response instead of the normal one. */
  overrideNext(match: RequestMatch, response: FakeResponse, times = 1): void {
    this.#overrides.push({ ...match, response, remaining: times })
  }

  /** Sends any gateway payload (op 7 RECONNECT, op 9 INVALID SESSION, op 1 HEARTBEAT request…). */
  sendGateway(payload: GatewayPayload): void {
    if (!this.#socket) throw new Error('no gateway connection')
    this.#socket.send(JSON.stringify(payload))
  }

  /**
   * Sends a DISPATCH (op 0) with the next sequence number. With no open connection it is only
   * kept for the session, so a RESUME replays it, as Discord does.
   */
  dispatch(event: string, data: unknown): void {
    const payload = { op: 0, t: event, s: ++this.#sequence, d: data }
    this.#sessionLog.push(payload)
    if (this.connected && this.#live) this.#socket!.send(JSON.stringify(payload))
  }

  /** Whether a gateway connection is open. */
  get connected(): boolean {
    return this.#socket !== undefined && this.#socket.readyState === this.#socket.OPEN
  }

  /**
   * Forgets recorded requests, gateway payloads, answered interactions and the replay log, so a
   * long test (the load test) measures the bot's memory, not the fake's records.
   */
  clearRecords(): void {
    this.requests.length = 0
    this.gatewayReceived.length = 0
    this.#sessionLog = []
    for (const [id, interaction] of this.#interactions) if (interaction.acknowledged) this.#interactions.delete(id)
  }

  /** Closes the gateway socket with a close code (4000 unknown error → discord.js resumes). */
  closeGateway(code = 4000, reason = 'closed by test'): void {
    this.#socket?.close(code, reason)
  }

  /** Drops the TCP connection without a close frame. */
  dropGateway(): void {
    this.#socket?.terminate()
  }

  // ------------------------------------------------------------------------------------------
  // Waiting

  /** Resolves once `check` returns a value: rechecked after every request and gateway payload, and every 10 ms. */
  async waitFor<T>(check: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const found = check()
    if (found !== undefined) return found
    return new Promise<T>((resolve, reject) => {
      const waiter = () => {
        const value = check()
        if (value === undefined) return
        cleanup()
        resolve(value)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`))
      }, timeoutMs)
      // For conditions on things the server does not see, such as the bot's log lines.
      const poll = setInterval(waiter, 10)
      const cleanup = () => {
        clearTimeout(timer)
        clearInterval(poll)
        this.#waiters.delete(waiter)
      }
      this.#waiters.add(waiter)
    })
  }

  /** All requests made for one interaction (its callback and its webhook), once there are `count`. */
  async responsesTo(interaction: { id: string; token: string }, count = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
    return this.waitFor(
      () => {
        const found = this.requests.filter((r) => r.path.includes(`/${interaction.token}`))
        return found.length >= count ? found : undefined
      },
      timeoutMs,
      `${count} response(s) to interaction ${interaction.id}`,
    )
  }

  /** When `sendInteraction` sent this interaction (the fake's clock, like `RecordedRequest.at`). */
  sentAt(interaction: { id: string }): number | undefined {
    return this.#interactions.get(interaction.id)?.sentAt
  }

  /**
   * The requests for one interaction that Discord accepted (2xx): exactly one callback when it
   * was answered once, plus the edits and follow-ups that came after it.
   */
  accepted(interaction: { token: string }): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.path.includes(`/${interaction.token}`) && r.status !== undefined && r.status >= 200 && r.status < 300,
    )
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter()
  }

  // ------------------------------------------------------------------------------------------
  // Interactions

  /** Sends INTERACTION_CREATE and returns the payload (its id and token identify the responses). */
  sendInteraction(payload: InteractionPayload): InteractionPayload {
    this.#interactions.set(payload.id, { token: payload.token, acknowledged: false, sentAt: Date.now() })
    this.dispatch('INTERACTION_CREATE', payload)
    return payload
  }

  /** An interaction payload as Discord sends it in a guild text channel. */
  interaction(type: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}): InteractionPayload {
    return {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'en-US', features: [] },
      channel_id: this.channel.id,
      channel: this.channel,
      member: this.member,
      token: `tok-${randomBytes(12).toString('hex')}`,
      version: 1,
      app_permissions: String((1n << 11n) | (1n << 14n) | (1n << 15n)),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    }
  }

  /**
   * A CHAT_INPUT (/command) interaction; options by name, strings/booleans/numbers. Discord sends
   * each option with the type the command defines: a whole number as INTEGER (4), the only
   * number type the commands use; a fraction as NUMBER (10).
   */
  chatInput(name: string, options: Record<string, string | boolean | number> = {}): InteractionPayload {
    const typeOf = (value: unknown) => (typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3)
    return this.interaction(2, {
      id: snowflake(),
      name,
      type: 1,
      guild_id: this.guildId,
      options: Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: typeOf(value), value })),
    })
  }

  autocomplete(name: string, focused: string, typed: string, others: Record<string, string> = {}): InteractionPayload {
    return this.interaction(4, {
      id: snowflake(),
      name,
      type: 1,
      options: [
        ...Object.entries(others).map(([optionName, value]) => ({ name: optionName, type: 3, value })),
        { name: focused, type: 3, value: typed, focused: true },
      ],
    })
  }

  /** A message context-menu command on a message with this content. */
  messageCommand(name: string, content: string): InteractionPayload {
    const message = this.message({ content, author: this.member.user })
    return this.interaction(2, {
      id: snowflake(),
      name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
    })
  }

  /** A button click on `message` (a message the bot sent, as recorded from its response). */
  buttonClick(customId: string, message: Record<string, unknown>): InteractionPayload {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { message })
  }

  /**
   * A modal submitted (type 5): its custom_id and the text typed into each field, as Discord
   * sends a modal of label components (type 18) around text inputs (type 4). `message` is the
   * message whose button opened the modal.
   */
  modalSubmit(customId: string, fields: Record<string, string>, message?: Record<string, unknown>): InteractionPayload {
    let id = 0
    const components = Object.entries(fields).map(([fieldId, value]) => ({
      type: 18,
      id: ++id,
      component: { type: 4, id: ++id, custom_id: fieldId, value },
    }))
    return this.interaction(5, { custom_id: customId, components }, message ? { message } : {})
  }

  /** A message object as Discord returns it. */
  message(fields: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
    return {
      id: snowflake(),
      type: 0,
      channel_id: this.channel.id,
      content: '',
      author: this.botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...fields,
    }
  }

  // ------------------------------------------------------------------------------------------
  // HTTP

  async #handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://localhost')
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      // discord.js sends `messages/%40original`; Discord (and this record) treat it as `@original`.
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
      at: Date.now(),
    }
    this.requests.push(request)

    const override = this.#overrides.find(
      (o) =>
        o.remaining > 0 &&
        (!o.method || o.method === request.method) &&
        (typeof o.path === 'string' ? request.path.includes(o.path) : o.path.test(request.path)),
    )
    if (override) override.remaining--
    const response = override?.response ?? this.#route(request)
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs))
    request.status = response.status
    request.answeredAt = Date.now()
    const body = response.body === undefined ? undefined : JSON.stringify(response.body)
    res.writeHead(response.status, {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...response.headers,
    })
    res.end(body)
    this.#notify()
  }

  #route(request: RecordedRequest): FakeResponse {
    const { method, path } = request
    const route = path.startsWith(API) ? path.slice(API.length) : path
    const body = (request.body ?? {}) as Record<string, unknown>
    let match: RegExpExecArray | null

    if (method === 'GET' && route === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      }
    }
    if (method === 'GET' && route === '/users/@me') return { status: 200, body: this.botUser }

    if (method === 'PUT' && (match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(route))) {
      if (match[1] !== this.applicationId) return unknown(10002, 'Unknown Application', 404)
      const commands = (request.body as Record<string, unknown>[]).map((command) => ({
        id: snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        default_member_permissions: null,
        type: 1,
        ...command,
        ...(match![2] ? { guild_id: match![2] } : {}),
      }))
      this.registeredCommands.set(route, commands)
      return { status: 200, body: commands }
    }

    if (method === 'POST' && (match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) {
      const interaction = this.#interactions.get(match[1]!)
      if (!interaction || interaction.token !== match[2]) return unknown(10062, 'Unknown interaction', 404)
      if (interaction.acknowledged) return unknown(40060, 'Interaction has already been acknowledged.', 400)
      interaction.acknowledged = true
      return { status: 204 }
    }

    if ((match = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(route))) {
      const known = [...this.#interactions.values()].find((i) => i.token === match![2])
      if (match[1] !== this.applicationId || !known) return unknown(10015, 'Unknown Webhook', 404)
      if (!known.acknowledged) return unknown(10008, 'Unknown Message', 404)
      if (method === 'DELETE') return { status: 204 }
      const fields = {
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        components: body.components ?? [],
        flags: body.flags ?? 0,
        webhook_id: this.applicationId,
        application_id: this.applicationId,
      }
      if (method === 'PATCH' && match[3]) return { status: 200, body: this.message(fields) }
      if (method === 'POST' && !match[3]) return { status: 200, body: this.message(fields) }
    }

    return unknown(0, `fake Discord has no route for ${method} ${path}`, 404)
  }

  // ------------------------------------------------------------------------------------------
  // Gateway

  #handleSocket(socket: WebSocket, req: http.IncomingMessage): void {
    this.#socket = socket
    this.#live = false
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = undefined
    })
    this.gatewayConnections.push(Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams))
    socket.on('message', (data) => this.#handleGateway(socket, JSON.parse(String(data)) as GatewayPayload))
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.#heartbeatIntervalMs } }))
  }

  #handleGateway(socket: WebSocket, payload: GatewayPayload): void {
    this.gatewayReceived.push(payload)
    switch (payload.op) {
      case 1: // HEARTBEAT → HEARTBEAT_ACK
        socket.send(JSON.stringify({ op: 11 }))
        break
      case 2: // IDENTIFY → READY, then the guild it said was unavailable (a new session: nothing to replay)
        this.#sequence = 0
        this.#sessionLog = []
        this.#sessionId = randomBytes(16).toString('hex')
        this.#live = true
        this.dispatch('READY', {
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: this.#sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          user_settings: {},
          _trace: ['fake-discord'],
        })
        this.dispatch('GUILD_CREATE', this.#guild())
        break
      case 6: {
        // RESUME → what the bot missed since `seq`, then RESUMED
        const { seq } = payload.d as { seq: number }
        for (const missed of this.#sessionLog.filter((p) => (p.s ?? 0) > seq)) socket.send(JSON.stringify(missed))
        this.#live = true
        this.dispatch('RESUMED', { _trace: ['fake-discord'] })
        break
      }
    }
    this.#notify()
  }

  #guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.member.user.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: '2025-08-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      roles: [{ id: this.guildId, name: '@everyone', color: 0, hoist: false, position: 0, permissions: this.member.permissions, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      channels: [this.channel],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    }
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate()
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()))
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

export type InteractionPayload = Record<string, unknown> & { id: string; token: string }

function unknown(code: number, message: string, status: number): FakeResponse {
  return { status, body: { message, code } }
}
