/** Times `fn` over `iterations` runs after a warm-up; reports median and p95 in milliseconds. */
export async function measure(name: string, fn: () => Promise<unknown>, iterations = 200) {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  return { name, median, p95, iterations };
}

export type Result = Awaited<ReturnType<typeof measure>>;

/** Prints results next to a baseline measured in the same run, as ratios. */
export function report(title: string, pairs: [Result, Result][]) {
  console.log(`\n## ${title}`);
  console.log('| operation | median ms | p95 ms | baseline | baseline median ms | ratio |');
  console.log('|---|---:|---:|---|---:|---:|');
  for (const [r, b] of pairs) {
    console.log(
      `| ${r.name} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${b.name} | ${b.median.toFixed(2)} | ${(r.median / b.median).toFixed(2)}× |`,
    );
  }
}
