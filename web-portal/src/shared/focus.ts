import { useCallback } from 'react';

/**
 * A callback ref for an element (with tabIndex -1) that takes the focus once `focus` is true and
 * the element is there: for what replaces the control the user just used, so the focus is not
 * lost. It may appear after `focus` turned true (when the new server state arrives).
 */
export function useFocusOnMount<T extends HTMLElement>(focus: boolean) {
  return useCallback(
    (element: T | null) => {
      if (focus && element !== null) {
        element.focus();
      }
    },
    [focus],
  );
}
