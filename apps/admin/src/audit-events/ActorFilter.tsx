import { AutocompleteInput, ReferenceInput, TextInput, useCanAccess } from 'react-admin';

/** Users are admin-only: others (the DPO) filter by the actor's identifier instead of picking a user. */
export const ActorFilter = ({ source }: { source: 'actorId'; alwaysOn?: boolean }) => {
  const { canAccess, isPending } = useCanAccess({ resource: 'users', action: 'list' });
  if (isPending) return null;
  if (!canAccess) return <TextInput source={source} />;
  return (
    <ReferenceInput source={source} reference="users" sort={{ field: 'displayName', order: 'ASC' }}>
      <AutocompleteInput
        label="resources.audit-events.fields.actorEmail"
        optionText="displayName"
        filterToQuery={(q: string) => (q ? { q } : {})}
      />
    </ReferenceInput>
  );
};
