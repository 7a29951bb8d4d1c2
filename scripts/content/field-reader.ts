/** Typed reads from parsed YAML that report each problem with its field path and line. */
import { isIsoDate } from '../../src/domain/shared/iso-date';
import { NATIONS, ROLES, isNation, isRole, type Nation, type Role } from '../../src/domain/shared/audience';
import type { Source } from '../../src/content/model';
import type { ErrorSink } from './content-error';
import type { Path, YamlSource } from './yaml-source';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Bodies whose pages count as an official source for a guide. */
const OFFICIAL_HOSTS = [
  /(^|\.)gov\.uk$/, /(^|\.)gov\.scot$/, /^mygov\.scot$/, /(^|\.)gov\.wales$/, /(^|\.)senedd\.wales$/,
  /(^|\.)acas\.org\.uk$/, /(^|\.)lra\.org\.uk$/, /(^|\.)nibusinessinfo\.co\.uk$/, /(^|\.)socialcare\.wales$/,
  /(^|\.)sssc\.uk\.com$/, /(^|\.)niscc\.info$/, /(^|\.)supremecourt\.uk$/, /(^|\.)parliament\.uk$/,
  /(^|\.)equalityhumanrights\.com$/, /(^|\.)equalityni\.org$/, /(^|\.)cqc\.org\.uk$/, /(^|\.)hseni\.gov\.uk$/,
  /(^|\.)careinspectorate\.com$/, /(^|\.)rqia\.org\.uk$/, /(^|\.)ilf\.scot$/,
];

export function isOfficialUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return OFFICIAL_HOSTS.some((pattern) => pattern.test(host));
  } catch {
    return false;
  }
}

export class FieldReader {
  constructor(
    readonly source: YamlSource,
    readonly sink: ErrorSink,
  ) {}

  private at(path: Path): unknown {
    let current: unknown = this.source.data;
    for (const step of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[step];
    }
    return current;
  }

  fail(path: Path, reason: string): void {
    this.sink.add(reason, { line: this.source.lineOf(path), field: path.join('.') || undefined });
  }

  has(path: Path): boolean {
    return this.at(path) !== undefined && this.at(path) !== null;
  }

  rootObject(): boolean {
    const value = this.source.data;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail([], 'the file must be a YAML mapping (key: value lines)');
      return false;
    }
    return true;
  }

  onlyKeys(path: Path, allowed: readonly string[]): void {
    const value = this.at(path);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail([...path, key], `unknown field "${key}" (allowed: ${allowed.join(', ')})`);
    }
  }

  string(path: Path, options: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.at(path);
    if (value === undefined || value === null || value === '') {
      if (options.required !== false) this.fail(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(path, `must be text (found ${typeof value})`);
      return undefined;
    }
    if (options.maxLength && value.length > options.maxLength) {
      this.fail(path, `is ${value.length} characters; keep it under ${options.maxLength}`);
    }
    return value;
  }

  id(path: Path, expected?: string): string | undefined {
    const value = this.string(path);
    if (value === undefined) return undefined;
    if (!ID_PATTERN.test(value)) {
      this.fail(path, `"${value}" is not a valid id: use lower-case letters, digits and single hyphens`);
      return undefined;
    }
    if (expected !== undefined && value !== expected) this.fail(path, `id "${value}" must match the file name "${expected}"`);
    return value;
  }

  date(path: Path): string | undefined {
    const raw = this.at(path);
    // YAML turns an unquoted 2026-11-23 into a Date; accept it and normalise.
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    if (value === undefined || value === null) {
      this.fail(path, 'is required (a date written YYYY-MM-DD)');
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.fail(path, `"${String(value)}" is not a real date written YYYY-MM-DD`);
      return undefined;
    }
    return value;
  }

  boolean(path: Path, fallback: boolean): boolean {
    const value = this.at(path);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, 'must be true or false');
      return fallback;
    }
    return value;
  }

  list(path: Path, options: { required?: boolean; min?: number } = {}): unknown[] {
    const value = this.at(path);
    if (value === undefined || value === null) {
      if (options.required !== false) this.fail(path, 'is required (a list)');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (options.min !== undefined && value.length < options.min) this.fail(path, `needs at least ${options.min} entries`);
    return value;
  }

  oneOf<T extends string>(path: Path, allowed: readonly T[], options: { required?: boolean } = {}): T | undefined {
    const value = this.at(path);
    if (value === undefined || value === null) {
      if (options.required !== false) this.fail(path, `is required (one of ${allowed.join(', ')})`);
      return undefined;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(path, `"${String(value)}" is not allowed (use one of ${allowed.join(', ')})`);
      return undefined;
    }
    return value as T;
  }

  nations(path: Path, options: { required?: boolean } = {}): Nation[] | undefined {
    if (!this.has(path) && options.required === false) return undefined;
    const values = this.list(path, { min: 1 });
    const bad = values.filter((v) => !isNation(v));
    if (bad.length) this.fail(path, `unknown nation ${bad.map(String).join(', ')} (use ${NATIONS.join(', ')})`);
    return values.filter(isNation);
  }

  roles(path: Path, options: { required?: boolean } = {}): Role[] | undefined {
    if (!this.has(path) && options.required === false) return undefined;
    const values = this.list(path, { min: 1 });
    const bad = values.filter((v) => !isRole(v));
    if (bad.length) this.fail(path, `unknown role ${bad.map(String).join(', ')} (use ${ROLES.join(', ')})`);
    return values.filter(isRole);
  }

  sources(path: Path, options: { minOfficial: number }): Source[] {
    const values = this.list(path, { required: options.minOfficial > 0 });
    const out: Source[] = [];
    values.forEach((_value, index) => {
      this.onlyKeys([...path, index], ['title', 'url']);
      const title = this.string([...path, index, 'title']);
      const url = this.string([...path, index, 'url']);
      if (url !== undefined && !/^https:\/\/[^\s]+$/.test(url)) this.fail([...path, index, 'url'], `"${url}" must be an https:// address`);
      if (title !== undefined && url !== undefined) out.push({ title, url });
    });
    const official = out.filter((s) => isOfficialUrl(s.url)).length;
    if (official < options.minOfficial) {
      this.fail(path, `needs at least ${options.minOfficial} official source (gov.uk, legislation.gov.uk, hse.gov.uk, acas.org.uk, nidirect.gov.uk, mygov.scot, gov.wales…)`);
    }
    return out;
  }

  /** The guide link form used by checklists and the glossary: `guide-id` or `guide-id#section`. */
  guideRef(path: Path): { id: string; section?: string } | undefined {
    const value = this.string(path, { required: false });
    if (value === undefined) return undefined;
    const match = /^([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(value);
    if (!match) {
      this.fail(path, `"${value}" must be a guide id, optionally with #section`);
      return undefined;
    }
    return match[2] ? { id: match[1]!, section: match[2] } : { id: match[1]! };
  }
}
