import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_DISPLAY, type DisplaySettings } from '../domain/display';

const DisplayContext = createContext<DisplaySettings>(DEFAULT_DISPLAY);

/** Gives components the display settings of this device (read-aloud speed among them). */
export function DisplayProvider(props: { value: DisplaySettings; children: ComponentChildren }) {
  return <DisplayContext.Provider value={props.value}>{props.children}</DisplayContext.Provider>;
}

/** The display settings of this device. */
export function useDisplay(): DisplaySettings {
  return useContext(DisplayContext);
}
