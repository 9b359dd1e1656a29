import BusinessIcon from '@mui/icons-material/Business';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

export default {
  list: OrganisationList,
  create: OrganisationCreate,
  edit: OrganisationEdit,
  show: OrganisationShow,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
