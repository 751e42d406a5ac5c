import type { CommandsResources } from './commands.id';

/** English texts of the keyboard commands: same keys as commands.id.ts. */
const commandsEn: CommandsResources = {
  open: 'Keyboard shortcuts',
  title: 'Keyboard shortcuts',
  lead: 'The shortcuts that work on this screen. Keys on table rows and inside forms are not listed here.',
  columns: {
    action: 'Action',
    keys: 'Keys',
  },
  or: 'or',
  contexts: {
    global: 'General',
    trip: 'Trip page',
    trips: 'Trips',
    directory: {
      people: 'Directory: people',
      institutions: 'Directory: institutions',
    },
    trash: 'Trash',
    rates: 'Rate sets',
  },
  labels: {
    help: 'Show keyboard shortcuts',
    undo: 'Undo the last deletion (while its notification shows)',
    editTrip: 'Edit this trip’s details',
    newTrip: 'New trip (from any screen)',
    search: 'Go to the search box',
  },
};

export default commandsEn;
