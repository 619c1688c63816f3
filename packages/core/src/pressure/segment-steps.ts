/** One foot contact: frames `[startFrame, endFrame]` inclusive. */
export interface StepInterval {
  readonly startFrame: number;
  readonly endFrame: number;
}

/** Options of {@link segmentSteps}. */
export interface SegmentStepsOptions {
  /** Load threshold as a fraction of the recording's maximum load (default 0.1, as in the pedar SOURCE.md count). */
  readonly thresholdFraction?: number;
  /** Shortest contact kept, in frames (default 3); shorter blips are noise. */
  readonly minFrames?: number;
}

/**
 * Finds foot contacts in a load signal (total pressure or force per frame): runs of frames above a threshold set
 * as a fraction of the maximum. A contact cut by the start or end of the recording is kept (the caller may mark
 * it partial). An all-zero signal has no steps.
 *
 * @param load - one value per frame (any unit)
 * @param options - threshold fraction and minimum length
 * @returns the contacts in time order
 */
export function segmentSteps(load: ArrayLike<number>, options: SegmentStepsOptions = {}): StepInterval[] {
  const fraction = options.thresholdFraction ?? 0.1;
  const minFrames = options.minFrames ?? 3;
  let max = 0;
  for (let i = 0; i < load.length; i++) max = Math.max(max, load[i] ?? 0);
  if (!(max > 0)) return [];
  const threshold = max * fraction;
  const steps: StepInterval[] = [];
  let start = -1;
  for (let i = 0; i <= load.length; i++) {
    const above = i < load.length && (load[i] ?? 0) > threshold;
    if (above && start < 0) start = i;
    else if (!above && start >= 0) {
      if (i - start >= minFrames) steps.push({ startFrame: start, endFrame: i - 1 });
      start = -1;
    }
  }
  return steps;
}
