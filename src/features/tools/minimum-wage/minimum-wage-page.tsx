import { ToolFlowPage } from '../flow/tool-flow-page';
import { minimumWageTool } from './minimum-wage-tool';

export function MinimumWagePage() {
  return <ToolFlowPage tool={minimumWageTool} />;
}
