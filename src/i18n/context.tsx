import type { i18n, TFunction } from 'i18next';
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from './languages';

interface TranslationContextValue {
  t: TFunction;
  language: Language;
  instance: i18n;
}

const TranslationContext = createContext<TranslationContextValue | null>(null);

/** Gives every component below it the translator of the current language. */
export function TranslationProvider(props: {
  instance: i18n;
  language: Language;
  children: ComponentChildren;
}) {
  // A new value object per language makes every translated component re-render on a switch.
  const value = {
    t: props.instance.getFixedT(props.language),
    language: props.language,
    instance: props.instance,
  };
  return <TranslationContext.Provider value={value}>{props.children}</TranslationContext.Provider>;
}

/** The translator and the current interface language. */
export function useTranslation(): TranslationContextValue {
  const value = useContext(TranslationContext);
  if (!value) throw new Error('useTranslation needs a TranslationProvider above it');
  return value;
}
