import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { regionByCode, searchRegions, type Region, type RegionLevel } from '../../../shared/regions';
import { Combobox } from './Combobox';
import { CloseButton } from './CloseButton';

export interface RegionPickerProps {
  /** id of the input, for its <label htmlFor>. */
  id: string;
  /** Kemendagri code ("35.73"), '' for none. */
  value: string;
  /** A region was picked, or cleared ('' and undefined). */
  onChange: (code: string, region: Region | undefined) => void;
  /** Offer only these levels (e.g. ['kabupaten', 'kota'] for destinations); all by default. */
  levels?: readonly RegionLevel[];
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** "Kota Malang — Jawa Timur · WIB"; a province: "Jawa Timur — Provinsi · WIB". */
export function regionLabel(r: Region, t: TFunction): string {
  const where = r.level === 'provinsi' ? t('people.regionPicker.province') : r.provinceName;
  return `${r.name} — ${where} · ${r.zoneLabel}`;
}

/**
 * Picks a province or regency/city from the Kemendagri list by name or code
 * ("malang" → Kota Malang, Kabupaten Malang; "35.73" → Kota Malang), showing
 * its province and time zone. Works offline: the list ships with the app.
 */
export function RegionPicker({ id, value, onChange, levels, invalid, describedBy, placeholder, disabled, autoFocus }: RegionPickerProps) {
  const { t } = useTranslation();
  const selected = value ? regionByCode(value) : undefined;
  const selectedText = selected ? regionLabel(selected, t) : value;
  // null: not typing, the input shows the chosen region.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedText;

  const items = useMemo(() => {
    if (typed === null || typed.trim() === '') return [];
    const found = searchRegions(typed, levels ? 60 : 20);
    return (levels ? found.filter((r) => levels.includes(r.level)) : found).slice(0, 20);
  }, [typed, levels]);

  return (
    <Combobox<Region>
      id={id}
      value={text}
      onValueChange={setTyped}
      items={items}
      itemKey={(r) => r.code}
      renderItem={(r) => (
        <>
          <span className="combo-main">{r.name}</span>
          <span className="combo-meta">
            {r.level === 'provinsi' ? t('people.regionPicker.province') : r.provinceName} · {r.zoneLabel} · {r.code}
          </span>
        </>
      )}
      onPick={(r) => {
        setTyped(null);
        onChange(r.code, r);
      }}
      emptyText={typed !== null && typed.trim() !== '' ? t('people.regionPicker.none') : undefined}
      placeholder={placeholder ?? t('people.regionPicker.placeholder')}
      invalid={invalid}
      describedBy={describedBy}
      disabled={disabled}
      autoFocus={autoFocus}
      onBlur={() => {
        // Emptied and left: no region. Otherwise the input shows the chosen one again.
        if (typed !== null && typed.trim() === '' && value !== '') onChange('', undefined);
        setTyped(null);
      }}
      trailing={
        value && !disabled ? (
          <CloseButton
            className="icon-btn combo-clear"
            size={14}
            label={t('people.regionPicker.clear')}
            onClick={() => {
              setTyped(null);
              onChange('', undefined);
            }}
          />
        ) : null
      }
    />
  );
}
