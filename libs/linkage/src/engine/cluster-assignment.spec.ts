import { ClusterAssignment } from './cluster-assignment';

describe('ClusterAssignment', () => {
  const assignment = new ClusterAssignment(['r1', 'r2', 'r3'], ['pA', 'pB', 'pA']);

  it('reads like a Map, in input order', () => {
    const map = new Map([
      ['r1', 'pA'],
      ['r2', 'pB'],
      ['r3', 'pA'],
    ]);
    expect([...assignment]).toEqual([...map]);
    expect([...assignment.keys()]).toEqual([...map.keys()]);
    expect([...assignment.values()]).toEqual([...map.values()]);
    expect([...assignment.entries()]).toEqual([...map.entries()]);
    expect(assignment.size).toBe(3);
    const seen: string[] = [];
    assignment.forEach((cluster, id) => seen.push(`${id}:${cluster}`));
    expect(seen).toEqual(['r1:pA', 'r2:pB', 'r3:pA']);
  });

  it('looks ids up', () => {
    expect(assignment.get('r2')).toBe('pB');
    expect(assignment.get('r4')).toBeUndefined();
    expect(assignment.has('r3')).toBe(true);
    expect(assignment.has('r4')).toBe(false);
  });
});
