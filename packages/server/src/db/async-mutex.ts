/** A first-come first-served lock for one shared resource (the single PGlite connection). */
export class AsyncMutex {
  #tail: Promise<void> = Promise.resolve();

  /**
   * Waits for the lock.
   *
   * @returns a function that releases it; call it exactly once
   */
  async lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  }

  /**
   * Runs `work` while holding the lock.
   *
   * @param work - the critical section
   * @returns what `work` returns
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
