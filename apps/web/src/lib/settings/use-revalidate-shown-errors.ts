import { useEffect } from 'react';
import { get, type FieldValues, type UseFormReturn } from 'react-hook-form';

/**
 * "Reward early, punish late": a control is first checked when it loses focus (mode `onBlur`), and a
 * control that shows an error is checked again on every change, so "Fill in this field" goes the moment
 * the field is filled, whether or not it ever had focus (a browser's autofill, a test's select, a row
 * the list itself checked).
 */
export function useRevalidateShownErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, T>, 'watch' | 'trigger' | 'formState'>,
) {
  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      if (type !== 'change' || !name) return;
      if (get(form.formState.errors, name)) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}
