import {
  attendanceProblems,
  DELIBERATION_BODIES,
  deliberationQuorum,
  DeliberationAttendance,
  FieldError,
  RepresentedMember,
  voteProblems,
  VOTE_KINDS,
} from '@pacte/domain';
import { EntityManager } from 'typeorm';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { invalid } from './agreements.service';
import { Deliberation } from './entities/deliberation.entity';

registerConstraintMessages({
  uq_deliberations_number: {
    field: 'number',
    message: 'Cette instance a déjà une délibération portant ce numéro.',
  },
  ck_deliberations_convocation: {
    field: 'convocationDate',
    message: 'La convocation ne peut suivre la séance.',
  },
});

export const deliberationsResource: ResourceDefinition = {
  name: 'deliberations',
  label: 'Délibération',
  entity: Deliberation,
  softDelete: true,
  search: `f_unaccent(r.number || ' ' || r.subject || ' ' || coalesce(r.president, '') || ' ' || coalesce(r.decision, ''))`,
  list: {
    sortable: ['sessionDate', 'number', 'body', 'subject', 'createdAt'],
    defaultSort: ['sessionDate', 'DESC'],
    filters: {
      id: { type: 'uuid' },
      body: { type: 'enum', values: DELIBERATION_BODIES },
      voteKind: { type: 'enum', values: VOTE_KINDS },
      number: { type: 'string' },
      agreementIds: { type: 'uuid' },
      sessionDate: { type: 'date', range: true },
    },
  },
};

function attendanceOf(row: Values): DeliberationAttendance {
  return {
    membersInOffice: Number(row.membersInOffice ?? 0),
    present: (row.membersPresent as string[] | undefined) ?? [],
    represented: (row.membersRepresented as RepresentedMember[] | undefined) ?? [],
    excused: (row.membersExcused as string[] | undefined) ?? [],
  };
}

/** Deliberations: attendance and vote checked, quorum computed from the membership. */
export class DeliberationsService extends CrudService {
  protected override toResponse(row: Row): Row {
    const attendance = attendanceOf(row);
    const quorum = deliberationQuorum(attendance);
    return {
      ...row,
      presentCount: attendance.present.length,
      representedCount: attendance.represented.length,
      excusedCount: attendance.excused.length,
      attendingCount: quorum.attending,
      quorumRequired: quorum.required,
      quorumReached: quorum.reached,
    };
  }

  protected override async checked(values: Values, current: Values, manager: EntityManager): Promise<Values> {
    const out: Values = { ...values };
    if (Array.isArray(out.membersRepresented))
      out.membersRepresented = (out.membersRepresented as RepresentedMember[]).map((p) => ({
        member: p.member,
        by: p.by,
      }));
    if (out.voteKind === 'unanimity')
      Object.assign(out, { votesFor: null, votesAgainst: null, abstentions: null });
    const merged = { ...current, ...out };
    const attendance = attendanceOf(merged);
    const problems: FieldError[] = [...attendanceProblems(attendance)];
    problems.push(
      ...voteProblems(
        {
          voteKind: (merged.voteKind as 'unanimity' | 'counts') ?? 'unanimity',
          votesFor: merged.votesFor as number,
          votesAgainst: merged.votesAgainst as number,
          abstentions: merged.abstentions as number,
        },
        deliberationQuorum(attendance).attending,
      ),
    );
    if (
      merged.convocationDate &&
      merged.sessionDate &&
      String(merged.convocationDate) > String(merged.sessionDate)
    ) {
      problems.push({ field: 'convocationDate', message: 'La convocation ne peut suivre la séance.' });
    }
    const ids = (out.agreementIds as string[] | undefined) ?? [];
    if (ids.length > 0) {
      const found: Array<{ id: string }> = await manager.query(
        `SELECT id FROM agreements WHERE id = ANY($1) AND deleted_at IS NULL`,
        [ids],
      );
      const known = new Set(found.map((f) => f.id));
      ids.forEach((id, index) => {
        if (!known.has(id))
          problems.push({ field: `agreementIds.${index}`, message: 'Convention inconnue.' });
      });
    }
    if (problems.length > 0) throw invalid(problems);
    return out;
  }
}
