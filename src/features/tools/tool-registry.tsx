import type { ReactNode } from 'react';
import type { ToolDefinition, ToolId } from './flow/tool-definition';
import { employmentCostTool } from './employment-cost/employment-cost-tool';
import { holidayTool } from './holiday/holiday-tool';
import { minimumWageTool } from './minimum-wage/minimum-wage-tool';
import { sickPayTool } from './sick-pay/sick-pay-tool';

/**
 * Every tool, for pages that handle any of them (saved results). Each entry hides its form and
 * result types behind `use`, so callers stay type-safe without knowing them.
 */
export interface ToolEntry {
  id: ToolId;
  ns: string;
  use: (render: <F, R>(tool: ToolDefinition<F, R>) => ReactNode) => ReactNode;
}

function entry<F, R>(tool: ToolDefinition<F, R>): ToolEntry {
  return { id: tool.id, ns: tool.ns, use: (render) => render(tool) };
}

export const TOOL_REGISTRY: readonly ToolEntry[] = [entry(minimumWageTool), entry(holidayTool), entry(sickPayTool), entry(employmentCostTool)];

export function findTool(id: string): ToolEntry | undefined {
  return TOOL_REGISTRY.find((tool) => tool.id === id);
}
