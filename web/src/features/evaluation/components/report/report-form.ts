import type {
  SaveSelfAssessmentInput,
  SelfAssessmentDto,
} from '../../../../../../contracts/self-assessment.ts';

/** The report form's values: rows in the report's order, so that tasks.N is the Nth task. */
export type ReportValues = {
  tasks: { explanation?: string | null; selfScore?: number | null }[];
  criteria: { selfScore?: number | null }[];
  summary?: string | null;
  obstacles?: string | null;
  directionRequests?: string | null;
  proposals?: string | null;
};

/** The stored report as form values. */
export function toValues(r: SelfAssessmentDto): ReportValues {
  return {
    tasks: r.tasks.map((t) => ({ explanation: t.explanation, selfScore: t.selfScore })),
    criteria: r.criteria.map((c) => ({ selfScore: c.selfScore })),
    summary: r.summary,
    obstacles: r.obstacles,
    directionRequests: r.directionRequests,
    proposals: r.proposals,
  };
}

/** Form values as the draft to save (every task and criterion, in order; cancelled tasks unscored). */
export function toBody(r: SelfAssessmentDto, v: ReportValues): SaveSelfAssessmentInput {
  const blank = (s: string | null | undefined) => (s?.trim() ? s : null);
  return {
    version: r.version,
    taskEntries: r.tasks.map((t, i) => ({
      taskId: t.taskId,
      explanation: blank(v.tasks?.[i]?.explanation),
      selfScore: t.cancelled ? null : (v.tasks?.[i]?.selfScore ?? null),
    })),
    criterionEntries: r.criteria.map((c, i) => ({
      key: c.key,
      selfScore: v.criteria?.[i]?.selfScore ?? null,
    })),
    summary: blank(v.summary),
    obstacles: blank(v.obstacles),
    directionRequests: blank(v.directionRequests),
    proposals: blank(v.proposals),
  };
}

/** The API names entries taskEntries.N / criterionEntries.N; the form names them tasks.N / criteria.N. */
export function fieldAliases(r: SelfAssessmentDto): Record<string, string> {
  const aliases: Record<string, string> = {};
  r.tasks.forEach((_, i) => {
    aliases[`taskEntries.${i}.selfScore`] = `tasks.${i}.selfScore`;
    aliases[`taskEntries.${i}.explanation`] = `tasks.${i}.explanation`;
  });
  r.criteria.forEach((_, i) => {
    aliases[`criterionEntries.${i}.selfScore`] = `criteria.${i}.selfScore`;
  });
  return aliases;
}
