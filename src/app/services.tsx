import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReperesDb } from '../storage/db';

/** What the screens' containers need from the outside world. */
export interface Services {
  db: ReperesDb;
  /** The person whose answers are shown: `device` outside guided sessions. */
  profileId: string;
  professionalMode: boolean;
  setProfessionalMode: (on: boolean) => void;
  setActiveProfile: (profileId: string) => void;
}

const ServicesContext = createContext<Services | null>(null);

/** Provides the database to the route containers. */
export function ServicesProvider(props: {
  services: Services | null;
  children: ComponentChildren;
}) {
  return (
    <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
  );
}

/** The services, or `null` while the database is still opening (first screen only). */
export function useOptionalServices(): Services | null {
  return useContext(ServicesContext);
}

/** The services of the running app. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider above it');
  return services;
}
