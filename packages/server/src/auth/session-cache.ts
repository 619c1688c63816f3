import type { SessionUser } from './sessions.js';

/** A session as last read from the database. */
export interface CachedSession {
  readonly sessionId: string;
  readonly user: SessionUser;
  readonly expiresAt: Date;
  /** When the database last recorded a request with this session. */
  readonly lastSeenAt: Date;
  /** When this entry was read from the database (epoch ms). */
  readonly cachedAtMs: number;
}

/**
 * A short-lived in-memory cache of live sessions, by token hash, so that a signed-in request does
 * not read the database (sessions ⋈ users ⋈ organizations ⋈ patients) every time. An entry lives
 * `ttlMs` at most; logout and ending a user's sessions (deactivation) evict at once. Another server
 * process sharing the database sees a deactivation within `ttlMs`.
 */
export class SessionCache {
  readonly #entries = new Map<string, CachedSession>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  /**
   * @param ttlMs - how long an entry is trusted
   * @param maxEntries - the most entries kept (the oldest go first)
   */
  constructor(ttlMs = 10_000, maxEntries = 10_000) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  /**
   * A fresh entry, or undefined (a stale one is dropped).
   *
   * @param tokenHash - the session id
   * @param nowMs - the current time, epoch ms
   * @returns the entry
   */
  get(tokenHash: string, nowMs: number): CachedSession | undefined {
    const entry = this.#entries.get(tokenHash);
    if (entry === undefined) return undefined;
    if (nowMs - entry.cachedAtMs >= this.#ttlMs || nowMs < entry.cachedAtMs) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /**
   * Stores an entry.
   *
   * @param tokenHash - the session id
   * @param entry - what was read
   */
  set(tokenHash: string, entry: CachedSession): void {
    this.#entries.delete(tokenHash);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(tokenHash, entry);
  }

  /**
   * Forgets one session.
   *
   * @param tokenHash - the session id
   */
  deleteSession(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  /**
   * Forgets every session of a user.
   *
   * @param userId - whose
   */
  deleteUser(userId: string): void {
    for (const [key, entry] of this.#entries) if (entry.user.id === userId) this.#entries.delete(key);
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
  }
}
