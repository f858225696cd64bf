import type { PersonDetailDto, PersonDto } from '../../../contracts/people.ts';
import type { PersonRow } from '../../db/repositories/people.ts';

type CurrentPost = { postTitle: string; unitId: string; unitName: string };

/** A person as the API shows them, with the posts they hold today. */
export function presentPerson(person: PersonRow, currentPosts: CurrentPost[], canUpdate: boolean): PersonDto {
  return {
    id: person.id,
    fullName: person.fullName,
    birthYear: person.birthYear,
    gender: person.gender,
    email: person.email,
    phone: person.phone,
    version: person.version,
    currentPosts: currentPosts.map((p) => ({
      postTitle: p.postTitle,
      unitId: p.unitId,
      unitName: p.unitName,
    })),
    abilities: { update: canUpdate },
  };
}

/** A person's page, with their post history across units. */
export function presentPersonDetail(
  person: PersonRow,
  currentPosts: CurrentPost[],
  history: PersonDetailDto['history'],
  canUpdate: boolean,
): PersonDetailDto {
  return { ...presentPerson(person, currentPosts, canUpdate), history };
}
