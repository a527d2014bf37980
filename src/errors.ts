// Expected failures: a stable code and the sentence the user sees. Anything else is a bug,
// logged and answered with a short apology by each face's single error boundary.

export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LONG'
  | 'NO_WORDS'
  | 'UNKNOWN_SOURCE'
  | 'UNKNOWN_COMMAND'
  | 'BAD_OPTION'
  | 'COOLDOWN'
  | 'FORBIDDEN'
  | 'EMPTY_CORPUS'
  | 'EXPIRED'
  | 'LOG_UNAVAILABLE'
  | 'UNAVAILABLE'

export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'UserFacingError'
  }
}
