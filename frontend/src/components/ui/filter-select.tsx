import Form from 'react-bootstrap/Form';

type FilterSelectProps = {
  /** What the select filters by (its accessible name). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, with an empty value: e.g. "All statuses". */
  allLabel: string;
  options: readonly { value: string; label: string }[];
};

/** A list filter: changing it asks the API at once. */
export function FilterSelect({ label, value, onChange, allLabel, options }: FilterSelectProps) {
  return (
    <Form.Select
      aria-label={label}
      value={value}
      className="w-auto mw-100"
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Form.Select>
  );
}
