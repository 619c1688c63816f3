import { effectEstimate, type EvidenceStatement } from './evidence-statement.js';
import { cite } from './source-ref.js';

/**
 * Evidence statements for pain complaints: low back, knee, patellofemoral, hip and plantar heel pain.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §4
 */
export const PAIN_EVIDENCE_STATEMENTS: readonly EvidenceStatement[] = [
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-low-back-pain',
    topic: 'low-back-pain',
    intervention: 'foot orthoses and shoe inserts',
    conclusion: 'not-supported',
    level: 'guideline',
    patientText:
      'Foot orthoses have not been shown to prevent low back pain. Trials of treatment are small and mixed; ' +
      'guidelines (NICE NG59) advise against them for back pain. Consider them when there is a foot-level ' +
      'problem; they are not a back-pain treatment.',
    clinicianText:
      'Prevention: not shown (Sahar 2007 Cochrane RR 0.73, 0.43–1.22; Chuter 2014 RR 0.78, 0.50–1.23). ' +
      'Treatment: Chuter 2014 SMD −0.74 (−1.5 to 0.03), NS, "insufficient evidence". Small positive trials in ' +
      'pronated feet vs sham over 4 weeks (Castro-Méndez 2013, 2021) and vs wait-list at 6 weeks (Cambron 2017; ' +
      'no between-group difference by 12 weeks, [V2]); prefabricated FO no effect (Sadler 2023). NICE NG59: do ' +
      'not offer foot orthotics for low back pain with or without sciatica ([V2], exact wording not retrieved).',
    effects: [
      effectEstimate({
        outcome: 'back pain (prevention)',
        comparison: 'insoles vs none (pooled prevention trials)',
        measure: 'RR',
        value: 0.73,
        ci95: [0.43, 1.22],
        significant: false,
        source: cite('ebm-guidelines-insoles', 'secondary', 'pooled RR of Sahar 2007'),
      }),
      effectEstimate({
        outcome: 'pain (treatment, 5 RCTs, n=293)',
        comparison: 'foot orthoses vs control',
        measure: 'SMD',
        value: -0.74,
        ci95: [-1.5, 0.03],
        significant: false,
        source: cite('chuter-2014', 'primary'),
      }),
      effectEstimate({
        outcome: 'back pain (prevention, 6 RCTs, n=2379)',
        comparison: 'foot orthoses vs control',
        measure: 'RR',
        value: 0.78,
        ci95: [0.5, 1.23],
        significant: false,
        source: cite('chuter-2014', 'primary'),
      }),
      effectEstimate({
        outcome: 'pain at 12 weeks (adjusted)',
        comparison: 'prefabricated FO + Back Book vs Back Book',
        measure: 'MD',
        value: -0.84,
        ci95: [-2.09, 0.41],
        unit: 'points on the trial pain scale',
        significant: false,
        source: cite('sadler-2023', 'primary'),
      }),
    ],
    sources: [
      cite('nice-ng59-2016', 'secondary', 'do not offer foot orthotics for LBP'),
      cite('sahar-2007', 'primary'),
      cite('chuter-2014', 'primary'),
      cite('castro-mendez-2013', 'primary'),
      cite('castro-mendez-2021', 'primary'),
      cite('cambron-2017', 'primary', '6-week result; the 12-week result is [V2] via PainSci'),
      cite('painsci', 'secondary', 'Cambron 2017 12-week result'),
      cite('sadler-2023', 'primary'),
    ],
    background: [],
  },
  {
    kind: 'EvidenceStatement',
    id: 'lateral-wedges-for-medial-knee-oa',
    topic: 'knee-pain',
    intervention: 'lateral wedge insoles for medial knee osteoarthritis',
    conclusion: 'not-supported',
    level: 'systematic-review',
    patientText:
      'Wedged insoles for knee arthritis pain have not worked better than plain flat insoles in the larger, ' +
      'better trials. They can change how the knee is loaded a little, but that has not meant less pain.',
    clinicianText:
      'Parkes 2013: SMD −0.47 (−0.80 to −0.14) across 12 trials but I² 82.7 %; against a neutral-insole control ' +
      'no effect, and the larger, lower-bias trials were null. Later meta-analyses NS (Zhang J 2018; Zhang B ' +
      '2018; Yu 2021). Knee load: first-peak EKAM reduced overall but NS vs neutral insoles (Xing 2017).',
    effects: [
      effectEstimate({
        outcome: 'pain (12 trials, n=885)',
        comparison: 'lateral wedge vs any control',
        measure: 'SMD',
        value: -0.47,
        ci95: [-0.8, -0.14],
        significant: true,
        source: cite('parkes-2013', 'primary', 'I² = 82.7 %; no effect against neutral insoles'),
      }),
      effectEstimate({
        outcome: 'pain (10 studies, n=938)',
        comparison: 'lateral wedge vs control',
        measure: 'SMD',
        value: -0.21,
        ci95: [-0.5, 0.08],
        significant: false,
        source: cite('zhang-j-2018', 'primary'),
      }),
      effectEstimate({
        outcome: 'WOMAC pain',
        comparison: 'lateral wedge vs flat insole',
        measure: 'SMD',
        value: 0.07,
        ci95: [-0.09, 0.24],
        significant: false,
        source: cite('zhang-b-2018', 'primary'),
      }),
    ],
    sources: [
      cite('parkes-2013', 'primary'),
      cite('zhang-j-2018', 'primary'),
      cite('zhang-b-2018', 'primary'),
      cite('yu-2021', 'primary'),
      cite('xing-2017', 'primary'),
    ],
    background: [],
  },
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-patellofemoral-pain',
    topic: 'patellofemoral-pain',
    intervention: 'prefabricated foot orthoses',
    conclusion: 'small-short-term-benefit',
    level: 'systematic-review',
    patientText:
      'For pain at the front of the knee, insoles helped more people feel better after 6 weeks than flat ' +
      'inserts, but the difference was gone after a year, and pain scores themselves did not clearly improve.',
    clinicianText:
      'Collins 2008 / Cochrane CD008402: global improvement at 6 weeks RR 1.48 (1.11–1.99) vs flat inserts, ' +
      'not at 1 year; more minor adverse effects (RR 1.87). Chen 2022 (6 RCTs): function SMD −0.45 ' +
      '(−0.74 to −0.16), sport/recreation −0.54, pain −0.01 (−0.32 to 0.30) NS.',
    effects: [
      effectEstimate({
        outcome: 'global improvement at 6 weeks',
        comparison: 'foot orthoses vs flat inserts',
        measure: 'RR',
        value: 1.48,
        ci95: [1.11, 1.99],
        significant: true,
        source: cite('cochrane-pfp-orthoses', 'primary', 'not significant at 1 year'),
      }),
      effectEstimate({
        outcome: 'knee function',
        comparison: 'foot orthoses vs control',
        measure: 'SMD',
        value: -0.45,
        ci95: [-0.74, -0.16],
        significant: true,
        source: cite('chen-2022', 'primary'),
      }),
      effectEstimate({
        outcome: 'pain',
        comparison: 'foot orthoses vs control',
        measure: 'SMD',
        value: -0.01,
        ci95: [-0.32, 0.3],
        significant: false,
        source: cite('chen-2022', 'primary'),
      }),
    ],
    sources: [cite('collins-2008', 'primary'), cite('cochrane-pfp-orthoses', 'primary'), cite('chen-2022', 'primary')],
    background: [],
  },
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-hip-pain',
    topic: 'hip-pain',
    intervention: 'foot orthoses',
    conclusion: 'insufficient',
    level: 'systematic-review',
    patientText:
      'Very little research has tested insoles for hip pain, and what there is is weak. One trial found a ' +
      'very small drop in pain, smaller than people usually notice.',
    clinicianText:
      'Kinsella 2023/24 SR: 7 studies (1 RCT), n=266, certainty very low to low. Hunter 2023 (greater ' +
      'trochanteric pain, n=53): medially posted vs flat, pain −0.44 NRS (p=.017), below the MCID; no change in ' +
      'hip adduction moment.',
    effects: [
      effectEstimate({
        outcome: 'pain (NRS)',
        comparison: 'medially posted vs flat insoles',
        measure: 'MD',
        value: -0.44,
        ci95: null,
        unit: 'points on a 0–10 NRS',
        significant: true,
        source: cite('hunter-2023', 'primary', 'p = .017, below the MCID'),
      }),
    ],
    sources: [cite('kinsella-2023', 'primary'), cite('hunter-2023', 'primary')],
    background: [],
  },
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-plantar-heel-pain',
    topic: 'plantar-heel-pain',
    intervention: 'foot orthoses (custom or prefabricated)',
    conclusion: 'small-short-term-benefit',
    level: 'systematic-review',
    patientText:
      'For heel pain, insoles gave a small extra benefit between about 7 and 12 weeks, smaller than people ' +
      'usually notice, and none in the short or long term. Custom insoles have not done better than ' +
      'ready-made ones, so ready-made supports and heel cups are usually tried first.',
    clinicianText:
      'Whittaker 2018 (19 RCTs, n=1660): 0–6 weeks no effect; 7–12 weeks SMD −0.27 (−0.48 to −0.06) vs sham, ' +
      'below the MID; long term no effect; custom = prefabricated. Rasenberg 2018: neither prefabricated nor ' +
      'custom superior to sham. ACFAS CPG (via Richie 2015, [V2]): OTC arch supports and heel cups first; ' +
      'custom after about 6 weeks without improvement.',
    effects: [
      effectEstimate({
        outcome: 'pain at 7–12 weeks',
        comparison: 'foot orthoses vs sham',
        measure: 'SMD',
        value: -0.27,
        ci95: [-0.48, -0.06],
        significant: true,
        source: cite('whittaker-2018', 'primary', 'below the minimal important difference'),
      }),
      effectEstimate({
        outcome: 'pain',
        comparison: 'prefabricated FO vs sham',
        measure: 'MD',
        value: 0.26,
        ci95: [-0.09, 0.6],
        unit: 'as reported by Rasenberg 2018',
        significant: false,
        source: cite('rasenberg-2018', 'primary'),
      }),
      effectEstimate({
        outcome: 'pain',
        comparison: 'custom FO vs sham',
        measure: 'MD',
        value: 0.22,
        ci95: [-0.05, 0.5],
        unit: 'as reported by Rasenberg 2018',
        significant: false,
        source: cite('rasenberg-2018', 'primary'),
      }),
    ],
    sources: [
      cite('whittaker-2018', 'primary'),
      cite('rasenberg-2018', 'primary'),
      cite('richie-2015', 'secondary', 'ACFAS CPG: OTC first, custom after ~6 weeks'),
    ],
    background: [],
  },
];
