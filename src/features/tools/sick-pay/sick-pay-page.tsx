import { ToolFlowPage } from '../flow/tool-flow-page';
import { sickPayTool } from './sick-pay-tool';

export function SickPayPage() {
  return <ToolFlowPage tool={sickPayTool} />;
}
