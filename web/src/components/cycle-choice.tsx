import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

const STORAGE_KEY = 'mandate.cycle';

type CycleChoice = { cycleId: string | null; setCycleId: (id: string) => void };
const CycleChoiceContext = createContext<CycleChoice>({ cycleId: null, setCycleId: () => {} });

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Holds the cycle picked in the top bar, remembered across visits in localStorage. */
export function CycleChoiceProvider({ children }: { children: ReactNode }) {
  const [cycleId, setState] = useState<string | null>(stored);
  const setCycleId = useCallback((id: string) => {
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setState(id);
  }, []);
  const value = useMemo(() => ({ cycleId, setCycleId }), [cycleId, setCycleId]);
  return <CycleChoiceContext.Provider value={value}>{children}</CycleChoiceContext.Provider>;
}

/** The picked cycle id (maybe stale or null: resolve it against the cycles list) and its setter. */
export function useCycleChoice(): CycleChoice {
  return useContext(CycleChoiceContext);
}
