import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { DashboardData, PacteDataProvider } from '../providers/dataProvider';

export function useDashboard() {
  const dataProvider = useDataProvider<PacteDataProvider>();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    dataProvider.getDashboard().then(
      (result) => live && setData(result),
      (reason: unknown) => live && setError(reason),
    );
    return () => {
      live = false;
    };
  }, [dataProvider]);
  return { data, error, isPending: data === null && error === null };
}
