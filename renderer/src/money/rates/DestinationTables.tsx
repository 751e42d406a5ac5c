import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Sen } from '../../../../shared/money/rupiah';
import type { RateSet } from '../../../../shared/money/schemas';
import { FARE_MODES, TRAVEL_KINDS } from '../../../../shared/money/vocabulary';
import { TabList } from '../../components/TabList';
import { SpacerRow, usePageWindow, WINDOW_AFTER } from '../../lib/windowed';
import { amountText, fold, regionName } from './format';

/*
 * The rate tables of a set, read-only, as a Perbup's lampiran prints them:
 * one tab per table, a row per destination (and kind of travel, or fare
 * mode), a column per kind or level. Up to 600 destinations: a filter by
 * region name or code, and the rows windowed past a screenful or two.
 */

const TABS = ['daily', 'hotel', 'representation', 'transport', 'vehicleHire', 'fares'] as const;
type Tab = (typeof TABS)[number];

interface TableRow {
  key: string;
  regionCode: string;
  /** Text columns after the region (kind of travel, fare mode and basis). */
  sub: string[];
  cells: Array<Sen | null | undefined>;
}

interface TableShape {
  subHeads: string[];
  heads: string[];
  /** Amount columns named by level code (a level's label is its title). */
  levelHeads: boolean;
  rows: TableRow[];
}

const hasKeys = (o: object | undefined) => !!o && Object.keys(o).length > 0;

function shapeOf(tab: Tab, set: RateSet, t: TFunction): TableShape {
  const codes = set.levels.map((l) => l.code);
  const byLevel = (amounts: Readonly<Record<string, Sen>>) => codes.map((c) => amounts[c]);
  const ds = set.destinations;
  switch (tab) {
    case 'daily':
      return {
        subHeads: [],
        heads: TRAVEL_KINDS.map((k) => t(`rates.tables.kinds.${k}`)),
        levelHeads: false,
        rows: ds.filter((d) => hasKeys(d.dailyAllowance)).map((d) => ({ key: d.regionCode, regionCode: d.regionCode, sub: [], cells: TRAVEL_KINDS.map((k) => d.dailyAllowance[k]) })),
      };
    case 'hotel':
    case 'vehicleHire':
      return {
        subHeads: [],
        heads: codes,
        levelHeads: true,
        rows: ds.filter((d) => hasKeys(d[tab])).map((d) => ({ key: d.regionCode, regionCode: d.regionCode, sub: [], cells: byLevel(d[tab]) })),
      };
    case 'representation':
      return {
        subHeads: [t('rates.tables.kind')],
        heads: codes,
        levelHeads: true,
        rows: ds.flatMap((d) =>
          TRAVEL_KINDS.flatMap((k) => {
            const table = d.representation[k];
            return table ? [{ key: `${d.regionCode}|${k}`, regionCode: d.regionCode, sub: [t(`rates.tables.kinds.${k}`)], cells: byLevel(table) }] : [];
          }),
        ),
      };
    case 'transport':
      return {
        subHeads: [],
        heads: [t('rates.tables.taxi'), t('rates.tables.localTransport')],
        levelHeads: false,
        rows: ds.filter((d) => d.taxi !== null || d.localTransport !== null).map((d) => ({ key: d.regionCode, regionCode: d.regionCode, sub: [], cells: [d.taxi, d.localTransport] })),
      };
    case 'fares':
      return {
        subHeads: [t('rates.tables.mode'), t('rates.tables.basis')],
        heads: codes,
        levelHeads: true,
        rows: ds.flatMap((d) =>
          FARE_MODES.flatMap((m) => {
            const fare = d.fares[m];
            return fare ? [{ key: `${d.regionCode}|${m}`, regionCode: d.regionCode, sub: [t(`rates.tables.modes.${m}`), t(`rates.tables.bases.${fare.basis}`)], cells: byLevel(fare.ceilings) }] : [];
          }),
        ),
      };
  }
}

