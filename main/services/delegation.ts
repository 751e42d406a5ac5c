import type { z } from 'zod';
import type {
  hostAddSchema,
  hostPersonAddSchema,
  hostPersonUpdateSchema,
  memberAddNewSchema,
  memberAddSchema,
  memberReorderSchema,
  memberUpdateSchema,
  venueCreateSchema,
  venueUpdateSchema,
  Member,
  TripDetail,
  TripHost,
  TripHostPerson,
  Venue,
} from '../../shared/domain/delegation';
import type { Trip } from '../../shared/domain/trip';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';

// TODO(helper: delegation): implement. Stubs so the contract compiles.
const todo = (): never => {
  throw new AppError('INTERNAL', 'not implemented yet');
};
type In<S extends z.ZodType> = z.output<S>;
export function tripDetail(_store: Store, _id: string): TripDetail {
  return todo();
}
export function duplicateTrip(_store: Store, _input: { id: string; title: string; startDate: string; endDate: string }): Trip {
  return todo();
}
export function addMember(_store: Store, _input: In<typeof memberAddSchema>): Member {
  return todo();
}
export function addNewMember(_store: Store, _input: In<typeof memberAddNewSchema>): Member {
  return todo();
}
export function updateMember(_store: Store, _input: In<typeof memberUpdateSchema>): Member {
  return todo();
}
export function removeMember(_store: Store, _id: string): { id: string } {
  return todo();
}
export function restoreMember(_store: Store, _id: string): Member {
  return todo();
}
export function reorderMembers(_store: Store, _input: In<typeof memberReorderSchema>): Member[] {
  return todo();
}
export function resetMemberOrder(_store: Store, _tripId: string): Member[] {
  return todo();
}
export function addHost(_store: Store, _input: In<typeof hostAddSchema>): TripHost {
  return todo();
}
export function removeHost(_store: Store, _id: string): { id: string } {
  return todo();
}
export function addHostPerson(_store: Store, _input: In<typeof hostPersonAddSchema>): TripHostPerson {
  return todo();
}
export function updateHostPerson(_store: Store, _input: In<typeof hostPersonUpdateSchema>): TripHostPerson {
  return todo();
}
export function removeHostPerson(_store: Store, _id: string): { id: string } {
  return todo();
}
export function createVenue(_store: Store, _input: In<typeof venueCreateSchema>): Venue {
  return todo();
}
export function updateVenue(_store: Store, _input: In<typeof venueUpdateSchema>): Venue {
  return todo();
}
export function removeVenue(_store: Store, _id: string): { id: string } {
  return todo();
}
