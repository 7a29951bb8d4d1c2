import type { RouteObject } from 'react-router';

/** A PA's work diary: shifts, payslips and holiday, kept on this device only. */
export const routes: RouteObject[] = [
  { path: 'diary', lazy: () => import('./diary-page').then((m) => ({ Component: m.DiaryPage })) },
  { path: 'diary/shifts/new', lazy: () => import('./shift-page').then((m) => ({ Component: m.NewShiftPage })) },
  { path: 'diary/shifts/:shiftId', lazy: () => import('./shift-page').then((m) => ({ Component: m.EditShiftPage })) },
  { path: 'diary/payslips/new', lazy: () => import('./payslip-page').then((m) => ({ Component: m.NewPayslipPage })) },
  { path: 'diary/payslips/:payslipId', lazy: () => import('./payslip-page').then((m) => ({ Component: m.PayslipPage })) },
  { path: 'diary/payslips/:payslipId/edit', lazy: () => import('./payslip-page').then((m) => ({ Component: m.EditPayslipPage })) },
  { path: 'diary/holiday', lazy: () => import('./holiday-page').then((m) => ({ Component: m.HolidayPage })) },
];
