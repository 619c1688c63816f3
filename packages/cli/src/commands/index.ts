import type { CommandSpec } from '../command.js';

const SERVER_ENV = `Environment:
  PORT                 HTTP port (default 5170)
  HOST                 interface to listen on (default 127.0.0.1; 0.0.0.0 for the network)
  GROUNDUP_DATA_DIR    data directory: embedded database, files, lock (default ./.groundup)
  DATABASE_URL         postgres://user:password@host:5432/db to use PostgreSQL instead of PGlite
  GROUNDUP_JOBS        inprocess (default) or off: whether this process also runs jobs
  GROUNDUP_SESSION_HOURS  session lifetime (default 12)
  GROUNDUP_MAX_UPLOAD_MB  largest upload (default 200)`;

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'serve',
    summary: 'start the server: API under /api and the web app at /',
    help: `Usage: groundup serve [--demo] [--port N] [--json]

Starts groundup on http://localhost:5170: the API under /api, the web app at /, and the jobs in the
same process. Runs the database migrations first. Stop it with Ctrl-C.

Options:
  --demo       seed a demo clinic, lab, one user per role and a demo patient into an empty database,
               and print the demo logins
  --port N     listen on port N (overrides PORT; 0 picks a free port)
  --json       print one JSON document {url, database, dataDir, demoLogins} once it is listening

${SERVER_ENV}`,
    load: () => import('./serve-command.js'),
  },
  {
    name: 'worker',
    summary: 'run jobs (design, analysis) from the PostgreSQL database of the servers',
    help: `Usage: groundup worker [--json]

Takes jobs from the database in DATABASE_URL (PostgreSQL) until stopped with Ctrl-C, so design and
analysis jobs can run on other machines. Needs DATABASE_URL: on the embedded database the server
runs its jobs itself.

Options:
  --json       print one JSON document {database, queues} once it is taking jobs

${SERVER_ENV}`,
    load: () => import('./worker-command.js'),
  },
  {
    name: 'scan',
    summary: 'measure a foot scan (STL, OBJ, PLY) like a pedorthist, or write it aligned in the foot frame',
    help: `Usage: groundup scan measure <file> [--side left|right] [--units mm|cm|m] [--json]
       groundup scan align <file> --out <aligned.stl|.obj|.ply> [--side left|right] [--units mm|cm|m] [--json]

Reads a foot scan (binary or ASCII STL, OBJ, binary or ASCII PLY) of a whole foot or of its plantar
surface (an impression: foam box, plaster cast, plantar scan), keeps its largest part (dropping a
floor or debris, with a warning), places it in the foot frame (heel at the origin on the ground,
+x along the foot axis to the toes, +y to the left, +z up) and measures it.

measure  foot length, ball width, heel width, ball girth, instep height, arch height (dorsal at 50 %
         of length, and plantar under the medial arch), truncated foot length, arch height index and
         toe-box height, each with its method and an estimated accuracy (±, groundup's estimate).
         With --json: {side, units: "mm", lengthMm, ballWidthMm, heelWidthMm, ballGirthMm,
         instepHeightMm, archHeightMm, plantarArchHeightMm, truncatedLengthMm, archHeightIndex,
         toeBoxHeightMm, triangleCount, measurements: {name: {value, unit, accuracy, method}},
         warnings: [{code, message}], …}. A value the scan cannot give (no dorsum on a plantar
         scan) is null, with a note.
align    writes the aligned mesh in millimetres (binary STL, OBJ or binary PLY by the extension).

Options:
  --side left|right  which foot (detected when absent: the medial arch is raised, the longest toe medial)
  --units mm|cm|m    the file's unit (detected from the size when absent, with a warning)
  --out FILE         where align writes
  --json             one JSON document on stdout

Exit codes: 0 done, 1 the file cannot be read or is not a measurable foot (the error code says why,
e.g. truncated, count_mismatch, not_a_foot, too_small), 2 the command line was not understood.`,
    load: () => import('./scan-command.js'),
  },
  {
    name: 'questionnaire',
    summary: 'list the questionnaires, or score responses (NRS, ODI, RMDQ, FFI, FAAM, LEFS, KOOS, HOOS)',
    help: `Usage: groundup questionnaire list [--json]
       groundup questionnaire score <instrument> <responses.json> [--baseline <responses.json>] [--json]

list    the instruments groundup scores: id, version, items, range, score direction and licence.
        With --json: {"instruments": [{id, name, version, range, higherIsWorse, licence,
        items: [{id, label, min, max, subscale?}], subscales: [{id, name, items}]}]}.

score   scores one responses file with the instrument's published scoring and missing-item rule,
        and with --baseline also the change: absolute and percent of baseline, the minimal
        clinically important difference (MCID) with its source, and whether the change reaches it.

Instruments: nrs (pain 0-10), odi (Oswestry 2.1a), rmdq (Roland-Morris), ffi (Foot Function Index),
faam-adl and faam-sports (Foot and Ankle Ability Measure), lefs (Lower Extremity Functional Scale),
koos and hoos (knee and hip; scored per subscale, no total).

A responses file is JSON: {"answers": {"<itemId>": <number or null>, ...}}; an item left out or null
is unanswered. It may also say "instrument" and "version"; both must match. Item ids come from
'questionnaire list'. Examples: examples/questionnaires/.

Licensed instruments (ODI, RMDQ, FFI, FAAM) are shipped as structure, section names and scoring only;
their item wording is loaded by the clinic under its licence.

Options:
  --baseline FILE  an earlier responses file of the same instrument, to report the change
  --json           print one JSON document: instrument, version, scorable, score, unit, range,
                   higherIsWorse, band, missingItems, subscales (KOOS, HOOS, FFI), sources,
                   warnings; with --baseline also baseline, change, changePct, direction, mcid,
                   clinicallyImportant

Exit codes: 0 scored (also when the responses are valid but too incomplete to score: "scorable": false),
1 the file cannot be read or the responses are invalid (out-of-range answer, unknown item or version),
2 the command line was not understood or the instrument is unknown.`,
    load: () => import('./questionnaire-command.js'),
  },
  {
    name: 'motion',
    summary:
      'read motion capture (C3D, TRC, MOT): convert it, or find gait events, spatiotemporal parameters and joint angles',
    help: `Usage: groundup motion convert <file.c3d> --to trc|mot --out <file> [--json]
       groundup motion analyze <file.c3d|file.trc> [--static <static.trc|c3d>] [--grf <file.mot>]
                               [--fill-gaps <frames>] [--json]

Reads a C3D file (Intel, DEC or MIPS; integer or float points; analog channels; force platforms of
types 1-4; EVENT group) or an OpenSim TRC marker file.

convert  markers to TRC (--to trc, mm as stored), or force platforms to MOT (--to mot: force in N,
         centre of pressure in m and free moment in N·m in the lab frame, columns ground_force_v*,
         ground_force_p*, ground_torque_z, then 1_… for the second platform).
analyze  gait events (foot strike, foot off, per side), first found of: --grf vertical force columns
         (ground_force_vy right, 1_ground_force_vy left, 20 N threshold); the C3D EVENT group; the C3D
         force plates (20 N, each contact given to the foot whose heel-toe line is nearest the centre of
         pressure; marker events fill the rest of the trial); the heel and toe markers (Zeni et al.
         2008, unverified). Then temporal and distance parameters (stride and step length from the
         heels at strikes, step width, walking speed, treadmill or overground) and, with --static,
         joint angles in degrees at the trial's rate (OpenSim Gait2354 marker names; hip centre by
         Harrington et al. 2007, unverified). Sign conventions: hip and knee flexion, ankle
         dorsiflexion, adduction, internal rotation, inversion and toe-out positive; pelvis_tilt,
         pelvis_obliquity and pelvis_rotation as OpenSim's pelvis_tilt, pelvis_list, pelvis_rotation.
         With --json: {file, hz, frames, eventSource, events: [{side, kind, timeS, source}],
         forcePlates: [{platform, side, strikeS, offS, distanceMm}], spatiotemporal: {cadenceStepsPerMin,
         strideTimeS, stepTimeS, stancePct, stepTimeSymmetryPct, strideLengthM, stepLengthM,
         stepWidthM, walkingSpeedMps, surfaceSpeedMps, stepLengthSymmetryPct}, angles: {timeS,
         pelvis_tilt, …, hip_flexion_r, knee_flexion_r, ankle_dorsiflexion_r, foot_progression_r, …},
         stance: {left, right: {footProgression, inversion, kneeAdduction, pelvisObliquity: {meanDeg,
         minDeg, maxDeg, stances}}} (null without --static),
         warnings: [{code, path, message}]}. Without --static, angles is {} and a warning says so.

Options:
  --to trc|mot   what convert writes
  --out FILE     where convert writes
  --grf FILE     an OpenSim MOT ground-reaction file for force-based events
  --static FILE  static calibration trial (TRC or C3D) for joint angles
  --fill-gaps N  fill marker gaps of at most N frames by linear interpolation (reported as
                 gaps_filled; longer gaps and gaps at the ends stay missing; default 0, none)
  --json         one JSON document on stdout

Exit codes: 0 done, 1 a file cannot be read or the static trial lacks markers (the error code says
why, e.g. truncated, bad_processor, bad_header, missing_markers), 2 the command line was not understood.`,
    load: () => import('./motion-command.js'),
  },
];
