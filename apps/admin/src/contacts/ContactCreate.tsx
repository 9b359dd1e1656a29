import { Create } from 'react-admin';
import { ContactForm } from './ContactForm';

/** Opened from an organisation's page, the organisation comes pre-filled (router state `record`). */
export const ContactCreate = () => (
  <Create redirect="show" record={{ active: true, professionalSecrecy: false }}>
    <ContactForm deletable={false} />
  </Create>
);
