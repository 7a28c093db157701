import { useState } from 'react';
import type { FormFeedback } from './FormFeedback';

/** A form's values; `set(key)` is the onValue of a field, which also clears the field's old error. */
export function useFormValues<V extends object>(feedback: FormFeedback, initial: () => V) {
  const [values, setValues] = useState<V>(initial);
  const set =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      feedback.clear(key);
      setValues((v) => ({ ...v, [key]: value }));
    };
  return { values, setValues, set };
}
