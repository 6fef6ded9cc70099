import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { useI18n } from '../../i18n/context';
import { describedBy, FieldError } from '../../shared/FieldError';

interface LabelProps {
  label: string;
  /** Shown after the label: the field may stay empty. */
  optional?: boolean;
}

function LabelText({ label, optional }: LabelProps) {
  const { t } = useI18n();
  return (
    <>
      {label}
      {optional && (
        <>
          {' '}
          <span className="optional">{t.form.optional}</span>
        </>
      )}
    </>
  );
}

interface TextFieldProps extends LabelProps {
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  /** The API's message for this field. */
  error?: string;
  required?: boolean;
  pattern?: string;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  autoComplete?: string;
  /** A textarea of this many rows instead of one line. */
  rows?: number;
  /** A message for the browser's own validation, when the value is not acceptable. */
  invalidMessage?: string;
}

/** One labelled text control with its help text and the API's error next to it. */
export function TextField({
  label,
  optional,
  value,
  onChange,
  help,
  error,
  required,
  pattern,
  maxLength,
  inputMode,
  autoComplete,
  rows,
  invalidMessage,
}: TextFieldProps) {
  const id = useId();
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    control.current?.setCustomValidity(invalidMessage ?? '');
  }, [invalidMessage]);

  const props = {
    id,
    ref: control,
    value,
    required,
    maxLength,
    'aria-invalid': error !== undefined || undefined,
    'aria-describedby': describedBy(help !== undefined && `${id}-help`, error && `${id}-error`),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      {help !== undefined && (
        <div id={`${id}-help`} className="help">
          {help}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      {rows === undefined ? (
        <input
          {...props}
          type="text"
          pattern={pattern}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea {...props} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

interface SelectFieldProps extends LabelProps {
  value: string;
  onChange: (value: string) => void;
  /** The first, empty option ("Kies …"). */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  help?: ReactNode;
  error?: string;
  required?: boolean;
}

export function SelectField({
  label,
  optional,
  value,
  onChange,
  placeholder,
  options,
  help,
  error,
  required,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      {help !== undefined && (
        <div id={`${id}-help`} className="help">
          {help}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(help !== undefined && `${id}-help`, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const OTHER = '__other__';

interface ChoiceOrOtherProps extends LabelProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** The known choices (empty while they load); undefined: only the free text field. */
  options: readonly { value: string; label: string }[] | undefined;
  otherOption: string;
  otherLabel: string;
  otherHelp?: ReactNode;
  otherPattern: string;
  otherInputMode?: 'text' | 'numeric';
  /** Applied to what is typed in the free text field, e.g. lower case. */
  normalize?: (text: string) => string;
  help?: ReactNode;
  error?: string;
  required?: boolean;
}

/** A select of the known choices, and a text field for any other (or when none are known). */
export function ChoiceOrOther({
  value,
  onChange,
  options,
  otherOption,
  otherLabel,
  otherHelp,
  otherPattern,
  otherInputMode,
  normalize = (text) => text,
  ...select
}: ChoiceOrOtherProps) {
  const known = options !== undefined && options.some((option) => option.value === value);
  // Once "other" is chosen the text field stays, also while what is typed matches a choice.
  const [otherChosen, setOtherChosen] = useState(false);
  const other = otherChosen || (!known && value !== '');
  const text = (
    <TextField
      label={options === undefined ? select.label : otherLabel}
      optional={select.optional}
      value={value}
      onChange={(typed) => onChange(normalize(typed))}
      help={options === undefined ? select.help : otherHelp}
      error={select.error}
      required={select.required}
      pattern={otherPattern}
      maxLength={60}
      inputMode={otherInputMode}
    />
  );
  if (options === undefined) {
    return text;
  }
  return (
    <>
      <SelectField
        {...select}
        error={other ? undefined : select.error}
        value={other ? OTHER : known ? value : ''}
        options={[...options, { value: OTHER, label: otherOption }]}
        onChange={(chosen) => {
          setOtherChosen(chosen === OTHER);
          onChange(chosen === OTHER ? '' : chosen);
        }}
      />
      {other && text}
    </>
  );
}

interface YesNoProps {
  legend: string;
  help?: ReactNode;
  value: boolean | null;
  onChange: (value: boolean) => void;
  error?: string;
  required?: boolean;
}

/** A yes/no question as a group of two radio buttons. */
export function YesNo({ legend, help, value, onChange, error, required }: YesNoProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset
      className="choice"
      aria-describedby={describedBy(help !== undefined && `${id}-help`, error && `${id}-error`)}
    >
      <legend>{legend}</legend>
      {help !== undefined && (
        <div id={`${id}-help`} className="help">
          {help}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <div className="inline-options">
        {[true, false].map((answer) => (
          <label key={String(answer)} className="option">
            <input
              type="radio"
              name={id}
              checked={value === answer}
              required={required}
              onChange={() => onChange(answer)}
            />{' '}
            {answer ? t.form.yes : t.form.no}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
