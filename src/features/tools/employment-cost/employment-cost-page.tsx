import { ToolFlowPage } from '../flow/tool-flow-page';
import { employmentCostTool } from './employment-cost-tool';

export function EmploymentCostPage() {
  return <ToolFlowPage tool={employmentCostTool} />;
}
