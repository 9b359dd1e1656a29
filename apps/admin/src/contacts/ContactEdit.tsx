import { Edit } from 'react-admin';
import { ContactForm } from './ContactForm';

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ContactForm />
  </Edit>
);
