/** A `Float32Array` that grows as values are pushed; the readers collect coordinates in it. */
export class GrowableFloat32Array {
  private data: Float32Array;
  private length = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Float32Array(Math.max(16, initialCapacity));
  }

  /** Number of values pushed. */
  get size(): number {
    return this.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** @returns a copy of the values pushed, exactly as long as needed */
  toArray(): Float32Array {
    return this.data.slice(0, this.length);
  }

  private grow(): void {
    const next = new Float32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/** A `Uint32Array` that grows as values are pushed; the readers collect triangle indices in it. */
export class GrowableUint32Array {
  private data: Uint32Array;
  private length = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Uint32Array(Math.max(16, initialCapacity));
  }

  /** Number of values pushed. */
  get size(): number {
    return this.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  /** @returns a copy of the values pushed, exactly as long as needed */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }

  private grow(): void {
    const next = new Uint32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}
