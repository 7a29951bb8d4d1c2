import { NATIONS, type Nation } from '../../../domain/shared/audience';
import type { StepProps } from '../flow/tool-definition';
import { bindField } from './bind-field';
import { ChoiceField } from './choice-field';

type Props = StepProps<{ nation: Nation | '' }> & {
  /** The tool's strings, holding `nation.label` and `nation.hint`. */
  ns: string;
};

/** Which UK nation the job is in, as radios. */
export function NationField({ ns, ...props }: Props) {
  const { t } = props.context;
  return (
    <ChoiceField
      {...bindField(props, 'nation')}
      legend={t(`${ns}.nation.label`)}
      hint={t(`${ns}.nation.hint`)}
      choices={NATIONS.map((nation) => ({ value: nation, label: t(`nations.${nation}`) }))}
    />
  );
}
