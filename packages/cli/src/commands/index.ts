import type { CommandSpec } from '../command.js';

const SERVER_ENV = `Environment:
  PORT                 HTTP port (default 5170)
  HOST                 interface to listen on (default 127.0.0.1; 0.0.0.0 for the network)
  GROUNDUP_DATA_DIR    data directory: embedded database, files, lock (default ./.groundup)
  DATABASE_URL         postgres://user:password@host:5432/db to use PostgreSQL instead of PGlite
  GROUNDUP_JOBS        inprocess (default) or off: whether this process also runs jobs
  GROUNDUP_SESSION_HOURS  session lifetime (default 12)
  GROUNDUP_MAX_UPLOAD_MB  largest upload (default 200)
  GROUNDUP_WORKERS     jobs of each kind run at once in this process (default the number of cores)
  GROUNDUP_S3_BUCKET   keep uploaded files in this S3 bucket instead of <data dir>/files (with
                       GROUNDUP_S3_ENDPOINT, GROUNDUP_S3_REGION, GROUNDUP_S3_ACCESS_KEY_ID,
                       GROUNDUP_S3_SECRET_ACCESS_KEY, GROUNDUP_S3_FORCE_PATH_STYLE; see docs/scale-out.md)`;

/** How every command that takes many files runs them (the help of scan measure, pressure and motion analyze). */
const BATCH_HELP = (
  verb: string,
) => `         Several files are ${verb} in one process, each on its own (faster than a process per
         file: the first file warms the JIT up), with progress on stderr (a bar on a terminal, a
         line per file otherwise) and a summary ("9 ${verb}, 1 failed (bad.stl)"); with --json:
         {files: [report | {file, error: {code, message}}], ${verb}, failed}; exit 1 when any file
         failed, after the rest.`;

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
  --json       print one JSON document {url, database, dataDir, logins} once it is listening

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
    help: `Usage: groundup scan measure <file>... [--side left|right] [--units mm|cm|m] [--json]
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
${BATCH_HELP('measured')}
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
    name: 'design',
    summary: 'design insoles from a prescription (and a foot scan): a checked, manifold 3D model (STL, 3MF, OBJ)',
    help: `Usage: groundup design --rx <rx.json> [--scan <foot-scan> [--units mm|cm|m]] [--side left|right|both]
                       --out <file.stl|file.3mf|file.obj> [--allow fits_shoe] [--kernel-check] [--json]

