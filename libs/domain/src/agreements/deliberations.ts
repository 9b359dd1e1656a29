import type { FieldError } from '../errors';

export interface RepresentedMember {
  member: string;
  by: string;
}

export interface DeliberationAttendance {
  membersInOffice: number;
  present: readonly string[];
  represented: readonly RepresentedMember[];
  excused: readonly string[];
}

export interface Quorum {
  attending: number;
  required: number;
  reached: boolean;
}

/**
 * Quorum of a board: the absolute majority of the members in office must attend, present or
 * represented. 3 July 2024: 9 present + 4 represented out of 17 → 13 ≥ 9, reached.
 */
export function deliberationQuorum(
  attendance: Pick<DeliberationAttendance, 'membersInOffice' | 'present' | 'represented'>,
): Quorum {
  const attending = attendance.present.length + attendance.represented.length;
  const required = Math.floor(attendance.membersInOffice / 2) + 1;
  return { attending, required, reached: attendance.membersInOffice > 0 && attending >= required };
}

/** Consistency of an attendance record: counts within the membership, proxies held by members present. */
export function attendanceProblems(attendance: DeliberationAttendance): FieldError[] {
  const problems: FieldError[] = [];
  const total = attendance.present.length + attendance.represented.length + attendance.excused.length;
  if (total > attendance.membersInOffice) {
    problems.push({
      field: 'membersInOffice',
      message: `Plus de membres listés (${total}) que de membres en exercice (${attendance.membersInOffice}).`,
    });
  }
  const present = new Set(attendance.present.map((name) => name.trim().toLowerCase()));
  attendance.represented.forEach((proxy, index) => {
    if (!present.has(proxy.by.trim().toLowerCase())) {
      problems.push({
        field: `membersRepresented.${index}.by`,
        message: `${proxy.by} représente ${proxy.member} mais n’est pas listé parmi les présents.`,
      });
    }
  });
  const names = [
    ...attendance.present,
    ...attendance.represented.map((p) => p.member),
    ...attendance.excused,
  ].map((n) => n.trim().toLowerCase());
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate)
    problems.push({
      field: 'membersPresent',
      message: `Un membre figure deux fois dans la feuille de présence (${duplicate}).`,
    });
  return problems;
}

export interface VoteInput {
  voteKind: 'unanimity' | 'counts';
  votesFor?: number | null;
  votesAgainst?: number | null;
  abstentions?: number | null;
}

export function voteProblems(vote: VoteInput, attending: number): FieldError[] {
  if (vote.voteKind === 'unanimity') return [];
  const counts = [vote.votesFor, vote.votesAgainst, vote.abstentions];
  if (counts.some((n) => typeof n !== 'number'))
    return [{ field: 'votesFor', message: 'Indiquez les voix pour, contre et les abstentions.' }];
  const sum = counts.reduce<number>((a, n) => a + (n as number), 0);
  return sum > attending
    ? [
        {
          field: 'votesFor',
          message: `Plus de voix (${sum}) que de membres présents ou représentés (${attending}).`,
        },
      ]
    : [];
}
