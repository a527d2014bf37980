-- The question log: what members ask, what the coverage answered, and what they thought of it.
-- Members appear only as a keyed hash (HMAC-SHA-256 with the secret in DATA_DIR/secret).
-- Cited passages are references (article file, passage position, character offsets into the
-- article's cleaned text), never copies of the text.

CREATE TABLE questions (
  id          text PRIMARY KEY,
  asked_at    timestamptz NOT NULL,
  -- 'discord' or 'console'
  via         text NOT NULL,
  -- Discord server and channel ids; null in the console
  guild_id    text,
  channel_id  text,
  member_hash text NOT NULL,
  -- ask, Find coverage, excerpt or leader
  command     text NOT NULL,
  question    text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('answered', 'closest', 'not_covered')),
  -- /leader: the person found
  person      text,
  -- [{"source": "000_….txt", "position": 3, "start": 812, "end": 1190}]
  cited       jsonb NOT NULL DEFAULT '[]',
  latency_ms  real NOT NULL
);
CREATE INDEX questions_asked_at ON questions (asked_at);

-- One vote per member per answer: a second click replaces the first.
CREATE TABLE feedback (
  question_id text NOT NULL,
  member_hash text NOT NULL,
  vote        text NOT NULL CHECK (vote IN ('up', 'down')),
  comment     text,
  given_at    timestamptz NOT NULL,
  PRIMARY KEY (question_id, member_hash)
);
CREATE INDEX feedback_given_at ON feedback (given_at);
