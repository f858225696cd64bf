import type { PersonDto } from '../../../contracts/people.ts';
import { apiGet } from '../lib/api-client.ts';
import { type RemoteOption, type RemoteSearch, RemoteSelect } from './remote-select.tsx';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  initialOption?: RemoteOption;
  'aria-label'?: string;
};

const SEARCH: RemoteSearch<PersonDto> = {
  key: (q) => ['people', 'search', q],
  fetch: async (q, signal) =>
    (await apiGet<{ items: PersonDto[] }>('/people', { q: q || undefined, limit: 30 }, signal)).items,
  toOption: (p) => ({
    value: p.id,
    label: p.fullName,
    hint: p.currentPosts.map((c) => c.postTitle).join('; ') || undefined,
  }),
  searchEmpty: true,
};

/** Picks a person the caller may see, searching by name (GET /api/people?q=), showing their posts today. */
export function PersonPicker(props: Props) {
  return <RemoteSelect {...props} search={SEARCH} />;
}
