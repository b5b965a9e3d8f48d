import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from './useListParams';

const DATE = 'YYYY-MM-DD';

export type FilterField =
  | { kind: 'search'; name: string; placeholder: string }
  | { kind: 'select'; name: string; placeholder: string; options: { value: string; label: string }[] }
  | { kind: 'date'; name: string; placeholder: string }
  | { kind: 'dateRange'; names: [string, string]; placeholder: [string, string] };

type Changes = Record<string, string | undefined>;

interface FilterBarProps {
  fields: FilterField[];
  values: Filters;
  onChange: (changes: Changes) => void;
  onReset: () => void;
}

function fieldNames(field: FilterField): string[] {
  return field.kind === 'dateRange' ? field.names : [field.name];
}

const asDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid() ? dayjs(value) : null;

function SearchFilter({
  placeholder,
  value,
  onSearch,
}: {
  placeholder: string;
  value?: string;
  onSearch: (v?: string) => void;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      className="filter-search"
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(query) => onSearch(query.trim() || undefined)}
    />
  );
}

function Filter({ field, values, onChange }: { field: FilterField; values: Filters; onChange: (c: Changes) => void }) {
  switch (field.kind) {
    case 'search':
      return (
        <SearchFilter
          placeholder={field.placeholder}
          value={values[field.name]}
          onSearch={(value) => onChange({ [field.name]: value })}
        />
      );
    case 'select':
      return (
        <Select
          className="filter-select"
          allowClear
          showSearch={field.options.length > 8}
          optionFilterProp="label"
          placeholder={field.placeholder}
          aria-label={field.placeholder}
          options={field.options}
          value={values[field.name]}
          onChange={(value?: string) => onChange({ [field.name]: value })}
        />
      );
    case 'date':
      return (
        <DatePicker
          className="filter-select"
          placeholder={field.placeholder}
          aria-label={field.placeholder}
          value={asDate(values[field.name])}
          onChange={(date) => onChange({ [field.name]: date?.format(DATE) })}
        />
      );
    case 'dateRange': {
      const [from, to] = field.names;
      return (
        <DatePicker.RangePicker
          className="filter-range"
          allowEmpty={[true, true]}
          placeholder={field.placeholder}
          value={[asDate(values[from]), asDate(values[to])]}
          onChange={(dates) => onChange({ [from]: dates?.[0]?.format(DATE), [to]: dates?.[1]?.format(DATE) })}
        />
      );
    }
  }
}

/** The filters above a list; each maps to query parameters of the list's endpoint. */
export function FilterBar({ fields, values, onChange, onReset }: FilterBarProps) {
  const { t } = useTranslation();
  const active = fields.some((field) => fieldNames(field).some((name) => values[name]));
  return (
    <Flex wrap gap={12} className="filter-bar">
      {fields.map((field) => (
        <Filter key={fieldNames(field).join('-')} field={field} values={values} onChange={onChange} />
      ))}
      {active && <Button onClick={onReset}>{t('actions.reset')}</Button>}
    </Flex>
  );
}
