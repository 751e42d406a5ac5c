export { useForm, isStale, useAction, schemaErrors, sameValue, formKeys, fieldAt, valueAt, withValueAt, type Form, type FieldErrors, type Problems, type SubmitSpec, type UseFormOptions } from './useForm';
export { FormField, FieldError, FormError } from './FormField';
export { FormFooter, FormSaveActions, SaveActions, type SavingForm } from './FormFooter';
export { FormDialog, type DialogForm } from './FormDialog';
export { FormInput, FormTextarea, FormSelect, FormDate, FormTime } from './fields';
export { errorText, issueError } from '../../i18n/errors';
export { useEndFollowsStart, type DateRange } from './useEndFollowsStart';
