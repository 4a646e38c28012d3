/** The fields of a quiz that pool membership depends on. */
interface PoolLike {
  by: "objective" | "tag";
  key: string;
}
interface Poolable {
  id: string;
  objectives: readonly string[];
  tags: readonly string[];
}

/**
 * Split questions between pools: a question belongs to the FIRST pool (in settings order) whose
 * objective or tag it carries, so pools never compete for a question and a definition that
 * validates can always be drawn. Questions in no pool are always asked.
 */
export function assignPools<Q extends Poolable>(
  pools: readonly PoolLike[],
  questions: readonly Q[],
): { members: Q[][]; fixed: Q[] } {
  const members: Q[][] = pools.map(() => []);
  const fixed: Q[] = [];
  for (const question of questions) {
    const index = pools.findIndex((p) =>
      (p.by === "objective" ? question.objectives : question.tags).includes(p.key),
    );
    if (index === -1) fixed.push(question);
    else members[index]?.push(question);
  }
  return { members, fixed };
}
