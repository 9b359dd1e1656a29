import ContactsIcon from '@mui/icons-material/ContactMail';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { contactName } from './contactName';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
  show: ContactShow,
  icon: ContactsIcon,
  recordRepresentation: contactName,
};
