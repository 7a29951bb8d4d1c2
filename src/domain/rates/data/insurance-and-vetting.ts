import type { RateRow } from '../types';
import { series } from './series';

/** Employers' liability insurance (GB) and DBS check fees (England and Wales). */
const EL_REGS_REG3 = 'https://www.legislation.gov.uk/uksi/1998/2573/regulation/3';
const ELCI_S5 = 'https://www.legislation.gov.uk/ukpga/1969/57/section/5';
const ELCI_S4 = 'https://www.legislation.gov.uk/ukpga/1969/57/section/4';
const DBS_2019 = 'https://www.gov.uk/government/news/fee-display-on-dbs-certificates';
const DBS_BASIC = 'https://www.gov.uk/request-copy-criminal-record';
const DBS_CHECKS = 'https://www.gov.uk/dbs-check-applicant-criminal-record';
const DBS_UPDATE = 'https://www.gov.uk/dbs-update-service';
const DBS_2024_NOTE = 'New fees from 2 December 2024, as announced by the Disclosure and Barring Service.';

export const insuranceAndVettingRows: readonly RateRow[] = [
  // Employers' Liability (Compulsory Insurance) Regulations 1998 reg 3: at least £5 million.
  ...series('el.minimum_cover', 'pence', [{ from: '1999-01-01', value: 500_000_000, source: EL_REGS_REG3 }]),
  // Employers' Liability (Compulsory Insurance) Act 1969 s.5: up to £2,500 for each day uninsured.
  ...series('el.daily_fine', 'pence', [{ from: '1999-01-01', value: 250_000, source: ELCI_S5 }]),
  // s.4 and the 1998 Regulations: up to £1,000 for not displaying or producing the certificate.
  ...series('el.certificate_fine', 'pence', [{ from: '1999-01-01', value: 100_000, source: ELCI_S4 }]),
  ...series('dbs.fee_basic', 'pence', [
    { from: '2019-10-01', value: 2300, source: DBS_2019 },
    { from: '2024-12-02', value: 2150, source: DBS_BASIC, note: DBS_2024_NOTE },
  ]),
  ...series('dbs.fee_standard', 'pence', [
    { from: '2019-10-01', value: 2300, source: DBS_2019 },
    { from: '2024-12-02', value: 2150, source: DBS_CHECKS, note: DBS_2024_NOTE },
  ]),
  ...series('dbs.fee_enhanced', 'pence', [
    { from: '2019-10-01', value: 4000, source: DBS_2019 },
    { from: '2024-12-02', value: 4950, source: DBS_CHECKS, note: DBS_2024_NOTE },
  ]),
  ...series('dbs.update_service_yearly', 'pence', [
    { from: '2019-10-01', value: 1300, source: DBS_2019 },
    { from: '2024-12-02', value: 1600, source: DBS_UPDATE, note: DBS_2024_NOTE },
  ]),
];
