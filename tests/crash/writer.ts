/**
 * Child process for the crash-safety test: writes trips through the real
 * services in a loop until it is killed. After each committed operation it
 * prints "ok <n> <title of a trip it made, or ->" so the parent
 * knows what must survive.
 */
import { openDatabase } from '../../main/db/open';
import { createStore } from '../../main/db/store';
import { createTrip, updateTrip } from '../../main/services/trips';

async function main(): Promise<void> {
  const path = process.argv[2];
  const seed = Number(process.argv[3] ?? 1);
  if (!path) throw new Error('usage: writer DB SEED');
  const { db } = await openDatabase(path);
  const store = createStore(db);
  let n = 0;
  let rnd = seed;
  const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
  process.stdout.write('ready\n');
  for (;;) {
    const kind = next();
    const tag = `${seed}-${n}`;
    let made = '-';
    if (kind < 0.5) {
      made = `single ${tag}`;
      createTrip(store, { title: `single ${tag}`, startDate: '2025-04-24', endDate: '2025-04-25' });
    } else if (kind < 0.8) {
      // One operation of five trips: all or nothing.
      made = `batch ${tag} 0`;
      store.write(() => {
        for (let i = 0; i < 5; i++) createTrip(store, { title: `batch ${tag} ${i}`, startDate: '2025-04-24', endDate: '2025-04-24' });
      });
    } else {
      const row = db.prepare(`SELECT id, title FROM trips WHERE title NOT LIKE '%*' ORDER BY random() LIMIT 1`).get() as
        | { id: string; title: string }
        | undefined;
      if (row) updateTrip(store, { id: row.id, patch: { title: `${row.title} *` } });
    }
    n++;
    process.stdout.write(`ok ${n} ${made}\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
