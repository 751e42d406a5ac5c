import { AppError } from '../../shared/result';

/** A database written by a newer Rombongan: refused, never touched. */
export class DatabaseTooNewError extends AppError {
  readonly fileVersion: number;
  readonly appVersion: number;
  constructor(path: string, fileVersion: number, appVersion: number) {
    super(
      'DB_TOO_NEW',
      `The database ${path} was written by a newer version of Rombongan (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'It was left untouched. Update Rombongan to open it.',
      { key: 'errors.DB_TOO_NEW', params: { fileVersion, appVersion } },
    );
    this.name = 'DatabaseTooNewError';
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}