Builds the insole of each prescribed side from rx.json (the prescription format: shell material and
thickness, length, width, arch height and fill, heel cup, rearfoot post and motion grind, forefoot post,
heel skives, heel lift, metatarsal pad, top cover) as a closed, manifold solid in millimetres in the foot
frame (heel at the origin, +x to the toes, +y to the left, z = 0 the shoe's floor), checks it, and writes
it with a design record. Without --scan the outline comes from the shoe size (footwear.size) and the top
from the arch height; with --scan (STL, OBJ, PLY of a foot or an impression) the outline is the foot's
and, when archHeightMm is null, the top is the scan's plantar surface (total contact). A scan of the other
foot is mirrored, with a warning.

Checks: closed_manifold (every edge of every body has exactly two triangles, no pinched vertex,
consistent orientation, one part, positive volume), kernel_manifold with --kernel-check (manifold-3d
builds the solid too: an independent second check, about 30 ms a body), min_thickness (by shell
material), heel_height_in_shoe (footwear.maxHeelHeightInShoeMm), fits_shoe (inside the outline of the
shoe's last), printable_overhangs (a warning). A failed error check, an out-of-range or contradictory
parameter, or a scan that is not a foot writes nothing and exits 1. A device that does not fit the
shoe says which size of the prescription's system fits (set footwear.size.size to it); --allow fits_shoe
writes it for the shoe as prescribed anyway, and the design record lists the override ("overrides").

Output: .stl (binary) and .obj write one file per body (the shell, and <name>-top-cover), with --side
both as <name>-left and <name>-right; .3mf writes one file with every body as a named object and the
design id, sides and prescription revision as metadata (no patient name). The design record (input
SHA-256 hashes, parameters, software version, checks) goes to <name>.design.json or --record FILE.

Options:
  --rx FILE          the prescription (rx.json); examples in examples/rx/
  --scan FILE        a foot scan for the outline and the total-contact top surface
  --units mm|cm|m    the scan's unit (detected from the size when absent, with a warning)
  --side S           left, right or both (default both: every prescribed side)
  --out FILE         where to write (.stl, .3mf or .obj)
  --record FILE      where to write the design record (default <out without extension>.design.json)
  --resolution MM    mesh grid spacing, 0.5–5 mm (default 2)
  --allow fits_shoe  write a design that does not fit the shoe anyway (recorded in the design record)
  --kernel-check     also have manifold-3d build every body (kernel_manifold check)
  --json             one JSON document: {designId, files, record, sides: {left|right: {triangleCount,
                     volumeMm3, massG, manifold, minThicknessMm, heelSeatHeightMm, bboxMm, bodies,
                     checks: [{code, ok, severity, message}]}}, overrides: [{check, side, message, by}],
                     warnings}; on failure {error, files: [], issues: [{severity, code, path, message}]}

Exit codes: 0 written, 1 the input is bad or a check failed (nothing written; issues name the
prescription field, e.g. sides.right.heelLiftMm), 2 the command line was not understood.`,
    load: () => import('./design-command.js'),
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
    name: 'assess',
    summary: 'assess a case (exam, intake, scan, pressure, motion) and write the prescription',
    help: `Usage: groundup assess <case.json> [--json] [--pdf rx.pdf] [--report report.pdf] [--clinic NAME] [--clinician NAME]

Reads a case file (examples/cases/case.schema.json; examples in examples/cases/), the scan, pressure
and motion files it names (paths relative to the case file), and:
  - screens the red flags: an urgent or emergency outcome (or a routine one without a recorded
    medical clearance) is a referral and no prescription; unanswered questions give no
    prescription until the screen is complete (status not-cleared, exit 1);
  - classifies foot type by each measure on its own (FPI-6, navicular drop, RCSP, arch height index
    from the scan, arch index from a plate) and reports whether they agree;
  - estimates the kinetic chain per side (published coefficients with their range and source;
    unsupported links listed, never used) and what the prescribed device would change;
  - states the evidence for each problem found, with citations and verification tags;
  - evaluates the prescription rules: every field names the rule that set it.

With --json: {status (prescribed, referred, not-cleared, incomplete), redFlags: {outcome, …}, footType: {left, right: {measures, agreement}},
legLength, chain: {left, right, pelvis: {links: [{from, to, estimate, range, source}]}, unsupported},
whatIf, problems, evidence: [{…, citations}], prescription (null when referred or incomplete;
fields {value, unit, ruleId | override}), draftPrescription, pending, conflicts, warnings}.

Options:
  --json          one JSON document on stdout
  --pdf FILE      write the lab prescription form (PDF)
  --report FILE   write the plain-language patient report (PDF)
  --clinic NAME   the ordering clinic, printed on the lab form and the report (otherwise a line
                  to fill in by hand on the lab form)
  --clinician NAME  the clinician, printed on both (otherwise a line to fill in by hand)

Exit codes (the "status" of --json in brackets):
  0  assessed: prescribed [prescribed], or a referral with no prescription [referred]
  1  no prescription: the red-flag screen is incomplete [not-cleared], or the prescription is
     incomplete, a value only the clinician can give is missing [incomplete]; the text says which
     ("Red flags: INCOMPLETE", "DRAFT prescription (INCOMPLETE …)") and stderr says why
  1  error: the case or a file it names is invalid (no "status": {error, issues} with --json, the
     issues with their paths on stderr)
  2  the command line was not understood`,
    load: () => import('./assess-command.js'),
  },
  {
    name: 'motion',
    summary:
      'read motion capture (C3D, TRC, MOT): convert it, or find gait events, spatiotemporal parameters and joint angles',
    help: `Usage: groundup motion convert <file.c3d> --to trc|mot --out <file> [--json]
       groundup motion analyze <file.c3d|file.trc>... [--static <static.trc|c3d>] [--grf <file.mot>]
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
         The text shows every figure but the angle curves (their range instead) and every warning.
${BATCH_HELP('analyzed')}
         --static serves every trial (it calibrates the subject); --grf belongs to one trial.

Options:
  --to trc|mot   what convert writes
  --out FILE     where convert writes
  --grf FILE     an OpenSim MOT ground-reaction file for force-based events (one trial only)
  --static FILE  static calibration trial (TRC or C3D) for joint angles
  --fill-gaps N  fill marker gaps of at most N frames by linear interpolation (reported as
                 gaps_filled; longer gaps and gaps at the ends stay missing; default 0, none)
  --json         one JSON document on stdout

Exit codes: 0 done, 1 a file cannot be read or the static trial lacks markers (the error code says
why, e.g. truncated, bad_processor, bad_header, missing_markers), 2 the command line was not understood.`,
    load: () => import('./motion-command.js'),
  },
  {
    name: 'inspect',
    summary: 'say what capture a file holds (scan, pressure or motion format), with the readers the analysis uses',
    help: `Usage: groundup inspect <file>... [--json]

Reads each file with groundup's own readers (STL, OBJ, PLY; C3D, TRC, MOT/STO; grid CSV, pedar ASCII,
PhysioNet gaitpdb) and says which one read it, with what it counted; the first bytes only choose
which readers to try. The server's upload analysis uses the same detection.

Each file is reported in its place. Exit code 1 when any file is not a readable capture.
With --json: {file, format: {kind, family, …counts}, sizeBytes, issues} (an array for several files).`,
    load: () => import('./inspect-command.js'),
  },
  {
    name: 'pressure',
    summary: 'read a plantar pressure recording (pedar, PhysioNet insole, plate grid CSV): steps, peaks, foot type',
    help: `Usage: groundup pressure analyze <file>... [--format auto|pedar|gaitpdb|grid] [--svg out.svg] [--json]

Reads an in-shoe or pressure-plate recording, finds the steps and computes the figures clinicians use.

Formats (detected with --format auto, the default):
  pedar    novel pedar ASCII export: free-text header, "time[secs]" column line, 99 + 99 sensors in kPa
  gaitpdb  PhysioNet gait insole text: time, 8 left and 8 right sensor forces (N), left and right totals
  grid     pressure plate: first line "# grid rows=R cols=C pitch_mm=P hz=H units=kPa" (or units=N/cm2),
           then one line per frame "time_s,v0,...,v(R*C-1)", row-major, row 0 where the walker starts;
           a single-frame file is a static or peak-pressure print

analyze  per side: stances (start, end, contact time, peak), peak pressure (kPa) or force (N, PhysioNet)
         and its sensor, peak and pressure-time integral per region (heel medial/lateral, midfoot,
         metatarsal 1, 2-3, 4-5, hallux, lesser toes), cadence and left/right symmetry. Plates also:
         contact area (cells x pitch²), force (kPa x pitch²), COP path, the side of each step (from the
         walking line, or the print's shape), and the footprint indices with a foot-type call from each:
         Arch Index (Buldt 2018 bands; Cavanagh & Rodgers 1987 bands [U]), Chippaux-Smirak (adult
         cut-offs [U]), Staheli (paediatric cut-offs, Hernandez 2007), CPEI (no norms: no call).
         With --json: {file, format, kind, quantity, hz, frames, durationS, static, cadenceStepsPerMin,
         symmetry, feet: [{side, sensorCount, steps: [{startS, endS, contactTimeS, partial, peakKpa|peakN}],
         peakPressureKpa|peakForceN, peakSensor, regions: [{name, peakKpa, ptiKpaS}|{name, peakN, ftiNS}],
         meanContactTimeS, and for plates contactAreaMm2, archIndex, chippauxSmirakPct, staheliIndex,
         cpeiPct, footType: {consensus, votes}, toeMethod}], warnings: [{code, path, message}], svg}.
         The text shows the same figures per foot, the region peaks and integrals included.
${BATCH_HELP('analyzed')}

Options:
  --format F   auto (default), pedar, gaitpdb or grid
  --svg FILE   also write a heat map of peak pressure per foot with the COP path (SVG; one file only)
  --json       one JSON document on stdout

Exit codes: 0 done (also with no steps found: warning no_steps), 1 the file cannot be read (the error
code says why: empty_file, unknown_format, invalid_header, contradictory_header, column_count,
invalid_number, absurd_value, time_not_increasing, no_frames; with the line), 2 the command line was
not understood.`,
    load: () => import('./pressure-command.js'),
  },
];
