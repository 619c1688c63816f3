import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testdataFile } from '../../../../test-support/testdata.js';
import { loadCaseCaptures, type CaseFileContent } from '../assessment/case-captures.js';
import { readCase } from '../assessment/case-file.js';
import { rawCase } from '../testing/case-fixtures.js';
import { c3dMarkerTrajectories } from './c3d-markers.js';
import { readC3d } from './read-c3d.js';
import { readMot } from './read-mot.js';
import { readTrc } from './read-trc.js';
import { selectGaitEvents } from './select-gait-events.js';
import { spatiotemporal } from './spatiotemporal.js';

const walkTrc = testdataFile('opensim-gait2354-walk/subject01_walk1.trc');
const walkGrf = testdataFile('opensim-gait2354-walk/subject01_walk1_grf.mot');
const runTrc = testdataFile('opensim-hamner-running/subject02_running.trc');
const runGrf = testdataFile('opensim-hamner-running/subject02_running_grf.mot');
const walkC3d = testdataFile('opensim-c3d-walking/walking2.c3d');

const bytes = (file: string) => new Uint8Array(readFileSync(file));
const text = (file: string) => readFileSync(file, 'utf8');

/** The motion capture of a one-trial case, as `groundup assess` loads it. */
function assessedMotion(motion: Record<string, string>, files: Record<string, string>) {
  const kase = readCase(rawCase({ captures: { motion } }));
  if (kase.kind === 'invalid') throw new Error(JSON.stringify(kase.issues));
  const contents = new Map<string, CaseFileContent>(Object.entries(files).map(([name, file]) => [name, bytes(file)]));
  const loaded = loadCaseCaptures(kase.value, contents);
  if (loaded.kind === 'invalid') throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.motion!;
}

describe('one gait event selection for motion analysis and the assessment', () => {
  for (const [name, trc, grf] of [
    ['the gait2354 walk', walkTrc, walkGrf],
    ['the Hamner run', runTrc, runGrf],
  ] as const) {
    it.skipIf(trc === null || grf === null)(`${name}: events from its GRF file, the same in both`, () => {
      const markers = readTrc(text(trc!));
      const table = readMot(text(grf!));
      if (!markers.ok || !table.ok) throw new Error('unreadable test data');
      const selection = selectGaitEvents({ markers: markers.markers, grf: table.table });
      expect(selection.source).toBe('grf');
      // Both feet strike and leave the ground in the trial, in time order.
      for (const side of ['left', 'right'] as const) {
        expect(
          selection.events.some((e) => e.side === side && e.kind === 'foot-strike'),
          side,
        ).toBe(true);
      }
      const times = selection.events.map((e) => e.timeS);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const motion = assessedMotion({ file: 'trial.trc', grf: 'trial.mot' }, { 'trial.trc': trc!, 'trial.mot': grf! });
      expect(motion.eventSource).toBe('grf');
      expect(motion.eventCount).toBe(selection.events.length);
      expect(motion.spatiotemporal).toEqual(spatiotemporal(selection.events));
      // Without the force file both fall back to the markers, again alike.
      const fromMarkers = selectGaitEvents({ markers: markers.markers });
      expect(fromMarkers.source).toBe('markers');
      const markerOnly = assessedMotion({ file: 'trial.trc' }, { 'trial.trc': trc! });
      expect(markerOnly.eventSource).toBe('markers');
      expect(markerOnly.spatiotemporal).toEqual(spatiotemporal(fromMarkers.events));
    });
  }

  it.skipIf(walkC3d === null)('the OpenSim walking2.c3d: force-plate events, the same in both', () => {
    const read = readC3d(bytes(walkC3d!));
    if (!read.ok) throw new Error(read.error.message);
    const selection = selectGaitEvents({ markers: c3dMarkerTrajectories(read.c3d), c3d: read.c3d });
    expect(['c3d-events', 'force-plates+markers']).toContain(selection.source);
    const motion = assessedMotion({ file: 'walking2.c3d' }, { 'walking2.c3d': walkC3d! });
    expect(motion.eventSource).toBe(selection.source);
    expect(motion.eventCount).toBe(selection.events.length);
    expect(motion.spatiotemporal).toEqual(spatiotemporal(selection.events));
  });
});
