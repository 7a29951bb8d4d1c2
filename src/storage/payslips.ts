import { readRow, readRows } from './crypto/sealing';
import { putPersonal, updatePersonal } from './personal-writes';
import type { Payslip } from './records';
import { getStorageEnvironment } from './storage-environment';
import { usePersonalQuery, type LockableLoadable } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export type PayslipInput = Omit<Payslip, 'id' | 'createdAt' | 'updatedAt'>;

function cleanPayslip(input: PayslipInput): PayslipInput {
  return {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    employer: input.employer.trim(),
    grossPence: input.grossPence,
    taxAndPensionPence: input.taxAndPensionPence,
    employerDeductionsPence: input.employerDeductionsPence,
    note: input.note.trim(),
  };
}

export function createPayslip(input: PayslipInput): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const payslip: Payslip = { id: env.newId(), ...cleanPayslip(input), createdAt: now, updatedAt: now };
      await putPersonal(db, 'payslips', [payslip], { mode: 'add' });
      return { id: payslip.id };
    },
    { savesUserData: true },
  );
}

export function updatePayslip(id: string, input: PayslipInput): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const now = getStorageEnvironment().now();
      await updatePersonal<Payslip, 'payslips'>(db, 'payslips', id, (payslip) => ({ ...payslip, ...cleanPayslip(input), updatedAt: now }));
      return {};
    },
    { savesUserData: true },
  );
}

/** The draft of the form changing this payslip; deleted with the payslip. */
export function payslipDraftKey(id: string): string {
  return `diary:payslip:${id}`;
}

/** Removes the payslip and any unsaved changes to it, together. */
export function deletePayslip(id: string): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.payslips, db.drafts, async () => {
        await db.drafts.delete(payslipDraftKey(id));
        await db.payslips.delete(id);
        return {};
      }),
    { savesUserData: false },
  );
}

export interface PayslipList {
  payslips: Payslip[];
  total: number;
}

/** The latest pay periods first. */
export function usePayslips(limit: number): LockableLoadable<PayslipList> {
  return usePersonalQuery(
    async (db) => {
      const [stored, total] = await Promise.all([db.payslips.orderBy('periodEnd').reverse().limit(limit).toArray(), db.payslips.count()]);
      return { payslips: await readRows<Payslip, 'payslips'>('payslips', stored), total };
    },
    [limit],
    { payslips: [], total: 0 },
  );
}

export function usePayslip(id: string): LockableLoadable<Payslip | null> {
  return usePersonalQuery(
    async (db) => {
      const stored = await db.payslips.get(id);
      return stored ? readRow<Payslip, 'payslips'>('payslips', stored) : null;
    },
    [id],
    null,
  );
}
