/**
 * A deliberately small test harness for real-browser journeys: steps run in order, a failed step
 * stops its journey (later steps depend on it) and counts every step after it as failed, so a
 * broken journey can never look like a short green run.
 */
export interface StepResult {
  journey: string;
  name: string;
  ok: boolean;
  error?: string;
  ms: number;
}

export type Step = { name: string; run: () => Promise<void> };

export async function runJourney(journey: string, steps: Step[], results: StepResult[]): Promise<void> {
  let broken: string | null = null;
  for (const step of steps) {
    if (broken) {
      results.push({ journey, name: step.name, ok: false, error: `not run: "${broken}" failed first`, ms: 0 });
      console.log(`  ✗ ${journey} › ${step.name} (not run)`);
      continue;
    }
    const started = Date.now();
    try {
      await step.run();
      results.push({ journey, name: step.name, ok: true, ms: Date.now() - started });
      console.log(`  ✓ ${journey} › ${step.name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ journey, name: step.name, ok: false, error: message, ms: Date.now() - started });
      console.log(`  ✗ ${journey} › ${step.name}\n      ${message.split('\n').join('\n      ')}`);
      broken = step.name;
    }
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
