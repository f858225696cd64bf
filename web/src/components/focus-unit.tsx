import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

/** The unit the user is looking at, shown in the top bar. */
export type FocusUnit = { id: string; name: string };

type FocusState = { unit: FocusUnit | null; setUnit: (unit: FocusUnit | null) => void };
const FocusUnitContext = createContext<FocusState>({ unit: null, setUnit: () => {} });

/** Holds the unit in focus for the top bar. */
export function FocusUnitProvider({ children }: { children: ReactNode }) {
  const [unit, setUnit] = useState<FocusUnit | null>(null);
  const value = useMemo(() => ({ unit, setUnit }), [unit]);
  return <FocusUnitContext.Provider value={value}>{children}</FocusUnitContext.Provider>;
}

/** The unit in focus, if a page has set one. */
export function useFocusUnit(): FocusUnit | null {
  return useContext(FocusUnitContext).unit;
}

/** Puts a unit in focus while the calling page is shown. */
export function useSetFocusUnit(unit: FocusUnit | null) {
  const { setUnit } = useContext(FocusUnitContext);
  const id = unit?.id;
  const name = unit?.name;
  useEffect(() => {
    if (id && name) setUnit({ id, name });
  }, [id, name, setUnit]);
}
