import { Alert } from 'antd';
import type { ApiProblem } from './problem-failure.ts';

/** Every problem that has no field of its own on screen, listed in one alert. */
export function ProblemList({ title, problems }: { title: string; problems: ApiProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="problem-list">
          {problems.map((p) => (
            <li key={`${p.taskIndex ?? ''}-${p.field}-${p.code}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}
