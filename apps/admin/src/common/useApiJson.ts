import { useCallback, useEffect, useState } from 'react';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

/**
 * JSON from an API path that is not simple-rest (a residence's staff, a purpose's notices), with a
 * `reload` for after a change. `fallback` stands while loading and when the request fails.
 */
export function useApiJson<T>(path: string | null, fallback: T): { data: T; reload: () => void } {
  const [data, setData] = useState<T>(fallback);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    httpClient(`${API_URL}${path}`).then(
      ({ json }) => current && setData(json as T),
      () => current && setData(fallback),
    );
    return () => {
      current = false;
    };
    // `fallback` is a constant of the caller: only the path and reloads refetch.
  }, [path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, reload };
}
