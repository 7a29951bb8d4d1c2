import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../../../lib/use-reader';
import { createFormatters } from '../format/formatters';
import type { ToolContext } from './tool-definition';
import { useToday } from './today';

export function useToolContext(): ToolContext {
  const { t } = useTranslation();
  const { locale } = useReader();
  const today = useToday();
  const fmt = useMemo(() => createFormatters(locale.tag, locale.dir), [locale.tag, locale.dir]);
  return useMemo(() => ({ t, fmt, localeCode: locale.code, localeTag: locale.tag, today }), [t, fmt, locale.code, locale.tag, today]);
}

export function toolPath(localeCode: string, tool: string, step?: string): string {
  return `/${localeCode}/tools/${tool}${step ? `/${step}` : ''}`;
}
