import { AuditJson } from './audit-entry';

// Never in an audit trail, whatever a mutation's input calls them: the trail is kept for years and read by people.
const SECRET_KEY =
  /pass(word|phrase)?$|secret|token|credential|api[-_]?key|private[-_]?key|authori[sz]ation|cookie/i;
const MAX_STRING = 500;
const MAX_ITEMS = 50;
const MAX_DEPTH = 5;

export const REDACTED = '[redacted]';

/**
 * What the trail keeps of a change: JSON only, secrets redacted by their key, long text cut (a vacancy description
 * can be 10,000 characters; the trail says it changed, not what it says), and bounded depth and length.
 */
export function auditableChanges(value: unknown, depth = 0): AuditJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return truncate(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => auditableChanges(item, depth + 1));
  if (typeof value === 'object') {
    const kept: { [key: string]: AuditJson } = {};
    for (const [key, field] of Object.entries(value).slice(0, MAX_ITEMS)) {
      if (field === undefined || typeof field === 'function') continue;
      kept[key] = SECRET_KEY.test(key) ? REDACTED : auditableChanges(field, depth + 1);
    }
    return kept;
  }
  return null;
}

function truncate(text: string): string {
  if (text.length <= MAX_STRING) return text;
  return `${text.slice(0, MAX_STRING)}… [${text.length - MAX_STRING} more characters]`;
}

/** The change a creation makes: nothing before, the given fields after. */
export function createdRecord(after: object): { before: null; after: object } {
  return { before: null, after: { ...after } };
}

/** The change an update makes: only the fields whose value differs, each before and after. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}
