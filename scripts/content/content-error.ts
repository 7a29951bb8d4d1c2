/** One problem found in a content file: where it is and what to do about it. */
export interface ContentError {
  file: string;
  line?: number;
  field?: string;
  reason: string;
}

export function formatContentError(error: ContentError): string {
  const where = error.line ? `${error.file}:${error.line}` : error.file;
  const field = error.field ? ` [${error.field}]` : '';
  return `${where}${field}: ${error.reason}`;
}

/** Collects errors for one file so each check can report with the file name filled in. */
export class ErrorSink {
  readonly errors: ContentError[] = [];
  constructor(readonly file: string) {}

  add(reason: string, where: { line?: number; field?: string } = {}): void {
    this.errors.push({ file: this.file, ...where, reason });
  }
}
