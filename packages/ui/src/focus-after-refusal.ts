"use client";
import { useEffect, useRef } from "react";

/**
 * After a refused submission, move focus where the problem is: the first field marked
 * aria-invalid, else the form's alert (the message that names what went wrong). `refusal` is
 * the action's returned state when it carries a problem, undefined otherwise; each new state
 * object moves focus again, so the same mistake twice is still announced.
 */
export function useFocusAfterRefusal(refusal: object | undefined) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!refusal || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current.querySelector<HTMLElement>(".form-alert");
    target?.focus();
  }, [refusal]);
  return form;
}
