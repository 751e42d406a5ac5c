import type { QuotesResources } from './i18n-quotes.id';

/** English texts of the Kutipan (quotes) panel: same keys as quotes.id.ts. */
const quotesEn: QuotesResources = {
  heading: 'Quotes',
  intro: 'Words of the delegation and of the host officials, exactly as recorded, for the press release to quote.',
  empty: 'A press release quotes only words recorded here. There are no quotes yet.',
  loadError: 'The quotes could not be loaded.',
  caption: 'Quotes of this trip',
  count_one: '{{count}} quote',
  count_other: '{{count}} quotes',
  add: 'Add a quote',
  addTitle: 'New quote',
  editTitle: 'Edit the quote of {{name}}',
  edit: 'Edit the quote of {{name}}',
  remove: 'Remove the quote of {{name}}',
  create: 'Save quote',
  save: 'Save',
  keysHint: 'Enter saves (Ctrl+Enter in the words box), Esc cancels.',
  created: 'Quote of {{name}} recorded.',
  updated: 'Quote of {{name}} saved.',
  removed: 'Quote of {{name}} removed.',
  restored: 'Quote of {{name}} restored.',
  unchanged: 'Nothing changed.',
  formError: 'Check the marked fields.',
  quoted: '“{{words}}”',
  learning: 'Learning: {{topic}}',
  agendaItem: 'Agenda: {{title}}',
  noPlaceOrDay: 'Place and day not recorded',
  goneSpeaker: '{{name}} (no longer on the trip)',
  fields: {
    speakerPersonId: 'Speaker',
    words: 'Words',
    saidOn: 'Day',
    place: 'Place',
    learningId: 'Learning',
    agendaItemId: 'Agenda item',
  },
  options: {
    chooseSpeaker: 'Choose the speaker…',
    members: 'Delegation',
    hostPeople: 'Hosts',
    noLearning: 'No learning',
    noAgendaItem: 'No agenda item',
  },
  hints: {
    speakerPersonId: 'Only members of the delegation and host officials of this trip.',
    words: 'Write them exactly as they were said, without quotation marks.',
    saidOn: 'Follows the day of the chosen agenda item; leave empty when not known.',
    place: 'e.g. at the meeting room of Malang City Hall',
    noSpeakers: 'This trip has no delegation members or host officials yet. Add them first, then record what they said.',
  },
  validation: {
    speakerRequired: 'Choose who said it.',
  },
  errors: {
    speakerNotOfTrip: 'The speaker is not a member of the delegation or a host official of this trip. A press release quotes only people of this trip.',
    learningNotOfTrip: 'This learning is not of this trip. Choose another.',
    agendaItemNotOfTrip: 'This agenda item is not of this trip. Choose another.',
    notFound: 'The quote was not found. It may have been removed.',
  },
};

export default quotesEn;
