import PersonIcon from '@mui/icons-material/Person';
import { Create, Edit } from 'react-admin';
import type { ResourceSpec } from '../../providers/resourceSpec';
import { ResidentForm } from './ResidentForm';
import { ResidentList } from './ResidentList';
import { ResidentShow } from './ResidentShow';

const EDITABLE = [
  'residenceId',
  'lastName',
  'birthName',
  'firstName',
  'birthDate',
  'sex',
  'unit',
  'entryDate',
  'exitDate',
  'adults',
  'children',
  'notes',
] as const;

export const residentsSpec: ResourceSpec = {
  sortable: ['lastName', 'firstName', 'birthDate', 'unit', 'entryDate', 'exitDate', 'createdAt', 'updatedAt'],
  defaultSort: { field: 'lastName', order: 'ASC' },
  createFields: EDITABLE,
  updateFields: EDITABLE,
};

const ResidentCreate = () => (
  <Create redirect="show" record={{ adults: 1, children: 0 }}>
    <ResidentForm creating />
  </Create>
);

const ResidentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ResidentForm />
  </Edit>
);

export const residents = {
  list: ResidentList,
  show: ResidentShow,
  create: ResidentCreate,
  edit: ResidentEdit,
  icon: PersonIcon,
  recordRepresentation: 'fullName',
};
