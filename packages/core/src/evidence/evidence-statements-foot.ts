import { effectEstimate, type EvidenceStatement } from './evidence-statement.js';
import { cite } from './source-ref.js';

/**
 * Evidence statements for leg-length difference, flat (pronated) feet and high-arched feet.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §1.3, §2.1, §2.4, §3
 */
export const FOOT_EVIDENCE_STATEMENTS: readonly EvidenceStatement[] = [
  {
    kind: 'EvidenceStatement',
    id: 'lifts-for-leg-length-difference',
    topic: 'leg-length-difference',
    intervention: 'insoles or heel lifts correcting part of a leg-length difference',
    conclusion: 'limited-benefit',
    level: 'randomised-trial',
    patientText:
      'Most people have legs of slightly different lengths, usually by about 5 mm, and small differences are ' +
      'normal. In one small trial of workers with back pain and a difference of 5 mm or more, insoles that ' +
      'made up 70 % of the difference reduced back pain more than plain insoles. It is one trial, so the ' +
      'benefit is not certain.',
    clinicianText:
      'Anatomic LLD in 90 % of people, mean 5.2 mm (SD 4.1); usually not clinically significant until about ' +
      '20 mm; treat functional LLD before anatomic (Knutson 2005). RCT (Rannisto, n=42, LLD ≥5 mm, LBP ≥2/10): ' +
      '70 % correction vs plain insoles, LBP −2.6 (−3.7 to −1.4), sciatica −2.3, RAND-36 PF +9.6, fewer sick ' +
      'days. Uncontrolled cohort (n=80, 100 % correction): NPRS 7.8 → 1.1 at 4 months. SR/MA 2024: LLD does ' +
      'not differ between people with and without LBP (Sugavanam). Measure by block test; reference standard ' +
      'is a standing full-length radiograph.',
    effects: [
      effectEstimate({
        outcome: 'low back pain',
        comparison: 'insoles correcting 70 % of LLD vs plain insoles',
        measure: 'MD',
        value: -2.6,
        ci95: [-3.7, -1.4],
        unit: 'points on the trial pain scale',
        significant: true,
        source: cite('rannisto-2019', 'primary'),
      }),
    ],
    sources: [cite('rannisto-2019', 'primary'), cite('lld-heel-lift-cohort-2022', 'primary', 'uncontrolled')],
    background: [
      cite('knutson-2005-part1', 'primary', 'prevalence 90 %, mean 5.2 mm (SD 4.1); significance ~20 mm'),
      cite('knutson-2005-part2', 'primary', 'remove functional LLD before treating anatomic LLD'),
      cite('sugavanam-2024', 'primary', 'LLD not different in LBP'),
      cite('lld-measurement-review', 'primary', 'block test; radiograph as reference'),
    ],
  },
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-flat-foot',
    topic: 'flat-foot',
    intervention: 'foot orthoses or medial posting for a flat (pronated) foot',
    conclusion: 'insufficient',
    level: 'randomised-trial',
    patientText:
      'A flat or rolled-in foot is a description, not a disease: a slightly rolled-in foot is normal when ' +
      'standing. Insoles with arch support change foot motion a little, by different amounts in different ' +
      'people. They are worth trying when the foot itself hurts; there is no good evidence that they are ' +
      'needed for a flat foot that does not hurt.',
    clinicianText:
      'Normal rest posture is slightly pronated (FPI-6 mean +4; Redmond 2008). FPI, RCSP, arch angle and ' +
      'navicular drop agree only moderately (Fleiss κ 0.58), and FPI explains 41 % of midstance variance. ' +
      'A 5° medial wedge reduced peak eversion (−10.75° vs −12.37° none) and tibial IR ROM in runners ' +
      '(Sinclair 2017); insert effects are small and subject-specific (Nigg 1998); foot posture vs lower-limb ' +
      'kinematics inconclusive (Buldt 2013). In pronated feet (FPI ≥ +6) with chronic LBP, custom FO reduced ' +
      'ODI and VAS vs sham at 4 weeks (Castro-Méndez 2021). No trial in groundup’s reference tested ' +
      'orthoses for asymptomatic flat feet.',
    effects: [],
    sources: [cite('castro-mendez-2021', 'primary'), cite('sinclair-2017', 'primary'), cite('nigg-1998', 'primary')],
    background: [
      cite('redmond-2008', 'primary'),
      cite('redmond-2006', 'primary'),
      cite('langley-2016', 'primary'),
      cite('buldt-2013', 'primary'),
    ],
  },
  {
    kind: 'EvidenceStatement',
    id: 'orthoses-for-high-arch',
    topic: 'high-arch',
    intervention: 'cushioning or accommodative foot orthoses for a high-arched (cavus) foot',
    conclusion: 'insufficient',
    level: 'practice-convention',
    patientText:
      'A high arch is also a description, not a disease. No trial in our sources tested insoles for ' +
      'high-arched feet; labs usually add cushioning, which is a matter of practice rather than proven ' +
      'benefit.',
    clinicianText:
      'Research cut-offs for cavus: FPI-6 < +1, Arch Index < 0.11, NNHt > 0.31 (Buldt 2018). Higher arches ' +
      'transfer more rearfoot eversion into tibial internal rotation (27 % of between-subject variance; Nigg ' +
      '1993). Lab convention only ([V2]): more cushioning for high arches (Hersco); vacuum-formed rather than ' +
      'milled shells for high cavus arches (ProLab). No trial evidence in groundup’s reference.',
    effects: [],
    sources: [cite('hersco-education', 'secondary'), cite('huppin-prolab', 'secondary')],
    background: [cite('buldt-2018', 'primary'), cite('nigg-1993', 'primary')],
  },
];