/** Has this table a figure anywhere in the set? The two main tables always show. */
const tabHasData = (tab: Tab, set: RateSet, t: TFunction) => tab === 'daily' || tab === 'hotel' || shapeOf(tab, set, t).rows.length > 0;

const ROW_ESTIMATE = 41;

export function DestinationTables({ set }: { set: RateSet }) {
  const { t } = useTranslation();
  const uid = useId();
  const tabs = useMemo(() => TABS.filter((x) => tabHasData(x, set, t)), [set, t]);
  const [tab, setTab] = useState<Tab>('daily');
  const [query, setQuery] = useState('');
  const shape = useMemo(() => shapeOf(tab, set, t), [tab, set, t]);
  const q = fold(query);
  const rows = useMemo(
    () => (q === '' ? shape.rows : shape.rows.filter((r) => r.regionCode.startsWith(q) || fold(regionName(r.regionCode)).includes(q))),
    [shape, q],
  );
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const win = usePageWindow({ keys, estimateSize: () => ROW_ESTIMATE, windowed: rows.length > WINDOW_AFTER });
  const columns = 1 + shape.subHeads.length + shape.heads.length;
  const levelTitle = (code: string) => set.levels.find((l) => l.code === code)?.label ?? code;

  return (
    <div className="rates-tables">
      <div className="rates-tables-bar">
        <TabList
          tabs={tabs}
          selected={tab}
          onSelect={setTab}
          label={t('rates.tables.label')}
          className="dir-tabs rates-tabs"
          tabId={(x) => `${uid}-tab-${x}`}
          panelId={(x) => `${uid}-panel-${x}`}
        >
          {(x) => t(`rates.tables.tabs.${x}`)}
        </TabList>
        <div className="rates-filter">
          <label htmlFor={`${uid}-filter`} className="visually-hidden">
            {t('rates.tables.filter')}
          </label>
          <input
            id={`${uid}-filter`}
            type="search"
            className="input"
            placeholder={t('rates.tables.filterPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query !== '') {
                e.stopPropagation();
                setQuery('');
              }
            }}
          />
        </div>
      </div>
      <div role="tabpanel" id={`${uid}-panel-${tab}`} aria-labelledby={`${uid}-tab-${tab}`} className="rates-panel">
        <p className="field-hint">
          {t(`rates.tables.hints.${tab}`)}
          {q !== '' && ` ${t('rates.tables.shown', { shown: rows.length, total: shape.rows.length })}`}
        </p>
        {shape.rows.length === 0 ? (
          <p className="muted">{t('rates.tables.empty')}</p>
        ) : rows.length === 0 ? (
          <p className="muted">
            {t('rates.tables.noMatch', { query })}{' '}
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setQuery('')}>
              {t('rates.tables.clear')}
            </button>
          </p>
        ) : (
          <div className="table-wrap rates-table-wrap">
            <table className="data-table rates-table">
              <thead>
                <tr>
                  <th scope="col">{t('rates.tables.region')}</th>
                  {shape.subHeads.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                  {shape.heads.map((h) => (
                    <th key={h} scope="col" className="num" title={shape.levelHeads ? levelTitle(h) : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody {...win.listProps}>
                {win.rows.map(({ index, key, before }) => {
                  const r = rows[index];
                  if (!r) return null;
                  return (
                    <Fragment key={key}>
                      <SpacerRow size={before} columns={columns} />
                      <tr data-index={index} ref={win.rowRef} data-region={r.regionCode}>
                        <th scope="row" className="rates-region">
                          {regionName(r.regionCode)} <span className="rates-region-code">{r.regionCode}</span>
                        </th>
                        {r.sub.map((s, i) => (
                          <td key={i} className={i === 1 ? 'rates-basis-cell' : undefined}>
                            {s}
                          </td>
                        ))}
                        {r.cells.map((c, i) => (
                          <td key={i} className={`num${c === undefined || c === null ? ' is-empty' : ''}`}>
                            {amountText(c)}
                          </td>
                        ))}
                      </tr>
                    </Fragment>
                  );
                })}
                <SpacerRow size={win.after} columns={columns} />
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
