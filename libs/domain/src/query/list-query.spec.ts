import { contentRange, DomainError, ListSpec, parseListQuery } from '../index';

const spec: ListSpec = {
  sortable: ['name', 'createdAt'],
  defaultSort: ['name', 'ASC'],
  searchable: true,
  maxPageSize: 100,
  filters: {
    id: { type: 'uuid' },
    organisationId: { type: 'uuid' },
    active: { type: 'boolean' },
    legalForm: { type: 'enum', values: ['association', 'company'] },
    createdAt: { type: 'date', range: true },
  },
};
const ID = '0b7e8a5c-4f7a-4b53-9a2e-7b1d0a5c3e11';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected an error');
}

describe('simple-rest list query', () => {
  it('applies the default sort and page when nothing is given', () => {
    expect(parseListQuery({}, spec)).toEqual({
      sort: { field: 'name', order: 'ASC' },
      offset: 0,
      limit: 25,
      filters: [],
    });
  });

  it('parses sort, range and filters as react-admin sends them', () => {
    const query = parseListQuery(
      {
        sort: '["createdAt","DESC"]',
        range: '[25,49]',
        filter: JSON.stringify({
          q: ' Adoma ',
          active: true,
          legalForm: 'association',
          createdAt_gte: '2024-01-01',
        }),
      },
      spec,
    );
    expect(query).toEqual({
      sort: { field: 'createdAt', order: 'DESC' },
      offset: 25,
      limit: 25,
      q: 'Adoma',
      filters: [
        { field: 'active', op: 'eq', value: true },
        { field: 'legalForm', op: 'eq', value: 'association' },
        { field: 'createdAt', op: 'gte', value: '2024-01-01' },
      ],
    });
  });

  it('turns an id array into an IN filter (getMany)', () => {
    expect(parseListQuery({ filter: JSON.stringify({ id: [ID] }) }, spec).filters).toEqual([
      { field: 'id', op: 'in', value: [ID] },
    ]);
  });

  it.each([
    [{ sort: '["password","ASC"]' }, 'sort', /Tri impossible/],
    [{ sort: '["name","SIDEWAYS"]' }, 'sort', /ASC ou DESC/],
    [{ sort: 'not json' }, 'sort', /JSON valide/],
    [{ range: '[0,500]' }, 'range', /100 éléments/],
    [{ range: '[10,5]' }, 'range', /précède/],
    [{ range: '[-1,5]' }, 'range', /entiers positifs/],
    [{ filter: '{"nope":1}' }, 'filter', /Filtre inconnu/],
    [{ filter: '{"organisationId":"12"}' }, 'organisationId', /identifiant valide/],
    [{ filter: '{"legalForm":"sect"}' }, 'legalForm', /l'une des valeurs/],
    [{ filter: '{"createdAt_gte":"01/02/2024"}' }, 'createdAt_gte', /AAAA-MM-JJ/],
    [{ filter: '[1,2]' }, 'filter', /objet JSON/],
  ])('rejects %j with a French message on %s', (params, field, message) => {
    const error = errorOf(() => parseListQuery(params, spec));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('INVALID_QUERY');
    expect(error.fields[0].field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('writes Content-Range as ra-data-simple-rest expects', () => {
    expect(contentRange('contacts', 0, 25, 100)).toBe('contacts 0-24/100');
    expect(contentRange('contacts', 0, 0, 0)).toBe('contacts 0-0/0');
  });
});
