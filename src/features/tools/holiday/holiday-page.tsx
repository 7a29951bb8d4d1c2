import { ToolFlowPage } from '../flow/tool-flow-page';
import { holidayTool } from './holiday-tool';

export function HolidayPage() {
  return <ToolFlowPage tool={holidayTool} />;
}
