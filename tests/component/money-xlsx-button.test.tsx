/**
 * The money's "Excel" button (renderer/src/money/XlsxButton.tsx) over the
 * real handlers and a real database: in the desktop app the workbook goes
 * through main's save dialog and the button says where it was saved; over a
 * bridge without downloads it is fetched and offered as a download; a
 * refused export says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Desktop } from '../../main/documents';
import type { RateSetRecord } from '../../shared/money/schemas';
import { XLSX_MIME } from '../../shared/money/xlsx-ops';
import { XlsxButton } from '../../renderer/src/money';
import { tempDir } from '../helpers/db';
import { catchDownloads } from '../helpers/downloads';
import { afterTest, startHarness } from './harness';

afterEach(() => {
  vi.restoreAllMocks();
});

async function start(mode: 'electron' | 'test', desktop?: Desktop): Promise<RateSetRecord> {
  const a = (await startHarness({ mode, ...(desktop && { desktop }) })).app;
  const r = await a.dispatch('rateSets.addSample', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as RateSetRecord;
}

describe('XlsxButton', () => {
  it('saves the workbook through the desktop save dialog and says where', async () => {
    const dir = tempDir();
    afterTest(dir.cleanup);
    const asked: string[] = [];
    const desktop: Desktop = {
      chooseSaveFile: (name) => (asked.push(name), Promise.resolve(join(dir.dir, 'Tarif'))),
      chooseFolder: () => Promise.resolve(null),
      showItemInFolder: () => undefined,
    };
    const set = await start('electron', desktop);
    render(
      <XlsxButton operation="rateSets.exportXlsx" input={{ id: set.id }} label="Ekspor sebagai Excel">
        Excel
      </XlsxButton>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ekspor sebagai Excel' }));
    const path = join(dir.dir, 'Tarif.xlsx');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Tersimpan sebagai ${path}`));
    expect(asked).toEqual(['Standar Biaya 2026 Contoh - bukan tarif resmi.xlsx']);
    expect(existsSync(path)).toBe(true);
    const sheets = (await readXlsxFile(readFileSync(path))) as Array<{ sheet: string; data: unknown[][] }>;
    expect(sheets[0]?.data[0]?.slice(0, 2)).toEqual(['Nama', 'Contoh — bukan tarif resmi']);
  });

  it('downloads the workbook over a bridge without downloads (docs.fetch), then a refused export says why', async () => {
    const set = await start('test');
    const download = catchDownloads('blob:xlsx');
    const user = userEvent.setup();
    const { rerender } = render(
      <XlsxButton operation="rateSets.exportXlsx" input={{ id: set.id }}>
        Excel
      </XlsxButton>,
    );
    await user.click(screen.getByRole('button', { name: 'Excel' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Berkas Standar Biaya 2026 Contoh - bukan tarif resmi.xlsx diunduh.'));
    expect(download.fileName).toBe('Standar Biaya 2026 Contoh - bukan tarif resmi.xlsx');
    expect(download.blob?.type).toBe(XLSX_MIME);

    // A trip that is not there: the error's own text, and the button usable again.
    rerender(
      <XlsxButton operation="costSheet.exportXlsx" input={{ tripId: '0190f5a2-0000-7000-8000-000000000000' }}>
        Excel
      </XlsxButton>,
    );
    await user.click(screen.getByRole('button', { name: 'Excel' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toContain('diunduh'));
    expect(screen.getByRole('status').textContent).toMatch(/\S/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Excel' }).disabled).toBe(false);
  });
});
