import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/** The `q` filter: react-admin's SearchInput, also reachable by its accessible name « Rechercher ». */
export const SearchFilter = ({ alwaysOn: _alwaysOn, ...props }: SearchInputProps) => {
  const translate = useTranslate();
  return (
    <SearchInput {...props} source="q" id="q" inputProps={{ 'aria-label': translate('ra.action.search') }} />
  );
};

export const searchFilter = <SearchFilter key="q" source="q" alwaysOn />;
