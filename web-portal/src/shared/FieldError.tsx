interface Props {
  id: string;
  message: string | undefined;
}

/**
 * The API's message for one field, next to it. The control names it in `aria-describedby` and
 * sets `aria-invalid`, so a screen reader reads it with the field.
 */
export function FieldError({ id, message }: Props) {
  if (message === undefined) {
    return null;
  }
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/** The ids a control is described by: its help text and its error, when there are any. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
