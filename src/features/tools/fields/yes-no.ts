import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Choice } from './choice-field';

/** Yes then No; `conditional` holds questions revealed under Yes while it is chosen. */
export function yesNoChoices(t: TFunction, conditional?: ReactNode): Choice[] {
  return [
    { value: 'yes', label: t('tools.common.yes'), ...(conditional === undefined ? {} : { conditional }) },
    { value: 'no', label: t('tools.common.no') },
  ];
}
