/** Date and time fields in the app's language, read from what people type and paste (see shared/date-input.ts). */
export { DateField, type DateFieldProps } from './DateField';
export { TimeField, type TimeFieldProps } from './TimeField';
export { fieldFormats, type FieldFormats } from './formats';
