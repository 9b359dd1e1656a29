import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { DemoBanner } from './DemoBanner';
import { PacteAppBar } from './PacteAppBar';

export const PacteLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={PacteAppBar}>
    <DemoBanner />
    {children}
  </Layout>
);
