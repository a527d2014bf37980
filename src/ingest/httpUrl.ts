// Links as ingest takes them: http(s) only, read against the page or feed they appear in.

/** `href` resolved against `base`: the absolute URL when it is http(s), else undefined. */
export function httpUrl(href: string | undefined | null, base?: string): URL | undefined {
  if (!href) return undefined
  try {
    const url = new URL(href, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
